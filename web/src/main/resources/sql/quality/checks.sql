-- Checks of one document ($1, or every document with 'all'); $2 = true for failed checks only.
-- Failures and errors first; $3 rows from row $4 (total_rows: the count before paging).
select c.doc_id, c.department_id, c.fiscal_year, c.check_id, c.rule, c.severity, c.passed, c.expected, c.actual,
       c.tolerance, c.lines, c.source_line, c.subject, c.message, c.message_zh, d.department_name, d.doc_kind,
       d.primary_doc_id,
       count(*) over () as total_rows
from checks c left join documents d using (doc_id)
where ($1 = 'all' or c.doc_id = $1) and (not $2 or not c.passed)
order by c.doc_id, c.passed, case c.severity when 'error' then 0 when 'warning' then 1 else 2 end, c.rule, c.check_id
limit $3 offset $4
