-- Basic vs project and personnel vs public for one department ($1).
select fiscal_year, doc_kind, dimension, code, name, amount, share, stated_share, doc_id, source_line
from structure_shares
where department_id = $1 and code in ('basic', 'project', 'personnel', 'public')
order by fiscal_year desc, doc_kind, case code when 'basic' then 1 when 'project' then 2 when 'personnel' then 3 else 4 end
