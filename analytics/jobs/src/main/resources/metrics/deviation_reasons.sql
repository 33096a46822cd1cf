-- The reasons documents give next to a figure (主要原因是…), one row per (figure, tag), so reasons can be compared
-- across departments by kind (reason_kinds: bilingual labels).
WITH stated AS (
  SELECT DISTINCT department_id, fiscal_year, doc_id, source_line, statement, subject, subject_name, reason, reason_tags
  FROM narrative_facts
  WHERE reason IS NOT NULL AND reason <> '' AND department_id IS NOT NULL
)
SELECT s.department_id, s.fiscal_year, s.doc_id, CAST(s.source_line AS INTEGER) AS source_line, s.statement,
       s.subject, s.subject_name, s.reason, k.tag, k.label_zh, k.label_en
FROM stated s
JOIN reason_kinds k ON instr(concat(',', COALESCE(s.reason_tags, 'other'), ','), concat(',', k.tag, ',')) > 0
