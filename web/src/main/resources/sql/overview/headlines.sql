-- Headline figures for the overview. unplaced_documents: documents without a department or a year — files the
-- build could not read or recognise, or read only in part — counted in documents but not in the coverage matrix
-- (/quality says why). documents counts files: a document read from a disclosure's parts together
-- (parts_combined) is not one more file.
select (select count(*) from documents d where not exists (select 1 from parse_issues i
          where i.doc_id = d.doc_id and i.kind = 'parts_combined'))      as documents,
       (select count(distinct department_id) from documents)              as departments,
       (select min(fiscal_year) from documents)                           as first_year,
       (select max(fiscal_year) from documents)                           as last_year,
       (select count(*) from line_items) + (select count(*) from narrative_facts) as figures,
       (select count(*) from checks)                                      as checks_run,
       (select count(*) from checks where not passed)                     as checks_failed,
       (select count(*) from anomalies)                                   as anomalies,
       (select avg(coalesce(consistency_score, 0)) from documents)        as mean_consistency,
       (select count(*) from documents
          where department_id is null or fiscal_year is null)            as unplaced_documents
