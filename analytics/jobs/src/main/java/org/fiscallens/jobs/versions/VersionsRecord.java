package org.fiscallens.jobs.versions;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.fiscallens.jobs.warehouse.WarehouseSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes what {@link DocumentVersions} decided into the warehouse being built: {@code documents.primary_doc_id} of
 * every non-primary version (and {@code is_part} of each part of a disclosure read from several files), and for each an {@code alternate_version} parse issue (severity warning) that names
 * the version counted, in English and Chinese; a file that is one part of a disclosure read as one document
 * ({@link DisclosureParts}) gets a {@code disclosure_part} note (severity info) naming the whole instead.
 */
public final class VersionsRecord {
    /** The issue kind of a version that is kept but not counted. */
    public static final String KIND = "alternate_version";
    /** The issue kind of a file that is one part of a disclosure read and counted as one document. */
    public static final String PART_KIND = "disclosure_part";
    private final DocumentVersions versions;

    public VersionsRecord(DocumentVersions versions) {
        this.versions = versions;
    }

    public void write(Connection conn) throws SQLException {
        if (versions.none()) {
            return;
        }
        Map<String, DocumentSummary> byId = new TreeMap<>(versions.alternates()); // a fixed order
        try (PreparedStatement ps = conn.prepareStatement(WarehouseSql.text("alternate_version.sql"))) {
            for (Map.Entry<String, DocumentSummary> e : byId.entrySet()) {
                ps.setString(1, e.getValue().docId());
                ps.setBoolean(2, e.getValue().parts().contains(e.getKey()));
                ps.setString(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (DuckDBAppender app = conn.unwrap(DuckDBConnection.class)
                .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "parse_issues")) {
            for (Map.Entry<String, DocumentSummary> e : byId.entrySet()) {
                DocumentSummary other = versions.summaries().get(e.getKey());
                DocumentSummary primary = e.getValue();
                int part = primary.parts().indexOf(other.docId());
                app.beginRow();
                app.append(other.docId());
                app.append(other.sourcePath());
                app.append(0);
                app.appendNull();
                app.append(part >= 0 ? PART_KIND : KIND);
                app.append(part >= 0 ? "info" : "warning");
                app.append(part >= 0 ? partMessage(other, primary, part) : message(other, primary));
                app.append(part >= 0 ? partMessageZh(other, primary, part) : messageZh(other, primary));
                app.appendNull();
                app.endRow();
            }
        }
    }

    static String message(DocumentSummary other, DocumentSummary primary) {
        return other.sourcePath() + ": another version of " + other.departmentId() + " " + other.fiscalYear() + " "
                + ("budget".equals(other.docKind()) ? "budget" : "final account") + "; the figures come from "
                + primary.sourcePath() + " (" + primary.figures() + " figures read and " + primary.errors()
                + " failed error checks there, " + other.figures() + " and " + other.errors() + " here"
                + (primary.figures() == other.figures() && primary.errors() == other.errors()
                        ? "; as many, and its path sorts later" : "")
                + "). This version is kept for reading and its own checks, not counted in any metric";
    }

    static String messageZh(DocumentSummary other, DocumentSummary primary) {
        return other.sourcePath() + "：与 " + primary.sourcePath() + " 同为 " + other.departmentId() + " " + other.fiscalYear()
                + " 年" + ("budget".equals(other.docKind()) ? "预算" : "决算") + "的不同版本，数字取自后者（读出 "
                + primary.figures() + " 个数字、" + primary.errors() + " 项错误级校验未通过；本文件 " + other.figures()
                + " 个、" + other.errors() + " 项"
                + (primary.figures() == other.figures() && primary.errors() == other.errors() ? "；一样多，其路径排序在后" : "")
                + "）。本文件保留供查阅和自身校验，不计入任何指标";
    }

    /** {@code part}: 0 for the prose part (说明), 1 for the tables (公开表). */
    static String partMessage(DocumentSummary part, DocumentSummary whole, int index) {
        return part.sourcePath() + ": the " + (index == 0 ? "prose (说明)" : "tables (公开表)") + " of " + part.departmentId()
                + " " + part.fiscalYear() + " " + ("budget".equals(part.docKind()) ? "budget" : "final account")
                + ", published as two files; read together with the other as one document, " + whole.sourcePath()
                + ", whose figures are counted (" + whole.lineItems() + " line items and " + whole.facts()
                + " facts stated in prose). This file is kept for reading and its own checks, not counted on its own";
    }

    static String partMessageZh(DocumentSummary part, DocumentSummary whole, int index) {
        return part.sourcePath() + "：" + part.departmentId() + " " + part.fiscalYear() + " 年"
                + ("budget".equals(part.docKind()) ? "预算" : "决算") + "分两个文件公开，本文件为其"
                + (index == 0 ? "说明" : "公开表") + "；已与另一文件合并为一个文件（" + whole.sourcePath() + "）读取，数字取自合并后的文件（"
                + whole.lineItems() + " 个表格数字、" + whole.facts() + " 个文字所述数字）。本文件保留供查阅和自身校验，不单独计入";
    }
}
