-- Item-level deviations between budget and actual (功能分类 items, 三公 categories, projects), one per department,
-- year and subject (the rate the ranking shows: table execution_preferred): $1 year from, $2 year to.
-- No ORDER BY: the caller sorts (web.execution.RateOrder.DEVIATIONS: abs(rate - 1) desc, fiscal_year desc,
-- department_id, subject).
select fiscal_year, department_id, department_name, subject, subject_name, code, subject_group, measure, budget,
       actual, actual - budget as deviation, rate, rate - 1 as relative_deviation, budget_basis, source, doc_id,
       source_line, budget_doc_id, budget_source_line, reason, reason_tags
from execution_preferred
where fiscal_year between $1 and $2 and subject <> 'total' and subject <> 'projects'
