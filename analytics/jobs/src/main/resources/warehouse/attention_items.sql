-- The parse issues a finished build lists by name: every error (a document skipped or cut off, an extractor
-- that failed, a number not read) and every document recognised only in part; in file and line order.
-- Parameter: the most rows to return.
SELECT file, line, kind, severity, message
FROM parse_issues
WHERE severity = 'error' OR kind = 'partly_recognised'
ORDER BY file, line, kind, message
LIMIT ?
