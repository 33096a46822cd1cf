-- Parse issues of one document ($1, or all with 'all'): what could not be read, with the line; $2 rows from
-- row $3 (total_rows: the count before paging).
select p.doc_id, p.file, p.line, p.layout, p.kind, p.severity, p.message, p.message_zh, p.raw_line,
       count(*) over () as total_rows
from parse_issues p
where $1 = 'all' or p.doc_id = $1
order by p.doc_id, p.line nulls last, p.kind
limit $2 offset $3
