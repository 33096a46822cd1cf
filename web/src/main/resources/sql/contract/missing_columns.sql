-- Columns of the warehouse contract this dashboard reads that a warehouse built by an older Fiscal Lens may lack
-- (added since the contract was first published); one row per missing column, none for a current warehouse.
select t.table_name || '.' || t.column_name as missing
from (values ('documents', 'primary_doc_id'), ('documents', 'is_part'), ('documents', 'consistency_score'),
             ('checks', 'message_zh'), ('parse_issues', 'message_zh')) t(table_name, column_name)
where not exists (select 1 from information_schema.columns c
                  where c.table_name = t.table_name and c.column_name = t.column_name)
order by 1
