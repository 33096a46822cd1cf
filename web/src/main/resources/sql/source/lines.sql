-- The text of one ingested document ($1), lines [$2, $3].
select line_no, text from document_lines where doc_id = $1 and line_no between $2 and $3 order by line_no
