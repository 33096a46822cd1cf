-- The consistency checks that failed on one department's ($1) documents, errors first.
select c.fiscal_year, c.doc_id, c.check_id, c.rule, c.severity, c.passed, c.expected, c.actual, c.tolerance,
       c.lines, c.source_line, c.subject, c.message, c.message_zh, d.department_name, d.doc_kind, d.primary_doc_id
from checks c left join documents d using (doc_id)
where c.department_id = $1 and not c.passed
order by case c.severity when 'error' then 0 when 'warning' then 1 else 2 end, c.fiscal_year desc, c.rule, c.check_id
