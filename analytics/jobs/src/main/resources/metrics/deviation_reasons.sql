-- The reasons documents give next to a figure (主要原因是…), one row per (figure, tag), so reasons can be compared
-- across departments by kind. Untagged reasons get the tag 'other'.
WITH stated AS (
  SELECT DISTINCT department_id, fiscal_year, doc_id, source_line, statement, subject, subject_name, reason
  FROM narrative_facts
  WHERE reason IS NOT NULL AND reason <> '' AND department_id IS NOT NULL
), matched AS (
  SELECT DISTINCT s.reason, k.tag
  FROM (SELECT DISTINCT reason FROM stated) s
  JOIN reason_keywords k ON instr(s.reason, k.keyword) > 0
), tagged AS (
  SELECT s.*, COALESCE(m.tag, 'other') AS tag
  FROM stated s LEFT JOIN matched m ON m.reason = s.reason
)
SELECT t.department_id, t.fiscal_year, t.doc_id, CAST(t.source_line AS INTEGER) AS source_line, t.statement,
       t.subject, t.subject_name, t.reason, t.tag,
       COALESCE(c.label_zh, '其他') AS label_zh, COALESCE(c.label_en, 'other') AS label_en
FROM tagged t
LEFT JOIN reason_kinds c ON c.tag = t.tag
