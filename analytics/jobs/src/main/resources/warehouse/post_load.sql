-- Runs in DuckDB after every table is loaded: copies the consistency score onto documents.
UPDATE documents SET consistency_score = s.score
FROM consistency_scores s WHERE s.doc_id = documents.doc_id;
