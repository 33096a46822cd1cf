-- 三公 series of every department (or only $1 when not 'all'): category, year, budget/actual, with sources.
select s.department_id, d.department_name, s.category, s.fiscal_year, s.measure, s.amount, s.doc_id, s.source_line,
       s.source
from three_public_series s
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = s.department_id
where $1 = 'all' or s.department_id = $1
order by s.department_id,
         case s.category when 'total' then 0 when 'overseas' then 1 when 'vehicle' then 2
                         when 'vehicle_purchase' then 3 when 'vehicle_operation' then 4 else 5 end,
         s.fiscal_year, s.measure
