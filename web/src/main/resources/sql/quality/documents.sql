-- Per document: checks run, failed by severity, parse issues, consistency score; $1 rows from row $2
-- (total_rows: the count before paging), in the order $3: 'department' (id, year, kind), 'score' (least
-- consistent first, after the documents without a score: skipped ones, whose figures are all missing) or 'errors' (most errors, then most warnings, first). file_name: the file's name without its
-- folder. status_kind / status_message(_zh): the gravest thing that happened to the whole document — skipped
-- (unreadable_document, unrecognised_document), cut off (truncated_document), an extractor that failed, another
-- version of a document that is counted instead (alternate_version), one file of a disclosure published in parts and
-- counted as the document read from them all (disclosure_part), or recognised only in part — else null.
select d.doc_id, d.department_id, d.department_name, d.fiscal_year, d.doc_kind, d.layout, d.source_unit,
       d.line_count, d.source_path, regexp_extract(d.source_path, '[^/\\]+$') as file_name,
       coalesce(d.consistency_score, s.score) as consistency_score,
       (select count(*) from checks c where c.doc_id = d.doc_id)                                     as checks_run,
       (select count(*) from checks c where c.doc_id = d.doc_id and c.passed)                        as checks_passed,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'error')   as errors,
       (select count(*) from checks c where c.doc_id = d.doc_id and not c.passed and c.severity = 'warning') as warnings,
       (select count(*) from parse_issues p where p.doc_id = d.doc_id)                               as parse_issues,
       st.kind as status_kind, st.severity as status_severity, st.message as status_message,
       st.message_zh as status_message_zh,
       count(*) over ()                                                                              as total_rows
from documents d
left join consistency_scores s on s.doc_id = d.doc_id
left join (select doc_id, kind, severity, message, message_zh,
                  row_number() over (partition by doc_id
                                     order by case kind when 'unreadable_document' then 1
                                                        when 'unrecognised_document' then 2
                                                        when 'truncated_document' then 3
                                                        when 'extractor_failed' then 4
                                                        when 'alternate_version' then 5
                                                        when 'disclosure_part' then 5 else 6 end,
                                              line, message) as gravest
           from parse_issues
           where kind in ('unreadable_document', 'unrecognised_document', 'truncated_document', 'extractor_failed',
                          'alternate_version', 'disclosure_part', 'partly_recognised')) st on st.doc_id = d.doc_id and st.gravest = 1
order by case when $3 = 'score' then coalesce(d.consistency_score, s.score) end asc nulls first,
         case when $3 = 'errors' then errors end desc, case when $3 = 'errors' then warnings end desc,
         d.department_id, d.fiscal_year, d.doc_kind, d.source_path
limit $1 offset $2
