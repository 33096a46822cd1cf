-- The 三公 series for one department ($1): every category, year, budget and actual, with sources.
select category, fiscal_year, measure, amount, doc_id, source_line, source
from three_public_series
where department_id = $1
order by case category when 'total' then 0 when 'overseas' then 1 when 'vehicle' then 2
                       when 'vehicle_purchase' then 3 when 'vehicle_operation' then 4 else 5 end,
         fiscal_year, measure
