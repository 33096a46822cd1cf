package org.fiscallens.ingest.table;

/**
 * Where one table sits in a document: its title, the number the document gives it, its unit, and the lines
 * that follow the title up to the next table or part heading.
 *
 * @param descriptor the layout that recognised the title
 * @param title      the title line as written (trimmed)
 * @param titleLine  1-based line of the title
 * @param tableCode  compacted table code ({@code 公开05表}, {@code 预算01表}, {@code 表5}), or null
 * @param unit       {@code 元} or {@code 万元} from the table's 单位 line, or null when it states none
 * @param bodyStart  first line after the title and its metadata lines (code, 单位, 部门名称, year)
 * @param end        last line of the region (inclusive)
 */
record TableRegion(TableDescriptor descriptor, String title, int titleLine, String tableCode, String unit,
                   int bodyStart, int end) {
}
