-- Staff the department's documents state for department $1, newest year first: 实有人数 ('actual') as the
-- per-staff figures use it (staff_counts), and 编制 ('authorized', not a headcount) from the prose, one per year
-- with its line; other versions of a document are left out.
with staff as (
    select s.fiscal_year, s.doc_id, 'actual' as subject, s.staff as persons, s.source_line
    from staff_counts s where s.department_id = $1
    union all
    select n.fiscal_year, n.doc_id, n.subject, cast(n.value as integer), n.source_line
    from narrative_facts n
    where n.department_id = $1 and n.statement = 'staff' and n.fact_kind = 'count' and n.subject = 'authorized'
)
select s.fiscal_year, s.doc_id, d.doc_kind, s.subject, s.persons, s.source_line
from staff s join documents d on d.doc_id = s.doc_id
where d.primary_doc_id is null
qualify row_number() over (partition by s.fiscal_year, s.subject order by s.source_line, s.doc_id) = 1
order by s.fiscal_year desc, case s.subject when 'actual' then 1 else 2 end
