-- 功能分类 (类/款/项) and 经济分类 items the documents report, matching a search: $1 a code prefix ('' any), $2 a
-- fragment of the name ('' any), $3 the longest code wanted (3: 类 only, 7: down to 项). One row per item: the
-- name most documents give it (then the shortest), how many departments and documents report it, and the years.
-- A name fragment also finds the items under a 类 or 款 whose name holds it (医疗保障 → 21015 医疗保障管理事务 and
-- its 项 行政运行, 一般行政管理事务, …): their own names rarely repeat their parent's.
with items as (
  select code, dimension,
         case when dimension = 'economic_class' then 'economic' else 'function' end as classification,
         name, department_id, doc_id, fiscal_year
  from structure_shares
  where dimension in ('function_class', 'function_kuan', 'function_xiang', 'economic_class')
    and starts_with(code, $1) and length(code) <= $3
), named as (
  select distinct classification, code from items where $2 <> '' and contains(name, $2)
), hits as (
  select i.* from items i
  where contains(i.name, $2)
     or exists (select 1 from named p where p.classification = i.classification and length(p.code) < length(i.code)
                                         and starts_with(i.code, p.code))
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
