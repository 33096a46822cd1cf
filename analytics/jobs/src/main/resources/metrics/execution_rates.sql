-- Execution rates (决算 ÷ 预算) as fractions. Sources:
--   final_narrative    a final account's prose: 年初预算 (initial) or 全年预算 (adjusted) next to the 决算 figure
--   three_public_table its 三公 table: 预算数 is the 全年预算 (adjusted) by the tables' own note
--   budget_vs_final    the department's budget document of the same year (initial) vs its final account
--   performance_eval   绩效自评 projects: 全年执行数 vs 全年预算数 (adjusted) and vs 年初预算数 (initial)
WITH facts AS (
  SELECT doc_id, department_id, fiscal_year, doc_kind, statement, subject, subject_name, fact_kind, value,
         source_line, reason
  FROM narrative_facts
  WHERE department_id IS NOT NULL AND subject IS NOT NULL AND statement IS NOT NULL AND doc_kind = 'final'
    AND statement <> 'three_public'
), budgets AS (
  SELECT f.*, CASE WHEN fact_kind = 'initial_budget' THEN 'initial' ELSE 'adjusted' END AS basis
  FROM facts f WHERE fact_kind IN ('initial_budget', 'adjusted_budget')
), paired AS (
  SELECT b.department_id, b.fiscal_year, b.subject, COALESCE(b.subject_name, a.subject_name) AS subject_name,
         b.value AS budget, a.value AS actual, b.basis, b.statement AS measure, b.doc_id,
         a.source_line, b.source_line AS budget_source_line, COALESCE(b.reason, a.reason) AS reason,
         ROW_NUMBER() OVER (PARTITION BY b.doc_id, b.statement, b.subject, b.fact_kind, b.source_line
                            ORDER BY ABS(a.source_line - b.source_line), a.source_line, a.value, a.subject_name NULLS LAST,
                                     a.reason NULLS LAST) AS rn
  FROM budgets b
  JOIN facts a ON a.doc_id = b.doc_id AND a.statement = b.statement AND a.subject = b.subject
              AND a.fact_kind = 'amount'
), narrative AS (
  SELECT p.*, ROW_NUMBER() OVER (PARTITION BY doc_id, measure, subject, basis ORDER BY budget_source_line, budget, actual,
                                                   subject_name NULLS LAST, reason NULLS LAST) AS pick
  FROM paired p WHERE rn = 1
), three_public_rates AS (
  SELECT a.department_id, a.fiscal_year, concat('three_public.', a.category) AS subject,
         CAST(NULL AS STRING) AS subject_name, b.amount AS budget, a.amount AS actual, 'adjusted' AS basis,
         CASE WHEN a.source = 'table' THEN 'three_public_table' ELSE 'final_narrative' END AS source,
         'three_public' AS measure, a.doc_id, a.source_line, b.doc_id AS budget_doc_id,
         b.source_line AS budget_source_line,
         ROW_NUMBER() OVER (PARTITION BY a.doc_id, a.category, a.source ORDER BY a.source_line, b.source_line, a.amount, b.amount) AS pick
  FROM three_public a
  JOIN three_public b ON b.doc_id = a.doc_id AND b.category = a.category AND b.source = a.source
                     AND b.measure = 'budget'
  WHERE a.measure = 'actual' AND a.doc_kind = 'final' AND a.amount IS NOT NULL AND b.amount IS NOT NULL
    AND a.department_id IS NOT NULL
), budget_vs_final AS (
  SELECT f.department_id, f.fiscal_year, f.subject, COALESCE(f.subject_name, b.subject_name) AS subject_name,
         b.amount AS budget, f.amount AS actual, f.measure, f.doc_id, f.source_line,
         b.doc_id AS budget_doc_id, b.source_line AS budget_source_line,
         ROW_NUMBER() OVER (PARTITION BY f.department_id, f.fiscal_year, f.measure, f.subject
                            ORDER BY f.doc_id, b.doc_id) AS pick
  FROM figures f
  JOIN figures b ON b.department_id = f.department_id AND b.fiscal_year = f.fiscal_year
                AND b.measure = f.measure AND b.subject = f.subject AND b.doc_kind = 'budget'
  WHERE f.doc_kind = 'final' AND f.measure NOT IN ('budget', 'actual')
), performance AS (
  SELECT department_id, fiscal_year, concat('project:', project_name) AS subject, project_name AS subject_name,
         full_year_budget AS budget, executed AS actual, 'adjusted' AS basis, doc_id, source_line
  FROM performance_projects
  WHERE department_id IS NOT NULL AND full_year_budget IS NOT NULL AND executed IS NOT NULL
  UNION ALL
  SELECT department_id, fiscal_year, concat('project:', project_name), project_name,
         initial_budget, executed, 'initial', doc_id, source_line
  FROM performance_projects
  WHERE department_id IS NOT NULL AND initial_budget IS NOT NULL AND executed IS NOT NULL
), unioned AS (
  SELECT department_id, fiscal_year, subject, subject_name, budget, actual, basis, 'final_narrative' AS source,
         measure, doc_id, source_line, doc_id AS budget_doc_id, budget_source_line, reason
  FROM narrative WHERE pick = 1
  UNION ALL
  SELECT department_id, fiscal_year, subject, subject_name, budget, actual, basis, source, measure, doc_id,
         source_line, budget_doc_id, budget_source_line, CAST(NULL AS STRING) AS reason
  FROM three_public_rates WHERE pick = 1
  UNION ALL
  SELECT department_id, fiscal_year, subject, subject_name, budget, actual, 'initial' AS basis,
         'budget_vs_final' AS source, measure, doc_id, source_line, budget_doc_id, budget_source_line,
         CAST(NULL AS STRING) AS reason
  FROM budget_vs_final WHERE pick = 1
  UNION ALL
  SELECT department_id, fiscal_year, subject, subject_name, budget, actual, basis, 'performance_eval' AS source,
         'performance' AS measure, doc_id, source_line, doc_id AS budget_doc_id, source_line AS budget_source_line,
         CAST(NULL AS STRING) AS reason
  FROM performance
)
SELECT u.department_id, u.fiscal_year, u.subject, u.subject_name,
       CAST(u.budget AS DECIMAL(18,2)) AS budget, CAST(u.actual AS DECIMAL(18,2)) AS actual,
       CAST(ROUND(u.actual / NULLIF(u.budget, 0), 4) AS DECIMAL(12,4)) AS rate,
       u.basis AS budget_basis, u.source, u.doc_id, CAST(u.source_line AS INTEGER) AS source_line,
       u.budget_doc_id, CAST(u.budget_source_line AS INTEGER) AS budget_source_line,
       u.reason, t.reason_tags, u.measure
FROM unioned u
LEFT JOIN reason_tags t ON t.reason = u.reason
