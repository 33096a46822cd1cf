-- Item-level deviations between budget and actual (功能分类 items, 三公 categories, projects), largest relative
-- gap first, one per department, year and subject: $1 year from, $2 year to.
select e.fiscal_year, e.department_id, d.department_name, e.subject, e.subject_name,
       case when e.subject like 'project:%' then null when e.subject like 'three_public.%' then substr(e.subject, 14) else e.subject end as code,
       case when e.subject = 'total' then 'total' when e.subject like 'three_public.%' then 'three_public' when e.subject like 'project%' then 'project' else 'code' end as subject_group, e.measure, e.budget, e.actual,
       e.actual - e.budget as deviation, e.rate, e.rate - 1 as relative_deviation, e.budget_basis, e.source,
       e.doc_id, e.source_line, e.budget_doc_id, e.budget_source_line, e.reason, e.reason_tags
from execution_rates e
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = e.department_id
where e.fiscal_year between $1 and $2 and e.rate is not null and e.subject <> 'total' and e.subject <> 'projects'
qualify row_number() over (partition by e.department_id, e.fiscal_year, e.subject
        order by case e.measure when 'general_budget' then 0 when 'expenditure' then 1 when 'fiscal' then 2 else 3 end,
                 case e.budget_basis when 'initial' then 0 else 1 end,
                 case e.source when 'final_narrative' then 0 when 'three_public_table' then 1 else 2 end) = 1
order by abs(e.rate - 1) desc, e.fiscal_year desc, e.department_id, e.subject
