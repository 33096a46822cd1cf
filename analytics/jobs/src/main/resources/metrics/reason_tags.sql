-- Every distinct reason a document gives (主要原因是…) with its tags: comma-separated keys of reason_kinds,
-- assigned at parse time by ingest's reason tagger (rules in ingest/narrative/reasons.tsv).
SELECT reason, MIN(reason_tags) AS reason_tags
FROM narrative_facts
WHERE reason IS NOT NULL AND reason <> ''
GROUP BY reason
