-- Basic vs project and personnel vs public for one department ($1), one statement per document and split.
select fiscal_year, doc_kind, dimension, statement, code, name, amount, share, stated_share, doc_id, source_line
from structure_shares
where department_id = $1 and dimension in ('basic_project', 'personnel_public')
qualify dense_rank() over (partition by doc_id, dimension
        order by case statement when 'expenditure' then 1 when 'general_budget' then 2 else 3 end, statement) = 1
order by fiscal_year desc, doc_kind, case code when 'basic' then 1 when 'project' then 2 when 'personnel' then 3 else 4 end
