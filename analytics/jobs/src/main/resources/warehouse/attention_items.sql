-- The parse issues a finished build lists by name: every error (a document skipped or cut off, an extractor
-- that failed, a number not read), every document recognised only in part, every file that repeats another's
-- bytes (read once), every other version of a document (kept, not counted) and every document read from the files
-- of a disclosure published in parts; in file and line order.
-- Parameter: the most rows to return.
SELECT file, line, kind, severity, message
FROM parse_issues
WHERE severity = 'error' OR kind IN ('partly_recognised', 'duplicate_document', 'alternate_version', 'parts_combined')
ORDER BY file, line, kind, message
LIMIT ?
