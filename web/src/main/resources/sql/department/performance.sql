-- 绩效自评 projects of one department ($1).
select fiscal_year, project_name, initial_budget, full_year_budget, executed, execution_rate, score, grade,
       doc_id, source_line
from performance_projects
where department_id = $1
  and doc_id not in (select doc_id from documents where primary_doc_id is not null) -- other versions: not counted
order by fiscal_year desc, project_name
