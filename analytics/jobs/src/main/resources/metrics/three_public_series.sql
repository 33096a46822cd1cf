-- One 三公 series per department and category across all its documents, budget and actual kept apart.
-- Per year and measure one figure is kept: a document's own-year figure (table before prose) before a prior-year
-- figure another document states (上年 / 比2025年减少 x 万元, prior = current − change).
-- per_staff divides by the department's 实有人数 for that year where a document states it.
WITH candidates AS (
  SELECT department_id, category, fiscal_year, measure, amount, doc_id, source_line, doc_kind,
         CASE WHEN source = 'table' THEN 'table' ELSE 'narrative' END AS source,
         CASE WHEN source = 'table' THEN 1 ELSE 2 END AS priority
  FROM three_public
  WHERE measure IN ('budget', 'actual') AND amount IS NOT NULL AND department_id IS NOT NULL
  UNION ALL
  SELECT department_id, category, fiscal_year - 1 AS fiscal_year,
         CASE WHEN measure = 'prior_budget' THEN 'budget' ELSE 'actual' END AS measure,
         amount, doc_id, source_line, doc_kind, 'prior_year_stated' AS source, 3 AS priority
  FROM three_public
  WHERE measure IN ('prior_budget', 'prior_actual') AND amount IS NOT NULL AND department_id IS NOT NULL
  UNION ALL
  SELECT department_id, substr(subject, 14) AS category, fiscal_year - 1 AS fiscal_year, measure,
         prior_value AS amount, doc_id, source_line, doc_kind, 'prior_year_from_change' AS source, 4 AS priority
  FROM yoy_changes
  WHERE basis = 'narrative' AND subject LIKE 'three_public.%' AND measure IN ('budget', 'actual')
), ranked AS (
  SELECT c.*, ROW_NUMBER() OVER (
           PARTITION BY department_id, category, fiscal_year, measure
           ORDER BY priority,
                    CASE WHEN (measure = 'actual' AND doc_kind = 'final') OR (measure = 'budget' AND doc_kind = 'budget')
                         THEN 0 ELSE 1 END,
                    doc_id, source_line, amount, source) AS rn
  FROM candidates c
), staff AS (
  SELECT department_id, fiscal_year, MAX(staff) AS staff FROM staff_counts GROUP BY department_id, fiscal_year
)
SELECT r.department_id, r.category, r.fiscal_year, r.measure, CAST(r.amount AS DECIMAL(18,2)) AS amount,
       r.doc_id, CAST(r.source_line AS INTEGER) AS source_line, r.source,
       CAST(s.staff AS INTEGER) AS staff,
       CAST(ROUND(r.amount / NULLIF(s.staff, 0), 2) AS DECIMAL(18,2)) AS per_staff
FROM ranked r
LEFT JOIN staff s ON s.department_id = r.department_id AND s.fiscal_year = r.fiscal_year
WHERE r.rn = 1
