-- Execution rates to rank, one per department, year and subject: $1 year from, $2 year to, $3 level ('total',
-- 'class' 类, 'section' 款, 'item' 项, 'three_public', 'project' 绩效自评 projects, 'all'). Which rate stands for
-- a department, year and subject (一般公共预算财政拨款, the initial budget, the final account's prose first) is
-- decided once per build: table execution_preferred (analytics/jobs metrics/execution_preferred.sql).
-- No ORDER BY: the caller sorts the few rows (web.execution.RateOrder.RANKING: rate desc, fiscal_year desc,
-- department_id, subject), which costs far less than DuckDB sorting them.
select fiscal_year, department_id, department_name, level, subject, subject_name, code, subject_group, measure,
       budget, actual, rate, actual - budget as deviation, budget_basis, source, doc_id, source_line,
       budget_doc_id, budget_source_line, reason, reason_tags
from execution_preferred
where fiscal_year between $1 and $2 and ($3 = 'all' or level = $3)
