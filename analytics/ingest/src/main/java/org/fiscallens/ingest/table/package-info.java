/**
 * Table extraction (表格解析): every numeric cell of every statutory table of a disclosure as a
 * {@link org.fiscallens.ingest.table.LineItem} in 元, and the presence of every mandated table as a
 * {@link org.fiscallens.ingest.table.TableStatus}.
 *
 * <p>Layouts are data. Each table layout is a JSON descriptor under {@code ingest/tables/layouts/} (title and
 * table-code patterns, header aliases naming canonical measures and column groups, the classification of its codes,
 * the document kinds it applies to and is mandated for), loaded into an immutable
 * {@link org.fiscallens.ingest.table.TableDescriptor} and registered explicitly in
 * {@link org.fiscallens.ingest.table.TableLayouts#standard()}. Shared vocabularies are resources too:
 * {@code column-roles.tsv} (what makes a column a code, name, 行次 or ignored column), {@code classes.tsv}
 * (类-level codes of 功能分类 and 经济分类) and {@code row-keys.tsv} (keys of uncoded rows such as 本年收入合计).
 *
 * <p>One generic engine reads them all: {@code TableLocator} finds titles that are followed by a table (a title
 * merely listed in a 目录 is not a table); {@code TableBody} separates header, data and notes; {@code HeaderReader}
 * maps (multi-line, garbled) header cells to roles and measures; {@code RowAssembler} joins wrapped labels and
 * numbers printed above their label; {@code RowsReader}, {@code SegmentsReader} (side-by-side code/name/amount
 * triplets), {@code ThreePublicReader} (三公 categories as columns) and {@code TableListReader} (目录 with
 * 是否空表) turn rows into drafts; {@code CodeResolver} gives code-less rows their code by name; {@code LineItems}
 * and {@code TableStatuses} produce the records.
 *
 * <p>To support a new layout: add a descriptor file, register it in {@code TableLayouts.standard()}, and add a
 * golden case folder under {@code src/test/resources/golden/tables/} (run the tests with
 * {@code -Dgolden.update=true} once and review the expected files).
 */
package org.fiscallens.ingest.table;
