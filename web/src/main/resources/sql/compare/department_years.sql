-- One comparison row per year for department $1 within years [$2, $3]: totals (budget, actual), execution
-- rate, structure shares and 三公 (budget, actual, rate), each with the line it came from.
with years as (
    select fiscal_year from documents where department_id = $1
    union select fiscal_year from execution_rates where department_id = $1
    union select fiscal_year from three_public_series where department_id = $1
),
sel as (select distinct fiscal_year from years where fiscal_year between $2 and $3),
ex as (
    select fiscal_year, budget, actual, rate, doc_id, source_line, budget_doc_id, budget_source_line
    from execution_rates where department_id = $1 and subject = 'total'
    qualify row_number() over (partition by fiscal_year
        order by case budget_basis when 'initial' then 0 else 1 end,
                 case source when 'final_narrative' then 0 when 'budget_vs_final' then 1 else 2 end) = 1
),
stated as (
    select fiscal_year, doc_kind, value as amount, doc_id, source_line
    from yoy_changes where department_id = $1 and subject = 'total' and value is not null
    qualify row_number() over (partition by fiscal_year, doc_kind order by basis) = 1
),
sh as (
    select fiscal_year, code, share
    from structure_shares where department_id = $1 and code in ('basic', 'project', 'personnel', 'public')
    qualify row_number() over (partition by fiscal_year, code order by case doc_kind when 'final' then 0 else 1 end) = 1
),
tp as (
    select fiscal_year, measure, amount, doc_id, source_line
    from three_public_series where department_id = $1 and category = 'total'
    qualify row_number() over (partition by fiscal_year, measure order by doc_id) = 1
)
select $1 as department_id, s.fiscal_year,
       coalesce(ex.budget, b.amount)                               as budget,
       coalesce(ex.actual, f.amount)                               as actual,
       ex.rate                                                     as execution_rate,
       (select share from sh where sh.fiscal_year = s.fiscal_year and code = 'basic')     as basic_share,
       (select share from sh where sh.fiscal_year = s.fiscal_year and code = 'project')   as project_share,
       (select share from sh where sh.fiscal_year = s.fiscal_year and code = 'personnel') as personnel_share,
       (select share from sh where sh.fiscal_year = s.fiscal_year and code = 'public')    as public_share,
       tb.amount                                                   as three_public_budget,
       ta.amount                                                   as three_public_actual,
       case when tb.amount > 0 and ta.amount is not null then cast(round(ta.amount / tb.amount, 4) as decimal(12,4)) end
                                                                   as three_public_rate,
       coalesce(ex.doc_id, f.doc_id, b.doc_id)                     as doc_id,
       coalesce(ex.source_line, f.source_line, b.source_line)      as source_line,
       coalesce(ex.budget_doc_id, b.doc_id)                        as budget_doc_id,
       coalesce(ex.budget_source_line, b.source_line)              as budget_source_line,
       coalesce(ta.doc_id, tb.doc_id)                              as three_public_doc_id,
       coalesce(ta.source_line, tb.source_line)                    as three_public_source_line
from sel s
left join ex on ex.fiscal_year = s.fiscal_year
left join stated b on b.fiscal_year = s.fiscal_year and b.doc_kind = 'budget'
left join stated f on f.fiscal_year = s.fiscal_year and f.doc_kind = 'final'
left join tp tb on tb.fiscal_year = s.fiscal_year and tb.measure = 'budget'
left join tp ta on ta.fiscal_year = s.fiscal_year and ta.measure = 'actual'
order by s.fiscal_year
