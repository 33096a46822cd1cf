-- Tags for every distinct reason a document gives (主要原因是…), from the keyword table reason_keywords:
-- comma-separated in the order of reason_kinds.ordinal (at most five), 'other' when no keyword matches.
WITH reasons AS (
  SELECT DISTINCT reason FROM narrative_facts WHERE reason IS NOT NULL AND reason <> ''
), matched AS (
  SELECT DISTINCT r.reason, k.tag, c.ordinal
  FROM reasons r
  JOIN reason_keywords k ON instr(r.reason, k.keyword) > 0
  JOIN reason_kinds c ON c.tag = k.tag
), ranked AS (
  SELECT reason, tag, ROW_NUMBER() OVER (PARTITION BY reason ORDER BY ordinal, tag) AS rn FROM matched
)
SELECT r.reason,
       COALESCE(NULLIF(concat_ws(',',
         MAX(CASE WHEN k.rn = 1 THEN k.tag END), MAX(CASE WHEN k.rn = 2 THEN k.tag END),
         MAX(CASE WHEN k.rn = 3 THEN k.tag END), MAX(CASE WHEN k.rn = 4 THEN k.tag END),
         MAX(CASE WHEN k.rn = 5 THEN k.tag END)), ''), 'other') AS reason_tags
FROM reasons r
LEFT JOIN ranked k ON k.reason = r.reason
GROUP BY r.reason
