-- Checks the metrics add to the documents' own (loaded into table checks, rule names prefixed by the metric):
--   stated_share          a share the prose states (占 x%) vs the share computed from the tables: within half a unit
--                         of the printed digit passes; up to share.warning_tolerance it is a rounding-level
--                         warning; beyond, an error. expected/actual/tolerance in percent points.
--   stated_change_pct     a year-over-year percentage the prose states vs the one its own amounts give
--   yoy_prior_agreement   the prior-year figure implied by the prose vs the previous year's own document (元)
--   budget_agreement      the initial budget (年初预算) a final account states vs the budget document of the same
--                         department and year, per total (元): two documents of one department contradicting each other
WITH p AS (
  SELECT MAX(CASE WHEN name = 'share.exact_tolerance' THEN value END) AS exact_tol,
         MAX(CASE WHEN name = 'share.warning_tolerance' THEN value END) AS warn_tol,
         MAX(CASE WHEN name = 'yoy.prior_tolerance_yuan' THEN value END) AS prior_tol,
         MAX(CASE WHEN name = 'budget.agreement_tolerance_yuan' THEN value END) AS budget_tol
  FROM metric_params
), shares AS (
  SELECT s.*, ABS(s.share - s.stated_share) AS diff FROM structure_shares s WHERE s.stated_share IS NOT NULL
), share_checks AS (
  SELECT s.doc_id, s.department_id, s.fiscal_year,
         concat('stated_share:', s.statement, ':', s.dimension, ':', s.code) AS check_id,
         'stated_share' AS rule,
         CASE WHEN s.diff <= p.exact_tol THEN 'info' WHEN s.diff <= p.warn_tol THEN 'warning' ELSE 'error' END AS severity,
         s.diff <= p.exact_tol AS passed,
         s.share * 100 AS expected, s.stated_share * 100 AS actual, p.exact_tol * 100 AS tolerance,
         concat(CAST(s.stated_source_line AS STRING), ',', CAST(s.source_line AS STRING)) AS lines,
         s.stated_source_line AS source_line, s.code AS subject,
         concat('Stated share ', CAST(CAST(s.stated_share * 100 AS DECIMAL(12,2)) AS STRING), '% vs computed ',
                CAST(CAST(ROUND(s.share * 100, 2) AS DECIMAL(12,2)) AS STRING), '% for ', s.name,
                CASE WHEN s.diff <= p.exact_tol THEN ': consistent.'
                     WHEN s.diff <= p.warn_tol THEN ': rounding-level difference.' ELSE ': inconsistent.' END) AS message,
         concat(s.name, '：文中占比', CAST(CAST(s.stated_share * 100 AS DECIMAL(12,2)) AS STRING), '%，按表计算为',
                CAST(CAST(ROUND(s.share * 100, 2) AS DECIMAL(12,2)) AS STRING), '%',
                CASE WHEN s.diff <= p.exact_tol THEN '，一致。'
                     WHEN s.diff <= p.warn_tol THEN '（尾差级差异）。' ELSE '，不一致。' END) AS message_zh
  FROM shares s CROSS JOIN p
), pct_checks AS (
  SELECT y.doc_id, y.department_id, y.fiscal_year,
         concat('stated_change_pct:', y.measure, ':', y.subject) AS check_id, 'stated_change_pct' AS rule,
         CASE WHEN ABS(y.change_pct - y.stated_change_pct) <= p.exact_tol THEN 'info'
              WHEN ABS(y.change_pct - y.stated_change_pct) <= p.warn_tol THEN 'warning' ELSE 'error' END AS severity,
         ABS(y.change_pct - y.stated_change_pct) <= p.exact_tol AS passed,
         y.change_pct * 100 AS expected, y.stated_change_pct * 100 AS actual, p.exact_tol * 100 AS tolerance,
         CAST(y.source_line AS STRING) AS lines, y.source_line, y.subject,
         concat('Stated change ', CAST(CAST(y.stated_change_pct * 100 AS DECIMAL(12,2)) AS STRING), '% vs ',
                CAST(CAST(ROUND(y.change_pct * 100, 2) AS DECIMAL(12,2)) AS STRING), '% from the amounts for ',
                COALESCE(y.subject_name, y.subject), '.') AS message,
         concat(COALESCE(y.subject_name, y.subject), '：文中增减幅度', CAST(CAST(y.stated_change_pct * 100 AS DECIMAL(12,2)) AS STRING),
                '%，按金额计算为', CAST(CAST(ROUND(y.change_pct * 100, 2) AS DECIMAL(12,2)) AS STRING), '%。') AS message_zh
  FROM yoy_changes y CROSS JOIN p
  WHERE y.basis = 'narrative' AND y.stated_change_pct IS NOT NULL AND y.change_pct IS NOT NULL
), stated_vs_document AS (
  -- a figure one document states (stated) vs the same figure in another document (other), both in 元, with the
  -- rule's tolerance and the words of its explanation
  SELECT n.doc_id, n.department_id, n.fiscal_year, 'yoy_prior_agreement' AS rule, n.measure, n.subject,
         COALESCE(n.subject_name, n.subject) AS name, n.prior_value AS stated, d.prior_value AS other, n.source_line,
         p.prior_tol AS tol, 'Prior year implied by the prose ' AS lead, ' vs the prior document ' AS versus,
         ' (10k yuan)' AS note, '：按本文件所述增减推算上年为' AS lead_zh, '万元，上年文件为' AS versus_zh
  FROM yoy_changes n
  JOIN yoy_changes d ON d.department_id = n.department_id AND d.fiscal_year = n.fiscal_year
                    AND d.doc_kind = n.doc_kind AND d.measure = n.measure AND d.subject = n.subject
                    AND d.basis = 'documents'
  CROSS JOIN p
  WHERE n.basis = 'narrative'
  UNION ALL
  SELECT f.doc_id, f.department_id, f.fiscal_year, 'budget_agreement', f.measure, f.subject,
         COALESCE(f.subject_name, f.subject), f.budget, b.budget, f.source_line, p.budget_tol,
         'Initial budget stated by the final account ', ' vs the budget document ',
         concat(' (10k yuan; document ', b.budget_doc_id, ', line ', CAST(b.budget_source_line AS STRING), ')'),
         '：决算所述年初预算为', concat('万元，预算文件（', b.budget_doc_id, '，第 ', CAST(b.budget_source_line AS STRING), ' 行）为')
  FROM execution_rates f
  JOIN execution_rates b ON b.department_id = f.department_id AND b.fiscal_year = f.fiscal_year
                        AND b.subject = f.subject AND b.measure = f.measure AND b.budget_basis = 'initial'
                        AND b.source = 'budget_vs_final'
  CROSS JOIN p
  WHERE f.source = 'final_narrative' AND f.budget_basis = 'initial'
), agreement_checks AS (
  SELECT doc_id, department_id, fiscal_year, concat(rule, ':', measure, ':', subject) AS check_id, rule,
         CASE WHEN ABS(stated - other) <= tol THEN 'info' ELSE 'error' END AS severity,
         ABS(stated - other) <= tol AS passed, other AS expected, stated AS actual, tol AS tolerance,
         CAST(source_line AS STRING) AS lines, source_line, subject,
         concat(lead, CAST(CAST(ROUND(stated / 10000, 2) AS DECIMAL(18,2)) AS STRING), versus,
                CAST(CAST(ROUND(other / 10000, 2) AS DECIMAL(18,2)) AS STRING), note, ' for ', name, '.') AS message,
         concat(name, lead_zh, CAST(CAST(ROUND(stated / 10000, 2) AS DECIMAL(18,2)) AS STRING), versus_zh,
                CAST(CAST(ROUND(other / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元。') AS message_zh
  FROM stated_vs_document
), unioned AS (
  SELECT * FROM share_checks UNION ALL SELECT * FROM pct_checks UNION ALL SELECT * FROM agreement_checks
)
SELECT doc_id, department_id, fiscal_year, check_id, rule, severity, passed,
       CAST(expected AS DECIMAL(18,4)) AS expected, CAST(actual AS DECIMAL(18,4)) AS actual,
       CAST(tolerance AS DECIMAL(18,4)) AS tolerance, lines, CAST(source_line AS INTEGER) AS source_line, subject, message, message_zh
FROM unioned
