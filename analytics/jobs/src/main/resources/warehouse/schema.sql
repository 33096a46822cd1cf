-- Fiscal Lens warehouse contract. All amounts in 元 as DECIMAL(18,2); rates and shares as DECIMAL fractions.
-- Readers (web, notebooks, analysts) depend on these tables and columns: add, never rename or drop.

CREATE TABLE documents (
  doc_id VARCHAR PRIMARY KEY, department_id VARCHAR, department_name VARCHAR, region VARCHAR,
  province VARCHAR, city VARCHAR, county VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, -- 'budget' | 'final'
  source_unit VARCHAR, layout VARCHAR, encoding VARCHAR, line_count INTEGER, source_path VARCHAR,
  consistency_score DECIMAL(9,4),
  primary_doc_id VARCHAR, -- null: the figures of this department, year and kind come from this document; else
                          -- another version of it, whose doc_id this is, is the one counted
  is_part BOOLEAN DEFAULT false); -- true: one file of a disclosure published in parts and read as one document (its
                                  -- primary_doc_id), not another version of it

CREATE TABLE document_lines (doc_id VARCHAR, line_no INTEGER, text VARCHAR);

CREATE TABLE line_items (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, table_kind VARCHAR,
  table_code VARCHAR, table_title VARCHAR, classification VARCHAR, code VARCHAR, name VARCHAR, level VARCHAR,
  measure VARCHAR, column_group VARCHAR, amount DECIMAL(18,2), source_line INTEGER, raw_line VARCHAR);

CREATE TABLE table_status (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, table_kind VARCHAR, table_code VARCHAR,
  title VARCHAR, status VARCHAR, reason VARCHAR, title_line INTEGER, row_count INTEGER);

CREATE TABLE narrative_facts (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, statement VARCHAR,
  subject VARCHAR, subject_name VARCHAR, fact_kind VARCHAR, value DECIMAL(18,4), unit VARCHAR,
  source_line INTEGER, sentence VARCHAR, reason VARCHAR, reason_tags VARCHAR);

CREATE TABLE three_public (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, category VARCHAR,
  measure VARCHAR, amount DECIMAL(18,2), quantity DECIMAL(18,2), quantity_unit VARCHAR, source VARCHAR,
  source_line INTEGER, raw_line VARCHAR);

CREATE TABLE performance_projects (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, project_name VARCHAR,
  initial_budget DECIMAL(18,2), full_year_budget DECIMAL(18,2), executed DECIMAL(18,2),
  execution_rate DECIMAL(9,4), score DECIMAL(9,2), grade VARCHAR, layout VARCHAR, source_line INTEGER);

CREATE TABLE checks (
  doc_id VARCHAR, department_id VARCHAR, fiscal_year INTEGER, check_id VARCHAR, rule VARCHAR, severity VARCHAR,
  passed BOOLEAN, expected DECIMAL(18,4), actual DECIMAL(18,4), tolerance DECIMAL(18,4), lines VARCHAR,
  source_line INTEGER, subject VARCHAR, message VARCHAR, message_zh VARCHAR);

CREATE TABLE parse_issues (
  doc_id VARCHAR, file VARCHAR, line INTEGER, layout VARCHAR, kind VARCHAR, severity VARCHAR,
  message VARCHAR, message_zh VARCHAR, raw_line VARCHAR);

CREATE TABLE yoy_changes (
  department_id VARCHAR, subject VARCHAR, measure VARCHAR, doc_kind VARCHAR, fiscal_year INTEGER,
  value DECIMAL(18,2), prior_value DECIMAL(18,2), change DECIMAL(18,2), change_pct DECIMAL(12,4),
  basis VARCHAR, -- 'documents' | 'narrative'
  doc_id VARCHAR, source_line INTEGER, prior_doc_id VARCHAR, prior_source_line INTEGER, reason VARCHAR,
  subject_name VARCHAR, stated_change_pct DECIMAL(12,4), reason_tags VARCHAR);

CREATE TABLE execution_rates (
  department_id VARCHAR, fiscal_year INTEGER, subject VARCHAR, subject_name VARCHAR,
  budget DECIMAL(18,2), actual DECIMAL(18,2), rate DECIMAL(12,4),
  budget_basis VARCHAR, -- 'initial' | 'adjusted'
  source VARCHAR,       -- 'final_narrative' | 'three_public_table' | 'budget_vs_final' | 'performance_eval'
  doc_id VARCHAR, source_line INTEGER, budget_doc_id VARCHAR, budget_source_line INTEGER,
  reason VARCHAR, reason_tags VARCHAR, measure VARCHAR);

-- One execution rate per department, year and subject: the one the dashboard ranks (metrics/execution_preferred.sql).
CREATE TABLE execution_preferred (
  department_id VARCHAR, fiscal_year INTEGER, subject VARCHAR, subject_name VARCHAR,
  level VARCHAR,         -- 'total' | 'three_public' | 'project' | 'class' | 'section' | 'item' | 'other'
  code VARCHAR, subject_group VARCHAR, department_name VARCHAR, measure VARCHAR,
  budget DECIMAL(18,2), actual DECIMAL(18,2), rate DECIMAL(12,4), budget_basis VARCHAR, source VARCHAR,
  doc_id VARCHAR, source_line INTEGER, budget_doc_id VARCHAR, budget_source_line INTEGER,
  reason VARCHAR, reason_tags VARCHAR);

CREATE TABLE structure_shares (
  department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, dimension VARCHAR, code VARCHAR, name VARCHAR,
  amount DECIMAL(18,2), share DECIMAL(12,4), stated_share DECIMAL(12,4), doc_id VARCHAR, source_line INTEGER,
  statement VARCHAR, stated_source_line INTEGER,
  source VARCHAR); -- 'table' | 'narrative'

CREATE TABLE three_public_series (
  department_id VARCHAR, category VARCHAR, fiscal_year INTEGER, measure VARCHAR, -- 'budget' | 'actual'
  amount DECIMAL(18,2), doc_id VARCHAR, source_line INTEGER, source VARCHAR,
  staff INTEGER, per_staff DECIMAL(18,2));

CREATE TABLE anomalies (
  department_id VARCHAR, fiscal_year INTEGER, rule VARCHAR, subject VARCHAR, value DECIMAL(18,4),
  reference DECIMAL(18,4), explanation_zh VARCHAR, explanation_en VARCHAR, doc_id VARCHAR, source_line INTEGER,
  measure VARCHAR, basis VARCHAR);

CREATE TABLE consistency_scores (
  department_id VARCHAR, fiscal_year INTEGER, doc_id VARCHAR, checks_run INTEGER, checks_passed INTEGER,
  score DECIMAL(9,4), errors INTEGER, warnings INTEGER);

CREATE TABLE build_info (built_at TIMESTAMP, input_path VARCHAR, documents INTEGER, spark_version VARCHAR,
  spark_master VARCHAR, content_hash VARCHAR);


-- Added by the jobs module (metrics intermediates and the configuration the metrics used).

-- Every comparable figure per document, one per (document, measure, subject): measure is the aggregate
-- (table role or prose statement: expenditure, general_budget, fiscal, …) or budget/actual for 三公.
CREATE TABLE figures (
  department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, doc_id VARCHAR, measure VARCHAR, subject VARCHAR,
  subject_name VARCHAR, amount DECIMAL(18,2), source VARCHAR, source_line INTEGER);

-- 功能分类 amounts a document states only in prose, for statements it prints no table for (read by structure_shares).
CREATE TABLE prose_function_amounts (
  department_id VARCHAR, fiscal_year INTEGER, doc_kind VARCHAR, doc_id VARCHAR, statement VARCHAR, code VARCHAR,
  name VARCHAR, kuan_name VARCHAR, amount DECIMAL(18,2), source_line INTEGER);

-- 实有人数 stated per document (per-staff normalisation).
CREATE TABLE staff_counts (
  department_id VARCHAR, fiscal_year INTEGER, doc_id VARCHAR, staff INTEGER, source_line INTEGER);

-- Each distinct reason text a document gives and its tags (comma-separated, in reason_kinds order).
CREATE TABLE reason_tags (reason VARCHAR, reason_tags VARCHAR);

-- One row per (stated figure with a reason, tag): compare reasons across departments.
CREATE TABLE deviation_reasons (
  department_id VARCHAR, fiscal_year INTEGER, doc_id VARCHAR, source_line INTEGER, statement VARCHAR,
  subject VARCHAR, subject_name VARCHAR, reason VARCHAR, tag VARCHAR, label_zh VARCHAR, label_en VARCHAR);

-- Configuration used by this build (metrics/thresholds.properties plus overrides; reason tags; table roles).
CREATE TABLE metric_params (name VARCHAR, value DECIMAL(18,6));
CREATE TABLE reason_kinds (tag VARCHAR, ordinal INTEGER, label_zh VARCHAR, label_en VARCHAR);
CREATE TABLE table_roles (table_kind VARCHAR, role VARCHAR);
