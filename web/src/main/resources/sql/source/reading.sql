-- How document $1 was read, when not as plain text: the decoder's notes (a workbook's sheets and their lines, a PDF, a Word
-- document, a sheet saved as CSV, an HTML page or tables, Markdown tables, full-width digits, a guessed encoding), and
-- for a document read from a disclosure's parts, which lines came from which file, first, and what each part's
-- file is to it (disclosure_part, on a part).
select kind, message, message_zh from parse_issues
where doc_id = $1 and severity = 'info'
  and kind in ('workbook_read', 'word_document_read', 'csv_tables_read', 'html_page_read', 'html_tables_read',
               'markdown_tables_read', 'pdf_read', 'digits_normalised', 'encoding_detected', 'parts_combined',
               'disclosure_part')
order by kind in ('parts_combined', 'disclosure_part') desc, line, kind, message
