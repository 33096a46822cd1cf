-- Item-level deviations between budget and actual, largest relative gap first: $1 year from, $2 year to.
select e.fiscal_year, e.department_id, d.department_name, e.subject, e.subject_name, e.budget, e.actual,
       e.actual - e.budget as deviation, e.rate, e.rate - 1 as relative_deviation, e.budget_basis, e.source,
       e.doc_id, e.source_line, e.reason, e.reason_tags
from execution_rates e
left join (select department_id, arg_max(department_name, fiscal_year) as department_name
           from documents group by department_id) d on d.department_id = e.department_id
where e.fiscal_year between $1 and $2 and e.rate is not null and e.subject <> 'total'
order by abs(e.rate - 1) desc, e.fiscal_year desc, e.department_id, e.subject
