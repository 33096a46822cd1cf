-- Structure shares (fractions) per document: 功能分类 类/款/项 in total expenditure of the table
-- (statement = the table's role), basic vs project, personnel vs public (within basic expenditure),
-- economic classes (部门经济分类 类 within their table), 三公 categories within public funds (公用经费).
-- stated_share is the share the prose states for the same document, statement and subject (占 x%).
-- source says where the amount was read: 'table', or 'narrative' for a document whose prose states the 功能分类
-- amounts of a statement it has no table for (a final account in prose only; prose_function_amounts).
WITH fn_table AS (
  SELECT li.department_id, li.fiscal_year, li.doc_kind, li.doc_id, r.role AS statement, li.code, li.name,
         li.amount, li.source_line, 'table' AS source
  FROM line_items li
  JOIN table_roles r ON r.table_kind = li.table_kind
  WHERE li.classification = 'function' AND li.department_id IS NOT NULL AND li.code IS NOT NULL
    AND li.measure IN ('total', 'actual', 'budget') AND length(li.code) IN (3, 5, 7)
), prose_kuan_names AS (
  -- a 款 the prose names only inside its 项 (…(类)医疗保障管理事务(款)…(项))
  SELECT doc_id, substr(code, 1, 5) AS code, MIN(kuan_name) AS name
  FROM prose_function_amounts WHERE length(code) = 7 GROUP BY doc_id, substr(code, 1, 5)
), fn AS (
  SELECT * FROM fn_table
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement, code, name, amount, source_line,
         'narrative' AS source
  FROM prose_function_amounts
), leaves AS (
  -- rows with no finer row under them in the same table: a table listing only 项 still gives 类 and 款
  SELECT f.* FROM fn f
  WHERE NOT EXISTS (SELECT 1 FROM fn c WHERE c.doc_id = f.doc_id AND c.statement = f.statement
                      AND length(c.code) > length(f.code) AND substr(c.code, 1, length(f.code)) = f.code)
), levels AS (
  SELECT * FROM (VALUES (3, '类'), (5, '款'), (7, '项')) AS l(len, level)
), rolled AS (
  SELECT f.department_id, f.fiscal_year, f.doc_kind, f.doc_id, f.statement, substr(f.code, 1, l.len) AS code,
         l.level, SUM(f.amount) AS amount, MIN(f.source_line) AS source_line, MIN(f.source) AS source
  FROM leaves f JOIN levels l ON length(f.code) >= l.len
  GROUP BY f.department_id, f.fiscal_year, f.doc_kind, f.doc_id, f.statement, substr(f.code, 1, l.len), l.level
), names AS (
  SELECT code, MIN(name) AS name FROM line_items
  WHERE classification = 'function' AND code IS NOT NULL AND name IS NOT NULL GROUP BY code
), by_code AS (
  -- the table's own row where it prints one, else the sum of the rows under it
  SELECT r.department_id, r.fiscal_year, r.doc_kind, r.doc_id, r.statement, r.code, r.level,
         COALESCE(f.name, n.name, k.name) AS name, COALESCE(f.amount, r.amount) AS amount,
         COALESCE(f.source_line, r.source_line) AS source_line, r.source
  FROM rolled r
  LEFT JOIN fn f ON f.doc_id = r.doc_id AND f.statement = r.statement AND f.code = r.code
  LEFT JOIN names n ON n.code = r.code
  LEFT JOIN prose_kuan_names k ON k.doc_id = r.doc_id AND k.code = r.code
), function_shares AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement,
         CASE level WHEN '类' THEN 'function_class' WHEN '款' THEN 'function_kuan' ELSE 'function_xiang' END AS dimension,
         code, name, amount,
         amount / NULLIF(SUM(CASE WHEN level = '类' THEN amount END) OVER (PARTITION BY doc_id, statement), 0) AS share,
         source_line, source
  FROM by_code
), split_all AS (
  SELECT f.*,
         CASE WHEN subject IN ('basic', 'project') THEN 'basic_project' ELSE 'personnel_public' END AS dimension,
         CASE measure WHEN 'expenditure' THEN 1 WHEN 'general_budget' THEN 2 WHEN 'fiscal' THEN 3 ELSE 4 END AS statement_rank
  FROM figures f
  WHERE subject IN ('basic', 'project', 'personnel', 'public')
), split_measure AS (
  -- both parts of a split from one statement (支出决算 before 一般公共预算 before 财政拨款), so that they add up
  SELECT doc_id, dimension, measure,
         ROW_NUMBER() OVER (PARTITION BY doc_id, dimension ORDER BY min(statement_rank), measure) AS pick
  FROM split_all GROUP BY doc_id, dimension, measure HAVING count(DISTINCT subject) = 2
), split_figures AS (
  SELECT a.* FROM split_all a
  JOIN split_measure m ON m.doc_id = a.doc_id AND m.dimension = a.dimension AND m.measure = a.measure AND m.pick = 1
), split_shares AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, measure AS statement, dimension, subject AS code,
         CASE subject WHEN 'basic' THEN '基本支出' WHEN 'project' THEN '项目支出'
                      WHEN 'personnel' THEN '人员经费' ELSE '公用经费' END AS name,
         amount, amount / NULLIF(SUM(amount) OVER (PARTITION BY doc_id, dimension), 0) AS share, source_line,
         source
  FROM split_figures
), economic AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, table_kind AS statement, 'economic_class' AS dimension,
         code, MIN(name) AS name, SUM(amount) AS amount, MIN(source_line) AS source_line
  FROM line_items
  WHERE classification = 'dept_economic' AND level = '类' AND measure IN ('total', 'actual', 'budget')
    AND department_id IS NOT NULL AND code IS NOT NULL
  GROUP BY department_id, fiscal_year, doc_kind, doc_id, table_kind, code
), economic_shares AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement, dimension, code, name, amount,
         amount / NULLIF(SUM(amount) OVER (PARTITION BY doc_id, statement), 0) AS share, source_line,
         'table' AS source
  FROM economic
), public_funds AS (
  -- 公用经费 as the document states it, with or without 人员经费 beside it
  SELECT doc_id, amount FROM (
    SELECT doc_id, amount, ROW_NUMBER() OVER (PARTITION BY doc_id ORDER BY statement_rank, measure) AS pick
    FROM split_all WHERE subject = 'public') p
  WHERE pick = 1
), three_public_shares AS (
  SELECT t.department_id, t.fiscal_year, t.doc_kind, t.doc_id, 'three_public' AS statement,
         'three_public' AS dimension, t.category AS code,
         CASE t.category WHEN 'total' THEN '“三公”经费合计' WHEN 'overseas' THEN '因公出国（境）费'
              WHEN 'vehicle' THEN '公务用车购置及运行维护费' WHEN 'vehicle_purchase' THEN '公务用车购置费'
              WHEN 'vehicle_operation' THEN '公务用车运行维护费' ELSE '公务接待费' END AS name,
         t.amount, t.amount / NULLIF(p.amount, 0) AS share, t.source_line, t.source,
         ROW_NUMBER() OVER (PARTITION BY t.doc_id, t.category ORDER BY CASE WHEN t.source = 'table' THEN 1 ELSE 2 END,
                            t.source_line, t.amount) AS pick
  FROM three_public t
  JOIN public_funds p ON p.doc_id = t.doc_id
  WHERE t.amount IS NOT NULL AND t.department_id IS NOT NULL
    AND t.measure = CASE WHEN t.doc_kind = 'final' THEN 'actual' ELSE 'budget' END
), shares AS (
  SELECT * FROM function_shares
  UNION ALL SELECT * FROM split_shares
  UNION ALL SELECT * FROM economic_shares
  UNION ALL
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement, dimension, code, name, amount, share, source_line,
         source
  FROM three_public_shares WHERE pick = 1
), stated AS (
  SELECT doc_id, statement, subject, value, source_line,
         ROW_NUMBER() OVER (PARTITION BY doc_id, statement, subject ORDER BY source_line, value) AS pick
  FROM narrative_facts WHERE fact_kind = 'share_pct' AND subject IS NOT NULL
)
SELECT s.department_id, s.fiscal_year, s.doc_kind, s.dimension, s.code, s.name,
       CAST(s.amount AS DECIMAL(18,2)) AS amount,
       CAST(ROUND(s.share, 4) AS DECIMAL(12,4)) AS share,
       CAST(st.value / 100 AS DECIMAL(12,4)) AS stated_share,
       s.doc_id, CAST(s.source_line AS INTEGER) AS source_line, s.statement,
       CAST(st.source_line AS INTEGER) AS stated_source_line, s.source
FROM shares s
LEFT JOIN stated st ON st.doc_id = s.doc_id AND st.subject = s.code AND st.statement = s.statement AND st.pick = 1
