-- Spending by 功能分类 类 of department $1 in the years [$2, $3], one document a year: the final account where
-- the warehouse holds one, else the budget; of that document the 一般公共预算财政拨款 breakdown where it gives one,
-- else its 支出合计. Each share with its amount and line; source 'narrative' where read from prose.
select fiscal_year, doc_kind, statement, code, name, amount, share, stated_share, doc_id, source_line, source
from structure_shares
where department_id = $1 and dimension = 'function_class' and fiscal_year between $2 and $3
qualify dense_rank() over (partition by fiscal_year
        order by case doc_kind when 'final' then 0 else 1 end,
                 case statement when 'general_budget' then 0 when 'expenditure' then 1 else 2 end, statement, doc_id) = 1
order by fiscal_year, code
