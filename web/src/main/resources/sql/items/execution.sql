-- Execution of one 功能分类 item ($1 its code) in every department and year that gives one (决算 ÷ 预算, the rate the
-- dashboard ranks: table execution_preferred), with its sources and the reason the final account gives.
select fiscal_year, department_id, department_name, subject, subject_name, code, measure, budget, actual, rate,
       budget_basis, source, doc_id, source_line, budget_doc_id, budget_source_line, reason, reason_tags
from execution_preferred
where code = $1
order by fiscal_year desc, department_id, measure
