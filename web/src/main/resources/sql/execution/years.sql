-- Fiscal years that have execution rates, newest first.
select distinct fiscal_year from execution_rates order by fiscal_year desc
