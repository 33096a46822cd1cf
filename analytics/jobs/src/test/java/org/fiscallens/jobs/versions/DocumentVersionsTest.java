package org.fiscallens.jobs.versions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentVersionsTest {
    private static DocumentSummary doc(String id, String dept, Integer year, String kind, String path, long figures) {
        return doc(id, dept, year, kind, path, figures, 0);
    }

    private static DocumentSummary doc(String id, String dept, Integer year, String kind, String path, long figures,
                                       long errors) {
        return new DocumentSummary(id, dept, year, kind, path, null, figures, 0, errors, java.util.List.of());
    }

    @Test
    void theFullerVersionIsPrimaryThenTheLaterPath() {
        DocumentVersions v = DocumentVersions.of(List.of(
                doc("a", "甲局", 2024, "final", "in/1.txt", 300),
                doc("b", "甲局", 2024, "final", "in/2.txt", 320), // more figures read: primary
                doc("c", "甲局", 2024, "budget", "in/3.txt", 100), // another kind: alone
                doc("d", "乙局", 2024, "final", "in/4.txt", 50),
                doc("e", "乙局", 2024, "final", "in/5.txt", 50), // as many: the later path
                doc("f", null, null, null, "in/6.txt", 0),
                doc("g", null, null, null, "in/7.txt", 0), // unrecognised documents are never versions of each other
                doc("h", "丙局", 2025, "budget", "in/8.txt", 80, 0), // as many figures, fewer failed checks: primary
                doc("i", "丙局", 2025, "budget", "in/9.txt", 80, 3)));
        assertThat(v.alternates()).containsOnlyKeys("a", "d", "i");
        assertThat(v.alternates().get("i").docId()).isEqualTo("h");
        assertThat(v.alternates().get("a").docId()).isEqualTo("b");
        assertThat(v.alternates().get("d").docId()).isEqualTo("e");
        assertThat(v.none()).isFalse();
        assertThat(DocumentVersions.of(List.of(doc("a", "甲局", 2024, "final", "in/1.txt", 1))).none()).isTrue();
    }

    @Test
    void theIssueSaysWhichVersionIsCountedAndWhy() {
        DocumentSummary other = doc("a", "甲局", 2024, "final", "in/1.txt", 300);
        DocumentSummary primary = doc("b", "甲局", 2024, "final", "in/2.txt", 300);
        assertThat(VersionsRecord.message(other, primary)).isEqualTo("in/1.txt: another version of 甲局 2024 final account;"
                + " the figures come from in/2.txt (300 figures read and 0 failed error checks there, 300 and 0 here;"
                + " as many, and its path sorts later). This version is kept for reading and its own checks, not counted"
                + " in any metric");
        assertThat(VersionsRecord.messageZh(other, primary)).contains("与 in/2.txt 同为 甲局 2024 年决算的不同版本", "不计入任何指标");
    }
}
