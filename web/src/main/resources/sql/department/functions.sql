-- Spending by 功能分类 (类 3 digits, 款 5, 项 7) for one department ($1): per document, the table of the
-- department's whole expenditure where held, else the 一般公共预算财政拨款 table; source 'narrative' where a
-- document without such a table states the amounts in prose.
select fiscal_year, doc_kind, statement, code, name,
       case dimension when 'function_class' then 'class' when 'function_kuan' then 'section' else 'item' end as level,
       amount, share, stated_share, doc_id, source_line, stated_source_line, source
from structure_shares
where department_id = $1 and dimension in ('function_class', 'function_kuan', 'function_xiang')
qualify dense_rank() over (partition by doc_id
        order by case statement when 'expenditure' then 1 when 'general_budget' then 2 else 3 end, statement) = 1
order by fiscal_year desc, doc_kind, code
