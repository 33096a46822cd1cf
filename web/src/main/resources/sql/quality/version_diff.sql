-- The figures of document $1 that differ from those of the version counted instead (documents.primary_doc_id):
-- table cells (line_items) and numbers stated in prose (narrative_facts), paired by what they are (table kind,
-- classification, code, name, measure, column group; or statement, subject, kind, unit) and, where one document
-- states the same figure twice, by order of lines. A figure only one version has is listed with the other side null.
-- Empty when $1 is the version counted, or when both versions state the same figures. Amounts in 元 (unit '元').
with pair as (
  select doc_id as this_doc, primary_doc_id as counted_doc from documents where doc_id = $1 and primary_doc_id is not null
), figures as (
  select l.doc_id, 'table' as source, l.table_kind as what, coalesce(l.table_title, l.table_kind) as place,
         l.classification as scheme, l.code, l.name, l.measure, l.column_group, l.amount as value, '元' as unit,
         l.source_line,
         row_number() over (partition by l.doc_id, l.table_kind, l.classification, l.code, l.name, l.measure,
                                         l.column_group order by l.source_line, l.amount) as nth
  from line_items l
  where l.doc_id in (select this_doc from pair union all select counted_doc from pair)
  union all
  select f.doc_id, 'text', f.statement, f.statement, null, f.subject, f.subject_name, f.fact_kind, null, f.value,
         f.unit, f.source_line,
         row_number() over (partition by f.doc_id, f.statement, f.subject, f.fact_kind, f.unit
                            order by f.source_line, f.value)
  from narrative_facts f
  where f.doc_id in (select this_doc from pair union all select counted_doc from pair)
), this_version as (
  select * from figures where doc_id = (select this_doc from pair)
), counted as (
  select * from figures where doc_id = (select counted_doc from pair)
)
select coalesce(a.source, c.source) as source, coalesce(a.place, c.place) as place, coalesce(a.code, c.code) as code,
       coalesce(a.name, c.name) as name, coalesce(a.measure, c.measure) as measure,
       coalesce(a.column_group, c.column_group) as column_group, coalesce(a.unit, c.unit) as unit,
       a.value as this_value, a.source_line as this_line, c.value as counted_value, c.source_line as counted_line,
       (select this_doc from pair) as doc_id, (select counted_doc from pair) as counted_doc_id
from this_version a
full outer join counted c
  on a.source = c.source and a.what = c.what and a.scheme is not distinct from c.scheme
     and a.code is not distinct from c.code and a.name is not distinct from c.name and a.measure = c.measure
     and a.column_group is not distinct from c.column_group and a.unit is not distinct from c.unit and a.nth = c.nth
where a.value is distinct from c.value
order by coalesce(a.source_line, c.source_line), coalesce(c.source_line, a.source_line), source, code, measure
