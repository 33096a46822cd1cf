-- Per document: checks run, failed by severity, parse issues, consistency score; $1 rows from row $2
-- (total_rows: the count before paging), in the order $3: 'department' (id, year, kind), 'score' (least
-- consistent first) or 'errors' (most errors, then most warnings, first).
select d.doc_id, d.department_id, d.department_name, d.fiscal_year, d.doc_kind, d.layout, d.source_unit,
       d.line_count, coalesce(d.consistency_score, s.score) as consistency_score,
       (select count(*) from checks c where c.doc_id = d.doc_id)                                     as checks_run,
       (select count(*) from checks c where c.doc_id = d.doc_id and c.passed)                        as checks_passed,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'error')   as errors,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'warning') as warnings,
       (select count(*) from parse_issues p where p.doc_id = d.doc_id)                               as parse_issues,
       count(*) over ()                                                                              as total_rows
from documents d
left join consistency_scores s on s.doc_id = d.doc_id
order by case when $3 = 'score' then coalesce(d.consistency_score, s.score) end asc nulls last,
         case when $3 = 'errors' then errors end desc, case when $3 = 'errors' then warnings end desc,
         d.department_id, d.fiscal_year, d.doc_kind
limit $1 offset $2
