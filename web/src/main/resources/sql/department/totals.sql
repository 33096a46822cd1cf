-- Total expenditure per year and kind for one department ($1): from the documents' totals where held,
-- else from prior-year figures stated in prose. One row per year and kind, with its source line.
with stated as (
    select fiscal_year, doc_kind, value as amount, doc_id, source_line, basis, 1 as pref
    from yoy_changes where department_id = $1 and subject = 'total' and value is not null
    union all
    select fiscal_year - 1, doc_kind, prior_value, prior_doc_id, prior_source_line, basis, 2
    from yoy_changes where department_id = $1 and subject = 'total' and prior_value is not null
    union all
    select fiscal_year, 'final', actual, doc_id, source_line, source, 3
    from execution_rates where department_id = $1 and subject = 'total' and actual is not null
    union all
    select fiscal_year, 'budget', budget, coalesce(budget_doc_id, doc_id), coalesce(budget_source_line, source_line), source, 4
    from execution_rates where department_id = $1 and subject = 'total' and budget is not null
)
select fiscal_year, doc_kind, amount, doc_id, source_line, basis
from stated
qualify row_number() over (partition by fiscal_year, doc_kind order by pref, doc_id nulls last) = 1
order by fiscal_year, doc_kind
