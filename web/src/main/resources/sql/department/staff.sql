-- Staff the department's documents state (实有人数 'actual', 编制 'authorized'; persons) for department $1, one
-- per year and subject with its line, newest year first; other versions of a document are left out.
select n.fiscal_year, n.doc_id, n.doc_kind, n.subject, cast(n.value as integer) as persons, n.source_line
from narrative_facts n
join documents d on d.doc_id = n.doc_id
where n.department_id = $1 and n.statement = 'staff' and n.fact_kind = 'count'
  and n.subject in ('actual', 'authorized') and d.primary_doc_id is null
qualify row_number() over (partition by n.fiscal_year, n.subject order by n.source_line, n.doc_id) = 1
order by n.fiscal_year desc, case n.subject when 'actual' then 1 else 2 end
