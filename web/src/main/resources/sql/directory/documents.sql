-- Every ingested document (the source viewer serves only these).
select doc_id, department_id, department_name, fiscal_year, doc_kind, source_unit, layout, line_count,
       consistency_score, primary_doc_id, regexp_extract(source_path, '[^/\\]+$') as file_name
from documents
order by department_id, fiscal_year, doc_kind, primary_doc_id is not null, doc_id
