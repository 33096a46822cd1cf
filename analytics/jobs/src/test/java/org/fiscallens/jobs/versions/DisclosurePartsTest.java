package org.fiscallens.jobs.versions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosurePartsTest {
    private static DocumentSummary doc(String id, String dept, Integer year, String kind, long items, long facts) {
        return new DocumentSummary(id, dept, year, kind, "in/" + id, "file:/in/" + id, items, facts, 0, List.of());
    }

    @Test
    void aProseFileAndATablesFileOfOneDisclosureArePartsTwoFullVersionsAreNot() {
        List<DisclosureParts.Pair> pairs = DisclosureParts.find(List.of(
                doc("说明.docx", "甲局", 2024, "final", 0, 137),
                doc("公开表.xlsx", "甲局", 2024, "final", 184, 0),
                doc("v1.txt", "乙局", 2024, "final", 184, 137), // republished: two full versions
                doc("v2.txt", "乙局", 2024, "final", 184, 140),
                doc("丙.docx", "丙局", 2024, "budget", 30, 120), // a 说明 with a table of its own, a quarter of the other's
                doc("丙.xlsx", "丙局", 2024, "budget", 120, 0),
                doc("丁.docx", "丁局", 2024, "budget", 40, 120), // more than a quarter: versions, not parts
                doc("丁.xlsx", "丁局", 2024, "budget", 120, 0),
                doc("a.txt", null, 2024, "final", 0, 50), // not placed: never a part
                doc("b.txt", null, 2024, "final", 90, 0),
                doc("戊.docx", "戊局", 2024, "final", 0, 80))); // alone
        assertThat(pairs).extracting(p -> p.prose().docId() + " + " + p.tables().docId())
                .containsExactly("丙.docx + 丙.xlsx", "说明.docx + 公开表.xlsx");
    }

    @Test
    void theDocumentReadFromBothPartsIsPrimaryOverThem() {
        DocumentSummary whole = new DocumentSummary("whole", "甲局", 2024, "final", "in/说明.docx + 公开表.xlsx", null,
                184, 137, 0, List.of("说明.docx", "公开表.xlsx"));
        DocumentVersions v = DocumentVersions.of(List.of(doc("说明.docx", "甲局", 2024, "final", 0, 137),
                doc("公开表.xlsx", "甲局", 2024, "final", 184, 0), whole));
        assertThat(v.alternates()).containsOnlyKeys("说明.docx", "公开表.xlsx");
        assertThat(v.alternates().values()).extracting(DocumentSummary::docId).containsOnly("whole");
        assertThat(DisclosureParts.find(List.copyOf(v.summaries().values()))).hasSize(1); // the whole is never a part
        assertThat(VersionsRecord.partMessage(v.summaries().get("公开表.xlsx"), whole, 1)).startsWith(
                "in/公开表.xlsx: the tables (公开表) of 甲局 2024 final account, published as two files; read together with "
                        + "the other as one document, in/说明.docx + 公开表.xlsx, whose figures are counted (184 line items");
    }
}
