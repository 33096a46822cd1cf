-- Year-over-year changes for one department ($1).
select fiscal_year, doc_kind, subject, subject_name, measure,
       case when subject like 'three_public.%' then substr(subject, 14) end as category, value, prior_value, change, change_pct, basis, doc_id,
       source_line, prior_doc_id, prior_source_line, reason
from yoy_changes
where department_id = $1 and not (coalesce(value, 0) = 0 and coalesce(prior_value, 0) = 0)
order by fiscal_year desc, doc_kind, case when subject = 'total' then 0 else 1 end, subject
