-- 实有人数 per document as the prose states it (statement 'staff', a count of persons). Where a document states
-- several staff figures (实有人数22人，其中：在职人员19人), the largest is the headcount.
SELECT department_id, fiscal_year, doc_id,
       CAST(MAX(value) AS INTEGER) AS staff,
       CAST(MIN(source_line) AS INTEGER) AS source_line
FROM narrative_facts
WHERE statement = 'staff' AND fact_kind = 'count' AND department_id IS NOT NULL AND value > 0
  AND (subject IS NULL OR subject NOT LIKE '%authorized%')
GROUP BY department_id, fiscal_year, doc_id
