-- Newest anomalies first (by fiscal year), with the department's name; $1 = how many.
select a.fiscal_year, a.department_id, d.department_name, a.rule, a.subject, a.value, a.reference,
       a.explanation_zh, a.explanation_en, a.doc_id, a.source_line
from anomalies a
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = a.department_id
order by a.fiscal_year desc, a.department_id, a.rule, a.subject
limit $1
