-- One item ($1 its code, $2 'function' or 'economic') in every document that reports it: the amount, its share of
-- the document's total for that statement (whose total: general_budget = 一般公共预算财政拨款支出, expenditure =
-- 支出合计, …), the share the document itself states, and the lines they come from. source 'narrative' where a
-- document without the table states the amount in prose.
select s.department_id, s.fiscal_year, s.doc_kind, s.statement, s.name, s.amount, s.share, s.stated_share,
       s.doc_id, s.source_line, s.stated_source_line, s.source
from structure_shares s
where s.code = $1
  and case when $2 = 'economic' then s.dimension = 'economic_class'
           else s.dimension in ('function_class', 'function_kuan', 'function_xiang') end
order by s.statement, s.department_id, s.fiscal_year, s.doc_kind
