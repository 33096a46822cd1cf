-- Execution rates (决算 ÷ 预算) by subject for one department ($1), with the reason the document gives.
-- measure: which aggregate (general_budget 一般公共预算财政拨款, expenditure, fiscal, three_public, performance…).
select department_id, fiscal_year, subject, subject_name,
       case when subject like 'project:%' then null when subject like 'three_public.%' then substr(subject, 14) else subject end as code,
       case when subject = 'total' then 'total' when subject like 'three_public.%' then 'three_public' when subject like 'project%' then 'project' else 'code' end as subject_group, measure, budget, actual, rate, budget_basis, source,
       doc_id, source_line, budget_doc_id, budget_source_line, reason, reason_tags
from execution_rates
where department_id = $1 and (rate is not null or budget <> 0 or actual <> 0)
order by fiscal_year desc,
         case when subject = 'total' then 0 when subject like 'three_public%' then 2 when subject like 'project%' then 3 else 1 end,
         subject, measure, budget_basis, source
