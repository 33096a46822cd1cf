-- Comparable figures per document, one per (document, measure, subject). measure names the aggregate: the
-- role of the table (table_roles: expenditure, general_budget) or the prose statement (expenditure, fiscal,
-- general_budget, operating_cost, …); for 三公 it is budget or actual. Table rows win over prose.
WITH fn AS (
  SELECT li.department_id, li.fiscal_year, li.doc_kind, li.doc_id, r.role, li.code, li.name, li.level,
         li.measure AS column_measure, li.amount, li.source_line
  FROM line_items li
  JOIN table_roles r ON r.table_kind = li.table_kind
  WHERE li.classification = 'function' AND li.department_id IS NOT NULL AND li.code IS NOT NULL
    AND length(li.code) IN (3, 5, 7)
), leaves AS (
  -- rows with no finer row under them in the same table and column: they add up to the table's total
  SELECT f.* FROM fn f
  WHERE NOT EXISTS (SELECT 1 FROM fn c WHERE c.doc_id = f.doc_id AND c.role = f.role
                      AND c.column_measure = f.column_measure AND length(c.code) > length(f.code)
                      AND substr(c.code, 1, length(f.code)) = f.code)
), row_splits AS (
  -- a 合计 row split into 人员经费 / 公用经费 (/ 专项业务经费) columns with no 基本支出 column, as some budget
  -- tables print it: its 基本支出 is 人员经费 + 公用经费, by the definition of 基本支出
  SELECT li.department_id, li.fiscal_year, li.doc_kind, li.doc_id, r.role, li.source_line,
         SUM(CASE WHEN li.measure IN ('personnel', 'public') THEN li.amount END) AS basic,
         count(DISTINCT CASE WHEN li.measure IN ('personnel', 'public') THEN li.measure END) AS parts,
         count(CASE WHEN li.measure = 'basic' THEN 1 END) AS printed_basic
  FROM line_items li
  JOIN table_roles r ON r.table_kind = li.table_kind
  WHERE li.classification = 'plain' AND li.code = 'total' AND li.department_id IS NOT NULL
  GROUP BY li.department_id, li.fiscal_year, li.doc_kind, li.doc_id, r.role, li.source_line
), candidates AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, role AS measure, code AS subject, name AS subject_name,
         amount, 'table' AS source, source_line, 1 AS priority
  FROM fn WHERE column_measure IN ('total', 'actual', 'budget')
  UNION ALL
  -- the table's own 合计 row
  SELECT li.department_id, li.fiscal_year, li.doc_kind, li.doc_id, r.role AS measure,
         CASE WHEN li.measure IN ('actual', 'budget') THEN 'total' ELSE li.measure END AS subject,
         CAST(NULL AS STRING) AS subject_name, li.amount, 'table' AS source, li.source_line, 0 AS priority
  FROM line_items li
  JOIN table_roles r ON r.table_kind = li.table_kind
  WHERE li.classification = 'plain' AND li.code = 'total' AND li.department_id IS NOT NULL
    AND li.measure IN ('total', 'actual', 'budget', 'basic', 'project', 'personnel', 'public')
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, role AS measure, 'basic' AS subject,
         CAST(NULL AS STRING) AS subject_name, basic AS amount, 'table' AS source, source_line, 0 AS priority
  FROM row_splits WHERE parts = 2 AND printed_basic = 0
  UNION ALL
  -- else the sum of its 类 rows, else of its finest rows
  SELECT department_id, fiscal_year, doc_kind, doc_id, role AS measure,
         CASE WHEN column_measure IN ('actual', 'budget') THEN 'total' ELSE column_measure END AS subject,
         CAST(NULL AS STRING) AS subject_name, SUM(amount) AS amount, 'table' AS source, MIN(source_line) AS source_line,
         1 AS priority
  FROM fn WHERE level = '类' AND column_measure IN ('total', 'actual', 'budget', 'basic', 'project', 'personnel', 'public')
  GROUP BY department_id, fiscal_year, doc_kind, doc_id, role, column_measure
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, role AS measure,
         CASE WHEN column_measure IN ('actual', 'budget') THEN 'total' ELSE column_measure END AS subject,
         CAST(NULL AS STRING) AS subject_name, SUM(amount) AS amount, 'table' AS source, MIN(source_line) AS source_line,
         3 AS priority
  FROM leaves WHERE column_measure IN ('total', 'actual', 'budget', 'basic', 'project', 'personnel', 'public')
  GROUP BY department_id, fiscal_year, doc_kind, doc_id, role, column_measure
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement AS measure, subject, subject_name,
         value AS amount, 'narrative' AS source, source_line, 2 AS priority
  FROM narrative_facts
  WHERE fact_kind = 'amount' AND unit = '元' AND department_id IS NOT NULL AND subject IS NOT NULL
    AND statement IS NOT NULL AND statement <> 'three_public'
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, measure, concat('three_public.', category) AS subject,
         CAST(NULL AS STRING) AS subject_name, amount, source, source_line,
         CASE WHEN source = 'table' THEN 1 ELSE 2 END AS priority
  FROM three_public
  WHERE measure IN ('budget', 'actual') AND amount IS NOT NULL AND department_id IS NOT NULL
), ranked AS (
  SELECT c.*, ROW_NUMBER() OVER (PARTITION BY doc_id, measure, subject
                                 ORDER BY priority, source_line, amount, subject_name NULLS LAST, source) AS rn
  FROM candidates c
)
SELECT department_id, fiscal_year, doc_kind, doc_id, measure, subject, subject_name,
       CAST(amount AS DECIMAL(18,2)) AS amount, source, CAST(source_line AS INTEGER) AS source_line
FROM ranked
WHERE rn = 1
