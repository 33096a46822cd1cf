-- 实有人数 per document as the prose states it (statement 'staff', subject 'actual', a count of persons);
-- 编制 (subject 'authorized') is not a headcount. Where a document states more than one, the largest is kept
-- with the line that states it (the first such line on a tie), so the figure and its line always belong together.
SELECT department_id, fiscal_year, doc_id, staff, source_line
FROM (
  SELECT department_id, fiscal_year, doc_id,
         CAST(value AS INTEGER) AS staff,
         CAST(source_line AS INTEGER) AS source_line,
         ROW_NUMBER() OVER (PARTITION BY department_id, fiscal_year, doc_id
                            ORDER BY value DESC, source_line ASC) AS pick
  FROM narrative_facts
  WHERE statement = 'staff' AND fact_kind = 'count' AND department_id IS NOT NULL AND value > 0
    AND subject = 'actual'
) stated
WHERE pick = 1
