-- Marks a document as another version of the primary one of its department, year and kind ($1 primary doc_id,
-- $2 the other version's doc_id); see DocumentVersions.
UPDATE documents SET primary_doc_id = ? WHERE doc_id = ?
