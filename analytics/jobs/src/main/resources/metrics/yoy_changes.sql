-- Year-over-year changes. basis 'narrative': a change the prose states (与上年相比增加/减少 x 万元) next to the
-- current figure, prior = current − change. basis 'documents': the same figure in the department's document
-- of the same kind for the previous year. change_pct is a fraction of the prior value; stated_change_pct is
-- the percentage the prose states, as a fraction.
WITH facts AS (
  SELECT doc_id, department_id, fiscal_year, doc_kind, statement, subject, subject_name, fact_kind, value,
         source_line, reason
  FROM narrative_facts
  WHERE department_id IS NOT NULL AND subject IS NOT NULL AND statement IS NOT NULL
), changes AS (
  SELECT * FROM facts WHERE fact_kind = 'change_amount'
), currents AS (
  SELECT * FROM facts WHERE fact_kind = 'amount' OR (doc_kind = 'budget' AND fact_kind = 'initial_budget')
), pcts AS (
  SELECT doc_id, statement, subject, source_line, MIN(value) AS stated_pct
  FROM facts WHERE fact_kind = 'change_pct'
  GROUP BY doc_id, statement, subject, source_line
), paired AS (
  SELECT ch.doc_id, ch.department_id, ch.fiscal_year, ch.doc_kind, ch.statement, ch.subject,
         COALESCE(cu.subject_name, ch.subject_name) AS subject_name, ch.value AS change_value,
         cu.value AS current_value, ch.source_line, cu.source_line AS current_line,
         COALESCE(ch.reason, cu.reason) AS reason,
         ROW_NUMBER() OVER (PARTITION BY ch.doc_id, ch.statement, ch.subject, ch.source_line
                            ORDER BY ABS(cu.source_line - ch.source_line), cu.source_line, cu.value,
                                     cu.subject_name NULLS LAST, cu.reason NULLS LAST) AS rn
  FROM changes ch
  JOIN currents cu ON cu.doc_id = ch.doc_id AND cu.statement = ch.statement AND cu.subject = ch.subject
), narrative AS (
  SELECT p.*, pc.stated_pct,
         CASE WHEN p.statement = 'three_public'
              THEN CASE WHEN p.doc_kind = 'final' THEN 'actual' ELSE 'budget' END
              ELSE p.statement END AS measure,
         ROW_NUMBER() OVER (PARTITION BY p.department_id, p.fiscal_year, p.doc_kind, p.statement, p.subject
                            ORDER BY p.source_line, p.doc_id, p.change_value, p.subject_name NULLS LAST,
                                     p.reason NULLS LAST) AS pick
  FROM paired p
  LEFT JOIN pcts pc ON pc.doc_id = p.doc_id AND pc.statement = p.statement AND pc.subject = p.subject
                   AND pc.source_line = p.source_line
  WHERE p.rn = 1
), doc_figures AS (
  SELECT f.*, ROW_NUMBER() OVER (PARTITION BY department_id, fiscal_year, doc_kind, measure, subject
                                 ORDER BY doc_id) AS pick
  FROM figures f
), documents_basis AS (
  SELECT c.department_id, c.subject, COALESCE(c.subject_name, p.subject_name) AS subject_name, c.measure,
         c.doc_kind, c.fiscal_year, c.amount AS value, p.amount AS prior_value, c.doc_id, c.source_line,
         p.doc_id AS prior_doc_id, p.source_line AS prior_source_line
  FROM doc_figures c
  JOIN doc_figures p ON p.department_id = c.department_id AND p.doc_kind = c.doc_kind
                    AND p.measure = c.measure AND p.subject = c.subject AND p.fiscal_year = c.fiscal_year - 1
  WHERE c.pick = 1 AND p.pick = 1
), unioned AS (
  SELECT department_id, subject, subject_name, measure, doc_kind, fiscal_year,
         current_value AS value, current_value - change_value AS prior_value, stated_pct / 100 AS stated_change_pct,
         'narrative' AS basis, doc_id, source_line,
         CAST(NULL AS STRING) AS prior_doc_id, CAST(NULL AS INTEGER) AS prior_source_line, reason
  FROM narrative WHERE pick = 1
  UNION ALL
  SELECT department_id, subject, subject_name, measure, doc_kind, fiscal_year, value, prior_value,
         CAST(NULL AS DECIMAL(12,4)) AS stated_change_pct, 'documents' AS basis, doc_id, source_line,
         prior_doc_id, prior_source_line, CAST(NULL AS STRING) AS reason
  FROM documents_basis
)
SELECT u.department_id, u.subject, u.subject_name, u.measure, u.doc_kind, u.fiscal_year,
       CAST(u.value AS DECIMAL(18,2)) AS value,
       CAST(u.prior_value AS DECIMAL(18,2)) AS prior_value,
       CAST(u.value - u.prior_value AS DECIMAL(18,2)) AS change,
       CAST(ROUND((u.value - u.prior_value) / NULLIF(u.prior_value, 0), 4) AS DECIMAL(12,4)) AS change_pct,
       CAST(u.stated_change_pct AS DECIMAL(12,4)) AS stated_change_pct,
       u.basis, u.doc_id, CAST(u.source_line AS INTEGER) AS source_line, u.prior_doc_id,
       CAST(u.prior_source_line AS INTEGER) AS prior_source_line, u.reason, t.reason_tags
FROM unioned u
LEFT JOIN reason_tags t ON t.reason = u.reason
