-- Spending by 功能分类 (类 3 digits, 款 5, 项 7) for one department ($1), year and kind as held.
select fiscal_year, doc_kind, code, name,
       case length(code) when 3 then 'class' when 5 then 'section' when 7 then 'item' end as level,
       amount, share, stated_share, doc_id, source_line
from structure_shares
where department_id = $1 and regexp_matches(code, '^[0-9]{3}([0-9]{2}){0,2}$')
order by fiscal_year desc, doc_kind, code
