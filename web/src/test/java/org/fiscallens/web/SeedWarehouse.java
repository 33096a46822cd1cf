package org.fiscallens.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The seed warehouse the jobs module builds at {@code package}, at system property {@code fiscallens.warehouse}. */
public final class SeedWarehouse {
    private SeedWarehouse() {
    }

    /** @throws IllegalStateException naming the path and how to build it, when it is missing */
    public static Path path() {
        String p = System.getProperty("fiscallens.warehouse");
        if (p == null || p.isBlank()) {
            throw new IllegalStateException("system property fiscallens.warehouse is not set (Surefire sets it to "
                    + "<root>/target/seed-warehouse/disclosures.duckdb)");
        }
        Path file = Path.of(p);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("seed warehouse missing: " + file.toAbsolutePath() + " — build it first with "
                    + "`mvn -o -pl analytics/jobs -am package -DskipTests` (or run `mvn verify` from the root)");
        }
        return file;
    }

    /** Doc id of an empty file: the first 16 hex digits of the SHA-256 of no bytes. */
    public static final String EMPTY_FILE_ID = "e3b0c44298fc1c14";

    /**
     * A copy of the seed warehouse in {@code dir} plus the two rows a build writes for an empty file found among the
     * disclosures: its {@code documents} row (no department, year or kind; no lines) and its
     * {@code unreadable_document} issue, as the jobs module's {@code BadInputBuildTest} builds them through Spark.
     */
    public static Path withEmptyFile(Path dir) throws java.io.IOException, SQLException {
        return copyWith(dir,
                "insert into documents (doc_id, layout, line_count, source_path) values ('" + EMPTY_FILE_ID
                        + "', 'unreadable', 0, 'data/disclosures/empty.txt')",
                "insert into parse_issues (doc_id, file, line, kind, severity, message, message_zh) values ('"
                        + EMPTY_FILE_ID + "', 'data/disclosures/empty.txt', 0, 'unreadable_document', 'error', "
                        + "'data/disclosures/empty.txt: empty file (0 bytes) — document skipped', "
                        + "'data/disclosures/empty.txt：空文件（0 字节），已跳过此文件')");
    }

    /** Doc id given to the second version of 新乡县医疗保障局's 2024 final account by {@link #withAlternateVersion}. */
    public static final String ALTERNATE_ID = "a1fe00000000000a";

    /**
     * A copy of the seed warehouse in {@code dir} plus a second version of 新乡县医疗保障局's 2024 final account,
     * as a build writes one that is not counted: its {@code documents} row with {@code primary_doc_id} naming the
     * seed's version, its table cells, prose figures and 绩效自评 projects (records are kept for every version) with one cell
     * corrected, and its {@code alternate_version} issue (the jobs module's {@code BadInputBuildTest} builds such a
     * folder through Spark). Returns the file.
     */
    public static Path withAlternateVersion(Path dir) throws java.io.IOException, SQLException {
        String primary = "(select doc_id from documents where department_id = '新乡县医疗保障局' and fiscal_year = 2024"
                + " and doc_kind = 'final')";
        return copyWith(dir,
                "insert into performance_projects select * replace ('" + ALTERNATE_ID + "' as doc_id)"
                        + " from performance_projects where doc_id = " + primary,
                "insert into line_items select * replace ('" + ALTERNATE_ID + "' as doc_id)"
                        + " from line_items where doc_id = " + primary,
                "insert into narrative_facts select * replace ('" + ALTERNATE_ID + "' as doc_id)"
                        + " from narrative_facts where doc_id = " + primary,
                // the republished version corrects one cell: 2101599 in the general-budget table, 24.78 → 25.78 万元
                "update line_items set amount = amount + 10000 where doc_id = '" + ALTERNATE_ID + "'"
                        + " and table_kind = 'general_budget_expenditure' and code = '2101599' and measure = 'total'",
                "insert into documents select * replace ('" + ALTERNATE_ID + "' as doc_id,"
                        + " 'data/disclosures/000_republished.txt' as source_path, doc_id as primary_doc_id)"
                        + " from documents where doc_id = " + primary,
                "insert into parse_issues (doc_id, file, line, kind, severity, message, message_zh) values ('"
                        + ALTERNATE_ID + "', 'data/disclosures/000_republished.txt', 0, 'alternate_version', 'warning', "
                        + "'another version of 新乡县医疗保障局 2024 final account', '同为新乡县医疗保障局 2024 年决算的不同版本')");
    }

    /** Doc ids given to the two files 新乡县医疗保障局's 2024 final account is read from by {@link #withParts}. */
    public static final String PROSE_PART_ID = "9a47000000000001";
    public static final String TABLES_PART_ID = "9a47000000000002";

    /**
     * A copy of the seed warehouse in {@code dir} in which 新乡县医疗保障局's 2024 final account was published as two
     * files, a 说明 and a 公开表, and read as one document, as a build writes it (the jobs module's
     * {@code SplitDisclosureBuildTest} builds such a folder through Spark): the seed's document is the whole, with a
     * {@code parts_combined} note; each part has its {@code documents} row naming the whole as {@code primary_doc_id}
     * and a {@code disclosure_part} note. Returns the file.
     */
    public static Path withParts(Path dir) throws java.io.IOException, SQLException {
        String whole = "(select doc_id from documents where department_id = '新乡县医疗保障局' and fiscal_year = 2024"
                + " and doc_kind = 'final' and primary_doc_id is null)";
        List<String> statements = new java.util.ArrayList<>();
        for (String[] part : new String[][]{{PROSE_PART_ID, "说明.docx", "docx"}, {TABLES_PART_ID, "公开表.xlsx", "xlsx"}}) {
            String path = "data/disclosures/新乡县医疗保障局2024年部门决算" + part[1];
            statements.add("insert into documents select * replace ('" + part[0] + "' as doc_id, '" + path
                    + "' as source_path, '" + part[2] + "' as encoding, doc_id as primary_doc_id, null as consistency_score, true as is_part)"
                    + " from documents where doc_id = " + whole);
            statements.add("insert into parse_issues (doc_id, file, line, kind, severity, message, message_zh) values ('"
                    + part[0] + "', '" + path + "', 0, 'disclosure_part', 'info', '" + path + ": one of two files',"
                    + " '" + path + "：本文件为分两个文件公开的决算之一')");
        }
        statements.add("insert into parse_issues (doc_id, file, line, kind, severity, message, message_zh) select doc_id,"
                + " source_path, 0, 'parts_combined', 'info', 'one disclosure published as 2 files, read as one document',"
                + " '同一公开分 2 个文件发布，合并为一个文件读取' from documents where doc_id = " + whole);
        return copyWith(dir, statements.toArray(String[]::new));
    }

    /**
     * A copy of the seed warehouse in {@code dir} in which 新乡县医疗保障局's 2024 final account reads as a PDF of three
     * pages would: its {@code pdf_read} note, as a build writes it, puts lines 1–100 on page 1, 101–300 on page 2 and
     * the rest on page 3. Returns the file.
     */
    public static Path withPdfPages(Path dir) throws java.io.IOException, SQLException {
        return copyWith(dir, "insert into parse_issues (doc_id, file, line, kind, severity, message, message_zh) select"
                + " doc_id, source_path, 0, 'pdf_read', 'info', 'a PDF read as text: 3 page(s) top to bottom, 9 ruled"
                + " table(s) a line per row with tab-separated cells, the rest a line per paragraph; p.1 lines 1–100, p.2"
                + " lines 101–300, p.3 lines 301–' || line_count, 'PDF 已按文本读取' from documents"
                + " where department_id = '新乡县医疗保障局' and fiscal_year = 2024");
    }

    /** The seed warehouse copied to {@code dir}/disclosures.duckdb, then {@code statements} run on the copy. */
    private static Path copyWith(Path dir, String... statements) throws java.io.IOException, SQLException {
        Path file = dir.resolve("disclosures.duckdb");
        Files.copy(path(), file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return file;
    }
}
