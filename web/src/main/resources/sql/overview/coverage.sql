-- Coverage matrix: which documents we hold per department, year and kind, and how consistent each is. A document
-- whose department or year could not be recognised (a skipped file among them) has no cell: the overview counts
-- it apart (headlines.unplaced_documents) and /quality lists it. primary_doc_id: set on another version of a
-- department's document of the same year and kind, which is shown but not counted; is_part: on a file of a disclosure
-- published in parts, counted as the one document read from them all (its primary_doc_id).
select d.department_id, d.department_name, d.region, d.fiscal_year, d.doc_kind, d.doc_id, d.source_unit,
       d.layout, coalesce(d.consistency_score, s.score) as consistency_score, s.checks_run, s.checks_passed,
       d.primary_doc_id, d.is_part,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'error') as errors,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'warning') as warnings
from documents d
left join consistency_scores s on s.doc_id = d.doc_id
where d.department_id is not null and d.fiscal_year is not null
order by d.department_id, d.fiscal_year, d.doc_kind, d.primary_doc_id is not null, d.doc_id
