-- 功能分类 类/款/项 amounts a document states only in prose (一般公共预算财政拨款支出…卫生健康支出(类)…1176.78万元), for
-- a statement it prints no table for, first statement of each code. Kept only where the stated 类 add up to a
-- total the prose states for that statement (0.01 万元 per 类): prose naming only the largest items would give
-- shares of a part as if it were the whole. name is the code's own part of the prose's name (卫生健康支出(类)
-- 医疗保障管理事务(款)行政运行(项) → 行政运行), kuan_name the 款 named inside a 项's name. structure_shares reads
-- these beside the table rows, so its plan does not rescan narrative_facts.
WITH table_statements AS (
  -- the statements each document prints a table for, with data rows (a dozen rows per document)
  SELECT DISTINCT ts.doc_id, r.role AS statement
  FROM table_status ts JOIN table_roles r ON r.table_kind = ts.table_kind
  WHERE ts.row_count > 0
), stated AS (
  SELECT department_id, fiscal_year, doc_kind, doc_id, statement, code,
         COALESCE(NULLIF(CASE length(code) WHEN 3 THEN regexp_extract(name, '^(.+?)[(]类[)]', 1)
                                           WHEN 5 THEN regexp_extract(name, '[(]类[)](.+?)[(]款[)]', 1)
                                           ELSE regexp_extract(name, '[(]款[)](.+)[(]项[)]$', 1) END, ''), name) AS name,
         CASE WHEN length(code) = 7 THEN NULLIF(regexp_extract(name, '[(]类[)](.+?)[(]款[)]', 1), '') END AS kuan_name,
         amount, source_line
  FROM (
    SELECT n.department_id, n.fiscal_year, n.doc_kind, n.doc_id, n.statement, n.subject AS code,
           n.subject_name AS name, n.value AS amount, n.source_line,
           ROW_NUMBER() OVER (PARTITION BY n.doc_id, n.statement, n.subject ORDER BY n.source_line, n.value) AS pick
    FROM narrative_facts n
    WHERE n.fact_kind = 'amount' AND n.unit = '元' AND n.department_id IS NOT NULL AND n.statement IS NOT NULL
      AND length(n.subject) IN (3, 5, 7) AND try_cast(n.subject AS BIGINT) IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM table_statements t WHERE t.doc_id = n.doc_id AND t.statement = n.statement)) p
  WHERE pick = 1
), totals AS (
  SELECT DISTINCT doc_id, statement, value AS total FROM narrative_facts
  WHERE fact_kind = 'amount' AND subject = 'total' AND unit = '元'
), complete AS (
  SELECT DISTINCT s.doc_id, s.statement FROM stated s
  JOIN totals t ON t.doc_id = s.doc_id AND t.statement = s.statement
  WHERE length(s.code) = 3
  GROUP BY s.doc_id, s.statement, t.total
  HAVING abs(SUM(s.amount) - t.total) <= 100 * count(*)
)
SELECT s.department_id, s.fiscal_year, s.doc_kind, s.doc_id, s.statement, s.code, s.name, s.kuan_name,
       CAST(s.amount AS DECIMAL(18,2)) AS amount, CAST(s.source_line AS INTEGER) AS source_line
FROM stated s
WHERE EXISTS (SELECT 1 FROM complete c WHERE c.doc_id = s.doc_id AND c.statement = s.statement)
