-- The one execution rate the dashboard shows per department, year and subject (its ranking and deviations),
-- picked from execution_rates once per build instead of once per request. Preference: 一般公共预算财政拨款
-- (general_budget), then expenditure, then fiscal; the initial budget (年初预算) before the adjusted one; the final
-- account's prose, then its 三公 table, then budget vs final, then 绩效自评; remaining ties by document and line so
-- Spark and DuckDB pick the same row. Rows without a rate are left out. level groups subjects for the ranking's
-- filter (total, three_public, project, class 类 / section 款 / item 项 by code length, other); code and
-- subject_group are the display code and group; department_name is the department's name in its newest document.
WITH ranked AS (
  SELECT e.*,
         ROW_NUMBER() OVER (PARTITION BY department_id, fiscal_year, subject
                            ORDER BY CASE measure WHEN 'general_budget' THEN 0 WHEN 'expenditure' THEN 1
                                                  WHEN 'fiscal' THEN 2 ELSE 3 END,
                                     CASE budget_basis WHEN 'initial' THEN 0 ELSE 1 END,
                                     CASE source WHEN 'final_narrative' THEN 0 WHEN 'three_public_table' THEN 1
                                                 WHEN 'budget_vs_final' THEN 2 ELSE 3 END,
                                     doc_id NULLS LAST, source_line NULLS LAST, budget_doc_id NULLS LAST,
                                     budget_source_line NULLS LAST, budget NULLS LAST, actual NULLS LAST,
                                     measure NULLS LAST, reason NULLS LAST) AS pick
  FROM execution_rates e
  WHERE rate IS NOT NULL
), names AS (
  SELECT department_id, department_name,
         ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY fiscal_year DESC, department_name) AS newest
  FROM documents
  WHERE department_id IS NOT NULL AND department_name IS NOT NULL AND fiscal_year IS NOT NULL
)
SELECT r.department_id, r.fiscal_year, r.subject, r.subject_name,
       CASE WHEN r.subject = 'total' THEN 'total'
            WHEN r.subject LIKE 'three_public%' THEN 'three_public'
            WHEN r.subject LIKE 'project%' THEN 'project'
            WHEN length(r.subject) = 3 THEN 'class'
            WHEN length(r.subject) = 5 THEN 'section'
            WHEN length(r.subject) = 7 THEN 'item'
            ELSE 'other' END AS level,
       CASE WHEN r.subject LIKE 'project:%' THEN CAST(NULL AS STRING)
            WHEN r.subject LIKE 'three_public.%' THEN substr(r.subject, 14)
            ELSE r.subject END AS code,
       CASE WHEN r.subject = 'total' THEN 'total'
            WHEN r.subject LIKE 'three_public.%' THEN 'three_public'
            WHEN r.subject LIKE 'project%' THEN 'project'
            ELSE 'code' END AS subject_group,
       n.department_name, r.measure, r.budget, r.actual, r.rate, r.budget_basis, r.source, r.doc_id,
       r.source_line, r.budget_doc_id, r.budget_source_line, r.reason, r.reason_tags
FROM ranked r
LEFT JOIN names n ON n.department_id = r.department_id AND n.newest = 1
WHERE r.pick = 1
