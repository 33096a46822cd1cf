-- 功能分类 (类/款/项) and 经济分类 items the documents report, matching a search: $1 a code prefix ('' any), $2 a
-- fragment of the name ('' any), $3 the longest code wanted (3: 类 only, 7: down to 项). One row per item: the
-- name most documents give it (then the shortest), how many departments and documents report it, and the years.
with hits as (
  select code, dimension,
         case when dimension = 'economic_class' then 'economic' else 'function' end as classification,
         name, department_id, doc_id, fiscal_year
  from structure_shares
  where dimension in ('function_class', 'function_kuan', 'function_xiang', 'economic_class')
    and starts_with(code, $1) and contains(name, $2) and length(code) <= $3
), names as (
  select classification, code, name,
         row_number() over (partition by classification, code
                            order by count(distinct doc_id) desc, length(name), name) as pick
  from hits
  group by classification, code, name
)
select h.classification, h.code,
       case min(h.dimension) when 'function_class' then 'class' when 'function_kuan' then 'section'
                             when 'function_xiang' then 'item' else 'economic' end as level,
       n.name,
       count(distinct h.department_id) as departments, count(distinct h.doc_id) as documents,
       min(h.fiscal_year) as first_year, max(h.fiscal_year) as last_year
from hits h
join names n on n.classification = h.classification and n.code = h.code and n.pick = 1
group by h.classification, h.code, n.name
order by h.classification desc, h.code
limit 300
