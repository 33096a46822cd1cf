-- Execution rates (决算 ÷ 预算) by subject for one department ($1), with the reason the document gives.
select department_id, fiscal_year, subject, subject_name, budget, actual, rate, budget_basis, source, doc_id, source_line,
       budget_doc_id, budget_source_line, reason, reason_tags
from execution_rates
where department_id = $1
order by fiscal_year desc,
         case when subject = 'total' then 0 when subject like 'three_public%' then 2 else 1 end,
         subject, budget_basis, source
