-- What a finished build tells its user about the documents it read (one row, columns in this order; see
-- BuildAttention). One pass over parse_issues and one over the failed checks. documents counts files: a document
-- read from the parts of a disclosure published in several files (parts_combined) is counted in combined instead.
WITH issues AS (
  SELECT
    count(DISTINCT doc_id) FILTER (WHERE kind IN ('unreadable_document', 'unrecognised_document')) AS skipped,
    count(DISTINCT doc_id) FILTER (WHERE kind = 'truncated_document') AS cut_off,
    count(DISTINCT doc_id) FILTER (WHERE kind = 'extractor_failed') AS extractor_failed,
    count(DISTINCT doc_id) FILTER (WHERE kind = 'partly_recognised') AS partly_recognised,
    count(*) FILTER (WHERE kind = 'malformed_amount') AS malformed_amounts,
    count(*) FILTER (WHERE kind = 'unexplained_data_line') AS unread_lines,
    count(*) FILTER (WHERE kind = 'duplicate_document') AS duplicates,
    count(*) FILTER (WHERE kind = 'alternate_version') AS alternates,
    count(*) FILTER (WHERE kind = 'parts_combined') AS combined
  FROM parse_issues),
failed AS (
  SELECT
    count(*) FILTER (WHERE severity = 'error') AS failed_errors,
    count(*) FILTER (WHERE severity = 'warning') AS failed_warnings,
    count(DISTINCT doc_id) FILTER (WHERE severity IN ('error', 'warning')) AS documents_failing
  FROM checks WHERE NOT passed)
SELECT (SELECT count(*) FROM documents) - combined AS documents, skipped, cut_off, extractor_failed, partly_recognised,
       malformed_amounts, unread_lines, failed_errors, failed_warnings, documents_failing, duplicates,
       alternates, combined
FROM issues, failed
