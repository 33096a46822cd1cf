-- Runs in DuckDB after every table is loaded: copies metric results onto the record tables readers join most.
UPDATE documents SET consistency_score = s.score
FROM consistency_scores s WHERE s.doc_id = documents.doc_id;
UPDATE narrative_facts SET reason_tags = t.reason_tags
FROM reason_tags t WHERE t.reason = narrative_facts.reason;
