-- Every department the warehouse holds, newest name and region first.
select department_id,
       arg_max(department_name, fiscal_year) as department_name,
       arg_max(region, fiscal_year)          as region,
       min(fiscal_year)                      as first_year,
       max(fiscal_year)                      as last_year,
       count(*)                              as documents
from documents
where department_id is not null
group by department_id
order by department_id
