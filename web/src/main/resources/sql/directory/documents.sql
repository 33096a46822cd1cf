-- Every ingested document (the source viewer serves only these). is_part: one file of a disclosure published in
-- parts and read as one document (its primary_doc_id), not another version of it.
select d.doc_id, d.department_id, d.department_name, d.fiscal_year, d.doc_kind, d.source_unit, d.layout, d.line_count,
       d.consistency_score, d.primary_doc_id, regexp_extract(d.source_path, '[^/\\]+$') as file_name,
       d.is_part
from documents d
order by d.department_id, d.fiscal_year, d.doc_kind, d.primary_doc_id is not null, d.doc_id
