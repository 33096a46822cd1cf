-- Anomalies on 三公 subjects (or all with $1 = 'all'), newest first, with explanations and sources; $2 rows from
-- row $3 (total_rows: the count before paging).
select a.fiscal_year, a.department_id, d.department_name, a.rule, a.subject, a.value, a.reference,
       a.explanation_zh, a.explanation_en, a.doc_id, a.source_line, count(*) over () as total_rows
from anomalies a
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = a.department_id
where $1 = 'all' or a.subject like 'three_public%'
order by a.fiscal_year desc, a.department_id, a.rule, a.subject
limit $2 offset $3
