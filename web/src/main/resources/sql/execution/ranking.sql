-- Execution rates ranked, one per department, year and subject (preferring 一般公共预算财政拨款, the initial
-- budget, the final account's prose): $1 year from, $2 year to, $3 level ('total', 'class' 类, 'section' 款,
-- 'item' 项, 'three_public', 'project' 绩效自评 projects, 'all').
with r as (
    select e.*, case when subject = 'total' then 'total'
                     when subject like 'three_public%' then 'three_public'
                     when subject like 'project%' then 'project'
                     when length(subject) = 3 then 'class'
                     when length(subject) = 5 then 'section'
                     when length(subject) = 7 then 'item'
                     else 'other' end as level
    from execution_rates e
    where fiscal_year between $1 and $2 and rate is not null
    qualify row_number() over (partition by department_id, fiscal_year, subject
        order by case measure when 'general_budget' then 0 when 'expenditure' then 1 when 'fiscal' then 2 else 3 end,
                 case budget_basis when 'initial' then 0 else 1 end,
                 case source when 'final_narrative' then 0 when 'three_public_table' then 1 when 'budget_vs_final' then 2 else 3 end) = 1
)
select r.fiscal_year, r.department_id, d.department_name, r.level, r.subject, r.subject_name,
       case when r.subject like 'project:%' then null when r.subject like 'three_public.%' then substr(r.subject, 14) else r.subject end as code,
       case when r.subject = 'total' then 'total' when r.subject like 'three_public.%' then 'three_public' when r.subject like 'project%' then 'project' else 'code' end as subject_group, r.measure, r.budget,
       r.actual, r.rate, r.actual - r.budget as deviation, r.budget_basis, r.source, r.doc_id, r.source_line,
       r.budget_doc_id, r.budget_source_line, r.reason, r.reason_tags
from r
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = r.department_id
where $3 = 'all' or r.level = $3
order by r.rate desc, r.fiscal_year desc, r.department_id, r.subject
