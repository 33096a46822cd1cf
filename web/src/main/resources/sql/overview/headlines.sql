-- Headline figures for the overview.
select (select count(*) from documents)                                   as documents,
       (select count(distinct department_id) from documents)              as departments,
       (select min(fiscal_year) from documents)                           as first_year,
       (select max(fiscal_year) from documents)                           as last_year,
       (select count(*) from line_items) + (select count(*) from narrative_facts) as figures,
       (select count(*) from checks)                                      as checks_run,
       (select count(*) from checks where not passed)                     as checks_failed,
       (select count(*) from anomalies)                                   as anomalies,
       (select avg(coalesce(consistency_score, 0)) from documents)        as mean_consistency
