-- Runs in DuckDB after every table is loaded and the versions are recorded: copies the consistency score onto
-- documents, and marks every document no part note was written for as no part (the load inserts by name, which
-- leaves the column's default unused).
UPDATE documents SET consistency_score = s.score
FROM consistency_scores s WHERE s.doc_id = documents.doc_id;
UPDATE documents SET is_part = false WHERE is_part IS NULL;
