-- Coverage matrix: which documents we hold per department, year and kind, and how consistent each is.
select d.department_id, d.department_name, d.region, d.fiscal_year, d.doc_kind, d.doc_id, d.source_unit,
       d.layout, coalesce(d.consistency_score, s.score) as consistency_score, s.checks_run, s.checks_passed,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'error') as errors,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'warning') as warnings
from documents d
left join consistency_scores s on s.doc_id = d.doc_id
order by d.department_id, d.fiscal_year, d.doc_kind
