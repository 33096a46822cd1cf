-- Consistency score per document (doc_id set) and per department-year (doc_id NULL): the share of checks that
-- passed, each check weighted by its severity (weight.error / weight.warning / weight.info). 1 = every check
-- passed; no row when no check ran.
WITH p AS (
  SELECT MAX(CASE WHEN name = 'weight.error' THEN value END) AS w_error,
         MAX(CASE WHEN name = 'weight.warning' THEN value END) AS w_warning,
         MAX(CASE WHEN name = 'weight.info' THEN value END) AS w_info
  FROM metric_params
), all_checks AS (
  SELECT doc_id, department_id, fiscal_year, severity, passed FROM checks
  UNION ALL
  SELECT doc_id, department_id, fiscal_year, severity, passed FROM metric_checks
), weighted AS (
  SELECT c.*, CASE c.severity WHEN 'error' THEN p.w_error WHEN 'warning' THEN p.w_warning ELSE p.w_info END AS w
  FROM all_checks c CROSS JOIN p
), per_doc AS (
  SELECT department_id, fiscal_year, doc_id, count(*) AS checks_run,
         SUM(CASE WHEN passed THEN 1 ELSE 0 END) AS checks_passed,
         SUM(CASE WHEN passed THEN w ELSE 0 END) / NULLIF(SUM(w), 0) AS score,
         SUM(CASE WHEN NOT passed AND severity = 'error' THEN 1 ELSE 0 END) AS errors,
         SUM(CASE WHEN NOT passed AND severity = 'warning' THEN 1 ELSE 0 END) AS warnings
  FROM weighted WHERE doc_id IS NOT NULL
  GROUP BY department_id, fiscal_year, doc_id
), per_department_year AS (
  SELECT department_id, fiscal_year, CAST(NULL AS STRING) AS doc_id, count(*) AS checks_run,
         SUM(CASE WHEN passed THEN 1 ELSE 0 END) AS checks_passed,
         SUM(CASE WHEN passed THEN w ELSE 0 END) / NULLIF(SUM(w), 0) AS score,
         SUM(CASE WHEN NOT passed AND severity = 'error' THEN 1 ELSE 0 END) AS errors,
         SUM(CASE WHEN NOT passed AND severity = 'warning' THEN 1 ELSE 0 END) AS warnings
  FROM weighted WHERE department_id IS NOT NULL AND fiscal_year IS NOT NULL
  GROUP BY department_id, fiscal_year
), unioned AS (
  SELECT * FROM per_doc UNION ALL SELECT * FROM per_department_year
)
SELECT department_id, fiscal_year, doc_id, CAST(checks_run AS INTEGER) AS checks_run,
       CAST(checks_passed AS INTEGER) AS checks_passed, CAST(ROUND(score, 4) AS DECIMAL(9,4)) AS score,
       CAST(errors AS INTEGER) AS errors, CAST(warnings AS INTEGER) AS warnings
FROM unioned
