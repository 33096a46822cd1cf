-- How document $1 was read, when not as plain text: the decoder's notes (a workbook's sheets and their lines, a Word
-- document, a sheet saved as CSV, an HTML page or tables, Markdown tables, full-width digits, a guessed encoding).
select kind, message, message_zh from parse_issues
where doc_id = $1 and severity = 'info'
  and kind in ('workbook_read', 'word_document_read', 'csv_tables_read', 'html_page_read', 'html_tables_read',
               'markdown_tables_read', 'digits_normalised', 'encoding_detected')
order by kind
