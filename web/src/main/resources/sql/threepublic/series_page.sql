-- 三公 series of one page of departments: $1 departments from the $2-th, in department order, with sources;
-- total_rows = the number of departments that have a 三公 series.
with depts as (
  select department_id, row_number() over (order by department_id) as n, count(*) over () as total_rows
  from (select distinct department_id from three_public_series)
)
select s.department_id, d.department_name, s.category, s.fiscal_year, s.measure, s.amount, s.doc_id, s.source_line,
       s.source, p.total_rows
from three_public_series s
join depts p on p.department_id = s.department_id and p.n > $2 and p.n <= $2 + $1
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = s.department_id
order by s.department_id,
         case s.category when 'total' then 0 when 'overseas' then 1 when 'vehicle' then 2
                         when 'vehicle_purchase' then 3 when 'vehicle_operation' then 4 else 5 end,
         s.fiscal_year, s.measure
