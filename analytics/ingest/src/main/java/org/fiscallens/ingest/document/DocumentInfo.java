package org.fiscallens.ingest.document;

/**
 * What a disclosure document is: whose, which year, budget or final account, in which unit.
 *
 * @param docId          see {@link org.fiscallens.ingest.source.SourceDocument#docId()}
 * @param sourcePath     path as given to the parser
 * @param departmentName 部门名称 as the document states it, e.g. 新乡县医疗保障局; null if not found
 * @param departmentId   stable id derived from the normalised department name (same department,
 *                       different years and kinds share it); null if the name was not found
 * @param province       省 where stated or inferable from the name, else null
 * @param city           市 (地级) where stated, else null
 * @param county         县/区/县级市 where stated, else null
 * @param fiscalYear     the fiscal year the figures are for (not the publication year); null if unknown
 * @param kind           budget or final account; null if unknown
 * @param sourceUnit     unit the tables state: {@code 元} or {@code 万元}; null if none stated
 * @param layout         key of the document layout recognised, e.g. {@code final.standard},
 *                       {@code budget.henan}, {@code budget.shaanxi}, {@code prose_only}, {@code unknown}
 * @param encoding       charset the file was decoded with
 * @param lineCount      number of lines in the document
 */
public record DocumentInfo(String docId, String sourcePath, String departmentName, String departmentId,
                           String province, String city, String county, Integer fiscalYear, DocKind kind,
                           String sourceUnit, String layout, String encoding, int lineCount) {
}
