-- Total expenditure per year and kind for one department ($1), one row per (year, kind), best source first:
--   document     the document's own total (支出合计; table before prose) — figures, measure expenditure
--   initial_budget  a final account's 年初预算 for its own year (一般公共预算财政拨款) — execution_rates
--   prior_year   a prior-year figure the prose states (上年 / 比上年增减) — yoy_changes
with candidates as (
    select fiscal_year, doc_kind, amount, doc_id, source_line, 'document' as basis,
           case measure when 'expenditure' then 1 when 'all_funds' then 2 when 'general_budget' then 3 else 4 end as pref
    from figures
    where department_id = $1 and subject = 'total' and amount is not null
      and measure in ('expenditure', 'all_funds', 'general_budget')
    union all
    select fiscal_year, 'budget', budget, coalesce(budget_doc_id, doc_id), coalesce(budget_source_line, source_line),
           'initial_budget', 10
    from execution_rates
    where department_id = $1 and subject = 'total' and budget is not null and budget > 0 and budget_basis = 'initial'
      and coalesce(measure, 'general_budget') in ('general_budget', 'expenditure', 'fiscal')
    union all
    select fiscal_year - 1, doc_kind, prior_value, doc_id, source_line, 'prior_year',
           20 + case measure when 'expenditure' then 1 when 'all_funds' then 2 when 'general_budget' then 3 else 4 end
    from yoy_changes
    where department_id = $1 and subject = 'total' and basis = 'narrative' and prior_value is not null and prior_value > 0
      and measure in ('expenditure', 'all_funds', 'general_budget')
)
select fiscal_year, doc_kind, amount, doc_id, source_line, basis
from candidates
qualify row_number() over (partition by fiscal_year, doc_kind order by pref, doc_id, source_line) = 1
order by fiscal_year, doc_kind
