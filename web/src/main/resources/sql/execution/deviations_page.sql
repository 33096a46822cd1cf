-- One page of the deviations (deviations.sql in the order of web.execution.RateOrder.DEVIATIONS, which the API
-- applies in Java): $1 year from, $2 year to, $3 rows from row $4; total_rows = the rows before paging.
select fiscal_year, department_id, department_name, subject, subject_name, code, subject_group, measure, budget,
       actual, actual - budget as deviation, rate, rate - 1 as relative_deviation, budget_basis, source, doc_id,
       source_line, budget_doc_id, budget_source_line, reason, reason_tags, count(*) over () as total_rows
from execution_preferred
where fiscal_year between $1 and $2 and subject <> 'total' and subject <> 'projects'
order by abs(rate - 1) desc nulls last, fiscal_year desc nulls last, department_id nulls last, subject nulls last
limit $3 offset $4
