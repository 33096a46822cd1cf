-- Marks a document as another version of the primary one of its department, year and kind, or as one part of it
-- ($1 primary doc_id, $2 true for a part, $3 the other version's or part's doc_id); see DocumentVersions.
UPDATE documents SET primary_doc_id = ?, is_part = ? WHERE doc_id = ?
