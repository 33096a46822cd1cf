-- Lines of the documents (versions counted only) that contain $1, spaces in the line ignored (OCR and PDF text
-- breaks words apart): newest year first, then department, kind and line; at most $2, each with how many lines
-- match in all (matches).
select l.doc_id, l.line_no, l.text, d.department_id, d.department_name, d.fiscal_year, d.doc_kind,
       count(*) over () as matches
from document_lines l
join documents d on d.doc_id = l.doc_id
where d.primary_doc_id is null
  and contains(replace(replace(l.text, ' ', ''), '　', ''), $1)
order by d.fiscal_year desc, d.department_id, d.doc_kind, l.line_no
limit $2
