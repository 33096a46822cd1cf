-- Anomaly rules over the 三公 series and item execution, thresholds from metric_params, explained in
-- Chinese and English. Amounts in explanations are in 万元.
--   actual_above_budget    决算 above 预算 by more than three_public.over_budget_min_yuan
--   rise_above_threshold   up more than three_public.rise_pct and three_public.rise_min_yuan on the previous year
--   appears_from_zero      0 the previous year, at least three_public.from_zero_min_yuan now
--   peer_outlier           robust z-score (0.6745·(x − median)/MAD) beyond peer.robust_z among departments of the
--                          same year (per staff member where staff counts are known), at least peer.min_departments
--   execution_out_of_range item-level execution rate (final account prose, initial budget) outside
--                          [execution.low_rate, execution.high_rate]
WITH p AS (
  SELECT MAX(CASE WHEN name = 'three_public.rise_pct' THEN value END) AS rise_pct,
         MAX(CASE WHEN name = 'three_public.rise_min_yuan' THEN value END) AS rise_min,
         MAX(CASE WHEN name = 'three_public.from_zero_min_yuan' THEN value END) AS zero_min,
         MAX(CASE WHEN name = 'three_public.over_budget_min_yuan' THEN value END) AS over_min,
         MAX(CASE WHEN name = 'peer.robust_z' THEN value END) AS z_max,
         MAX(CASE WHEN name = 'peer.min_departments' THEN value END) AS min_peers,
         MAX(CASE WHEN name = 'execution.low_rate' THEN value END) AS low_rate,
         MAX(CASE WHEN name = 'execution.high_rate' THEN value END) AS high_rate
  FROM metric_params
), labels AS (
  SELECT * FROM (VALUES ('total', '“三公”经费', '"three public" expenses'),
                        ('overseas', '因公出国（境）费', 'official travel abroad'),
                        ('vehicle', '公务用车购置及运行维护费', 'official vehicles'),
                        ('vehicle_purchase', '公务用车购置费', 'vehicle purchase'),
                        ('vehicle_operation', '公务用车运行维护费', 'vehicle operation'),
                        ('reception', '公务接待费', 'official reception')) AS l(category, zh, en)
), s AS (
  SELECT t.*, l.zh, l.en,
         CASE WHEN t.measure = 'actual' THEN '决算' ELSE '预算' END AS measure_zh
  FROM three_public_series t JOIN labels l ON l.category = t.category
), over_budget AS (
  SELECT a.department_id, a.fiscal_year, 'actual_above_budget' AS rule, concat('three_public.', a.category) AS subject,
         a.amount AS value, b.amount AS reference, a.doc_id, a.source_line, 'actual' AS measure, 'amount' AS basis,
         concat(CAST(a.fiscal_year AS STRING), '年', a.zh, '决算', CAST(CAST(ROUND(a.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING),
                '万元，超过预算', CAST(CAST(ROUND(b.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元。') AS explanation_zh,
         concat('In ', CAST(a.fiscal_year AS STRING), ', actual spending on ', a.en, ' was ',
                CAST(CAST(ROUND(a.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' (10k yuan), above the budget of ',
                CAST(CAST(ROUND(b.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), '.') AS explanation_en
  FROM s a
  JOIN s b ON b.department_id = a.department_id AND b.category = a.category AND b.fiscal_year = a.fiscal_year
          AND b.measure = 'budget'
  CROSS JOIN p
  WHERE a.measure = 'actual' AND a.amount - b.amount > p.over_min
), yearly AS (
  SELECT c.department_id, c.fiscal_year, c.category, c.measure, c.amount, pr.amount AS prior_amount, c.doc_id,
         c.source_line, c.zh, c.en, c.measure_zh
  FROM s c
  JOIN s pr ON pr.department_id = c.department_id AND pr.category = c.category AND pr.measure = c.measure
           AND pr.fiscal_year = c.fiscal_year - 1
), rise AS (
  SELECT y.department_id, y.fiscal_year, 'rise_above_threshold' AS rule, concat('three_public.', y.category) AS subject,
         y.amount AS value, y.prior_amount AS reference, y.doc_id, y.source_line, y.measure, 'amount' AS basis,
         concat(CAST(y.fiscal_year AS STRING), '年', y.zh, y.measure_zh, CAST(CAST(ROUND(y.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING),
                '万元，比上年', CAST(CAST(ROUND(y.prior_amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元增长',
                CAST(CAST(ROUND((y.amount - y.prior_amount) * 100 / y.prior_amount, 2) AS DECIMAL(18,2)) AS STRING),
                '%，超过', CAST(CAST(ROUND(p.rise_pct * 100, 2) AS DECIMAL(18,2)) AS STRING), '%的阈值。') AS explanation_zh,
         concat(y.en, ' (', y.measure, ') rose from ', CAST(CAST(ROUND(y.prior_amount / 10000, 2) AS DECIMAL(18,2)) AS STRING),
                ' to ', CAST(CAST(ROUND(y.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' (10k yuan) in ',
                CAST(y.fiscal_year AS STRING), ', +',
                CAST(CAST(ROUND((y.amount - y.prior_amount) * 100 / y.prior_amount, 2) AS DECIMAL(18,2)) AS STRING),
                '%, above the ', CAST(CAST(ROUND(p.rise_pct * 100, 2) AS DECIMAL(18,2)) AS STRING), '% threshold.') AS explanation_en
  FROM yearly y CROSS JOIN p
  WHERE y.prior_amount > 0 AND y.amount - y.prior_amount >= p.rise_min
    AND (y.amount - y.prior_amount) / y.prior_amount > p.rise_pct
), from_zero AS (
  SELECT y.department_id, y.fiscal_year, 'appears_from_zero' AS rule, concat('three_public.', y.category) AS subject,
         y.amount AS value, y.prior_amount AS reference, y.doc_id, y.source_line, y.measure, 'amount' AS basis,
         concat(CAST(y.fiscal_year AS STRING), '年', y.zh, y.measure_zh, CAST(CAST(ROUND(y.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING),
                '万元，上年为0。') AS explanation_zh,
         concat(y.en, ' (', y.measure, ') appears in ', CAST(y.fiscal_year AS STRING), ' at ',
                CAST(CAST(ROUND(y.amount / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' (10k yuan) after 0 the year before.') AS explanation_en
  FROM yearly y CROSS JOIN p
  WHERE y.prior_amount = 0 AND y.amount >= p.zero_min
), peer_base AS (
  SELECT department_id, fiscal_year, category, measure, doc_id, source_line, zh, en, measure_zh,
         CASE WHEN per_staff IS NOT NULL THEN per_staff ELSE amount END AS x,
         CASE WHEN per_staff IS NOT NULL THEN 'per_staff' ELSE 'amount' END AS basis
  FROM s
), peer_median AS (
  SELECT fiscal_year, category, measure, basis, median(x) AS m, count(*) AS n
  FROM peer_base GROUP BY fiscal_year, category, measure, basis
), peer_dev AS (
  SELECT b.*, m.m, m.n, ABS(b.x - m.m) AS d
  FROM peer_base b
  JOIN peer_median m ON m.fiscal_year = b.fiscal_year AND m.category = b.category AND m.measure = b.measure
                    AND m.basis = b.basis
), peer_mad AS (
  SELECT fiscal_year, category, measure, basis, median(d) AS mad
  FROM peer_dev GROUP BY fiscal_year, category, measure, basis
), peers AS (
  SELECT d.*, 0.6745 * (d.x - d.m) / a.mad AS z
  FROM peer_dev d
  JOIN peer_mad a ON a.fiscal_year = d.fiscal_year AND a.category = d.category AND a.measure = d.measure
                 AND a.basis = d.basis
  CROSS JOIN p
  WHERE a.mad > 0 AND d.n >= p.min_peers
), peer_outliers AS (
  SELECT q.department_id, q.fiscal_year, 'peer_outlier' AS rule, concat('three_public.', q.category) AS subject,
         q.x AS value, q.m AS reference, q.doc_id, q.source_line, q.measure, q.basis,
         concat(CAST(q.fiscal_year AS STRING), '年', q.zh, q.measure_zh,
                CASE WHEN q.basis = 'per_staff' THEN '（人均）' ELSE '' END,
                CAST(CAST(ROUND(q.x / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元，同年', CAST(q.n AS STRING),
                '个部门的中位数为', CAST(CAST(ROUND(q.m / 10000, 2) AS DECIMAL(18,2)) AS STRING),
                '万元，稳健z值', CAST(CAST(ROUND(q.z, 2) AS DECIMAL(18,2)) AS STRING), '。') AS explanation_zh,
         concat(q.en, ' (', q.measure, CASE WHEN q.basis = 'per_staff' THEN ', per staff member' ELSE '' END, ') of ',
                CAST(CAST(ROUND(q.x / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' (10k yuan) in ', CAST(q.fiscal_year AS STRING),
                ' against a median of ', CAST(CAST(ROUND(q.m / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' over ',
                CAST(q.n AS STRING), ' departments: robust z-score ', CAST(CAST(ROUND(q.z, 2) AS DECIMAL(18,2)) AS STRING), '.') AS explanation_en
  FROM peers q CROSS JOIN p
  WHERE ABS(q.z) > p.z_max
), execution AS (
  SELECT e.department_id, e.fiscal_year, 'execution_out_of_range' AS rule, e.subject, e.rate AS value,
         CASE WHEN e.rate < p.low_rate THEN p.low_rate ELSE p.high_rate END AS reference, e.doc_id, e.source_line,
         'rate' AS measure, e.budget_basis AS basis,
         concat(CAST(e.fiscal_year AS STRING), '年', COALESCE(e.subject_name, e.subject), '决算',
                CAST(CAST(ROUND(e.actual / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元，年初预算',
                CAST(CAST(ROUND(e.budget / 10000, 2) AS DECIMAL(18,2)) AS STRING), '万元，执行率',
                CAST(CAST(ROUND(e.rate * 100, 2) AS DECIMAL(18,2)) AS STRING), '%。') AS explanation_zh,
         concat(COALESCE(e.subject_name, e.subject), ' in ', CAST(e.fiscal_year AS STRING), ': actual ',
                CAST(CAST(ROUND(e.actual / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' vs initial budget ',
                CAST(CAST(ROUND(e.budget / 10000, 2) AS DECIMAL(18,2)) AS STRING), ' (10k yuan), execution ',
                CAST(CAST(ROUND(e.rate * 100, 2) AS DECIMAL(18,2)) AS STRING), '%.') AS explanation_en
  FROM execution_rates e CROSS JOIN p
  WHERE e.source = 'final_narrative' AND e.budget_basis = 'initial' AND length(e.subject) IN (3, 5, 7)
    AND e.budget > 0 AND (e.rate < p.low_rate OR e.rate > p.high_rate)
), unioned AS (
  SELECT * FROM over_budget
  UNION ALL SELECT * FROM rise
  UNION ALL SELECT * FROM from_zero
  UNION ALL SELECT * FROM peer_outliers
  UNION ALL SELECT * FROM execution
)
SELECT department_id, fiscal_year, rule, subject, CAST(value AS DECIMAL(18,4)) AS value,
       CAST(reference AS DECIMAL(18,4)) AS reference, explanation_zh, explanation_en, doc_id,
       CAST(source_line AS INTEGER) AS source_line, measure, basis
FROM unioned
