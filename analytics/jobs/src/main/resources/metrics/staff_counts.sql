-- 实有人数 per document as the prose states it (statement 'staff', subject 'actual', a count of persons);
-- 编制 (subject 'authorized') is not a headcount.
SELECT department_id, fiscal_year, doc_id,
       CAST(MAX(value) AS INTEGER) AS staff,
       CAST(MIN(source_line) AS INTEGER) AS source_line
FROM narrative_facts
WHERE statement = 'staff' AND fact_kind = 'count' AND department_id IS NOT NULL AND value > 0
  AND subject = 'actual'
GROUP BY department_id, fiscal_year, doc_id
