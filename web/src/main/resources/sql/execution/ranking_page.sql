-- One page of the ranking (ranking.sql in the order of web.execution.RateOrder.RANKING, which the API applies in
-- Java): $1 year from, $2 year to, $3 level, $4 rows from row $5; total_rows = the rows before paging. A
-- province-wide warehouse holds tens of thousands of rates, so the page sorts and cuts here.
select fiscal_year, department_id, department_name, level, subject, subject_name, code, subject_group, measure,
       budget, actual, rate, actual - budget as deviation, budget_basis, source, doc_id, source_line,
       budget_doc_id, budget_source_line, reason, reason_tags, count(*) over () as total_rows
from execution_preferred
where fiscal_year between $1 and $2 and ($3 = 'all' or level = $3)
order by rate desc nulls last, fiscal_year desc nulls last, department_id nulls last, subject nulls last
limit $4 offset $5
