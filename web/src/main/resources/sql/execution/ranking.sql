-- Departments ranked by execution rate at the given level: $1 year from, $2 year to, $3 level
-- ('total', 'class' 类, 'section' 款, 'item' 项, 'three_public', 'all').
with r as (
    select e.*, case when subject = 'total' then 'total'
                     when subject like 'three_public%' then 'three_public'
                     when length(subject) = 3 then 'class'
                     when length(subject) = 5 then 'section'
                     when length(subject) = 7 then 'item'
                     else 'other' end as level
    from execution_rates e
    where fiscal_year between $1 and $2 and rate is not null
)
select r.fiscal_year, r.department_id, d.department_name, r.level, r.subject, r.subject_name, r.budget, r.actual,
       r.rate, r.actual - r.budget as deviation, r.budget_basis, r.source, r.doc_id, r.source_line,
       r.budget_doc_id, r.budget_source_line, r.reason, r.reason_tags
from r
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = r.department_id
where $3 = 'all' or r.level = $3
order by r.rate desc, r.fiscal_year desc, r.department_id, r.subject
