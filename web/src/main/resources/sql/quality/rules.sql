-- Per check rule over one document ($1, or every document with 'all'): how often it ran, failed, and how the
-- failures split into errors and warnings; the rules that fail most first.
select c.rule, count(*) as checks_run,
       count(*) filter (where not c.passed) as failed,
       count(*) filter (where not c.passed and c.severity = 'error') as errors,
       count(*) filter (where not c.passed and c.severity = 'warning') as warnings,
       count(distinct c.doc_id) filter (where not c.passed) as documents_failing
from checks c
where $1 = 'all' or c.doc_id = $1
group by c.rule
order by failed desc, errors desc, c.rule
