-- One comparison row per year for department $1 within years [$2, $3]: totals (budget, actual), execution
-- rate (一般公共预算财政拨款 total against the initial budget where stated), structure shares and 三公
-- (budget, actual, rate), each with the line it came from (a share: the line of its amount; the 三公 rate: the
-- line of the actual); staff (实有人数, where the prose states it) and the
-- budget and actual per staff member (元 per person), so departments of different size compare fairly.
with years as (
    select fiscal_year from documents where department_id = $1
    union select fiscal_year from execution_rates where department_id = $1 and subject = 'total'
    union select fiscal_year from three_public_series where department_id = $1 and category = 'total'
),
sel as (select distinct fiscal_year from years where fiscal_year between $2 and $3),
ex as (
    select fiscal_year, budget, actual, rate, doc_id, source_line, budget_doc_id, budget_source_line
    from execution_rates where department_id = $1 and subject = 'total' and rate is not null
    qualify row_number() over (partition by fiscal_year
        order by case measure when 'general_budget' then 0 when 'expenditure' then 1 when 'fiscal' then 2 else 3 end,
                 case budget_basis when 'initial' then 0 else 1 end,
                 case source when 'final_narrative' then 0 when 'budget_vs_final' then 1 else 2 end) = 1
),
doc_totals as (
    select fiscal_year, doc_kind, amount, doc_id, source_line
    from figures where department_id = $1 and subject = 'total' and amount is not null
      and measure in ('expenditure', 'all_funds', 'general_budget')
    qualify row_number() over (partition by fiscal_year, doc_kind
        order by case measure when 'expenditure' then 1 when 'all_funds' then 2 else 3 end, doc_id) = 1
),
sh as (
    select fiscal_year, code, share, doc_id, source_line
    from structure_shares where department_id = $1 and code in ('basic', 'project', 'personnel', 'public')
    qualify row_number() over (partition by fiscal_year, code
        order by case doc_kind when 'final' then 0 else 1 end,
                 case statement when 'expenditure' then 1 when 'general_budget' then 2 else 3 end) = 1
),
st as (
    select fiscal_year, staff, doc_id, source_line
    from staff_counts where department_id = $1
    qualify row_number() over (partition by fiscal_year order by source_line, doc_id) = 1
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
       sb.share                                                    as basic_share,
       sp.share                                                    as project_share,
       spe.share                                                   as personnel_share,
       spu.share                                                   as public_share,
       tb.amount                                                   as three_public_budget,
       ta.amount                                                   as three_public_actual,
       case when tb.amount > 0 and ta.amount is not null then cast(round(ta.amount / tb.amount, 4) as decimal(12,4)) end
                                                                   as three_public_rate,
       case when ex.actual is not null then ex.doc_id else f.doc_id end            as doc_id,
       case when ex.actual is not null then ex.source_line else f.source_line end  as source_line,
       case when ex.budget is not null then coalesce(ex.budget_doc_id, ex.doc_id) else b.doc_id end as budget_doc_id,
       case when ex.budget is not null then coalesce(ex.budget_source_line, ex.source_line) else b.source_line end
                                                                   as budget_source_line,
       st.staff                                                    as staff,
       cast(round(coalesce(ex.budget, b.amount) / st.staff, 2) as decimal(18,2)) as budget_per_staff,
       cast(round(coalesce(ex.actual, f.amount) / st.staff, 2) as decimal(18,2)) as actual_per_staff,
       st.doc_id as staff_doc_id, st.source_line as staff_source_line,
       tb.doc_id as three_public_budget_doc_id, tb.source_line as three_public_budget_source_line,
       ta.doc_id as three_public_actual_doc_id, ta.source_line as three_public_actual_source_line,
       sb.doc_id as basic_share_doc_id, sb.source_line as basic_share_source_line,
       sp.doc_id as project_share_doc_id, sp.source_line as project_share_source_line,
       spe.doc_id as personnel_share_doc_id, spe.source_line as personnel_share_source_line,
       spu.doc_id as public_share_doc_id, spu.source_line as public_share_source_line
from sel s
left join ex on ex.fiscal_year = s.fiscal_year
left join doc_totals b on b.fiscal_year = s.fiscal_year and b.doc_kind = 'budget'
left join doc_totals f on f.fiscal_year = s.fiscal_year and f.doc_kind = 'final'
left join tp tb on tb.fiscal_year = s.fiscal_year and tb.measure = 'budget'
left join tp ta on ta.fiscal_year = s.fiscal_year and ta.measure = 'actual'
left join st on st.fiscal_year = s.fiscal_year
left join sh sb on sb.fiscal_year = s.fiscal_year and sb.code = 'basic'
left join sh sp on sp.fiscal_year = s.fiscal_year and sp.code = 'project'
left join sh spe on spe.fiscal_year = s.fiscal_year and spe.code = 'personnel'
left join sh spu on spu.fiscal_year = s.fiscal_year and spu.code = 'public'
order by s.fiscal_year
