package org.fiscallens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.fiscallens.ingest.bench.LayoutAccuracyBenchmark;
import org.fiscallens.ingest.performance.PerformanceProject;
import org.fiscallens.ingest.source.DecodedDocument;
import org.fiscallens.ingest.source.DocumentDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds as PDFs: each written as a web page (paragraphs, ruled tables) and exported to PDF by LibreOffice 7.4's
 * Writer, as a department prints its Word document (新乡 2024 决算 and 西乡 2024 预算, {@code src/test/resources/pdf/},
 * written by {@code .ci/office-accuracy --fixtures}). Read directly — ruled tables by their cells, prose by its
 * paragraphs — each gives its seed's narrative facts, 三公 rows and 绩效自评 projects, its department, year and kind,
 * and every one of its line items under its own figure and measure, also where a page break cuts a table row in two
 * (the row read whole, its line named in the {@code pdf_read} note). A scan and a locked PDF are skipped, saying what
 * to do.
 */
class PdfSeedsTest {
    private static final Path PDF = Path.of("src/test/resources/pdf");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_3717b7af8d77e38b.pdf", "004_208f12fb395773e2.pdf"})
    void aSeedPrintedToPdfGivesItsRecords(String name) {
        Path file = PDF.resolve(name);
        Path seed = Seeds.seed(name.substring(0, 3));
        LayoutAccuracyBenchmark.Accuracy a = LayoutAccuracyBenchmark.compare(seed, file);
        assertThat(a.wronglyKeyed()).as("line items under a wrong figure or measure").isZero();
        assertThat(a.right()).as("line items read right").isEqualTo(a.items());
        ParsedDisclosure original = DisclosureParser.standard().parse(seed);
        ParsedDisclosure printed = DisclosureParser.standard().parse(file);
        assertThat(printed.document().encoding()).isEqualTo("pdf");
        assertThat(OfficeFilesTest.facts(printed.narrativeFacts())).isEqualTo(OfficeFilesTest.facts(original.narrativeFacts()));
        assertThat(OfficeFilesTest.threePublic(printed.threePublic()))
                .isEqualTo(OfficeFilesTest.threePublic(original.threePublic()));
        assertThat(printed.performanceProjects()).extracting(PerformanceProject::projectName, PerformanceProject::executed)
                .as("绩效自评 projects, names whole where a page break cut their row")
                .containsExactlyElementsOf(original.performanceProjects().stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.projectName(), p.executed())).toList());
        assertThat(printed.document().departmentName()).isEqualTo(original.document().departmentName());
        assertThat(printed.document().fiscalYear()).isEqualTo(original.document().fiscalYear());
        assertThat(printed.document().kind()).isEqualTo(original.document().kind());
        assertThat(printed.issues()).filteredOn(i -> i.kind().equals("pdf_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).matches("a PDF read as text: \\d+ page\\(s\\) top to bottom, \\d{2}"
                        + " ruled table\\(s\\) a line per row with tab-separated cells, the rest a line per paragraph;"
                        + " p\\.1 lines 1–\\d+, p\\.2 lines \\d+–\\d+, .*"));
    }

    /**
     * A table row that runs on to the next page prints its rest at the top of the table's next part: 新乡 2024 has five
     * such rows (a 绩效自评 project's name, its target, an indicator, a reason, and its 总分 100 wrapped as 10 over 0 in a
     * narrow cell), 西乡 2024 three; each is read as one row
     * and named in the {@code pdf_read} note, and the rows a page break does not cut (西乡's 指标1: / 指标2:, labels
     * ending in a colon) stay apart.
     */
    @Test
    void aTableRowAPageBreakCutsIsReadWhole() throws Exception {
        DecodedDocument xinxiang = decoded("000_3717b7af8d77e38b.pdf");
        ParseIssue note = xinxiang.issues().stream().filter(i -> i.kind().equals("pdf_read")).findFirst().orElseThrow();
        java.util.regex.Matcher joined = java.util.regex.Pattern.compile("each read as one: line\\(s\\) ([\\d, ]+)$")
                .matcher(note.message());
        assertThat(joined.find()).as(note.message()).isTrue();
        List<String> lines = xinxiang.document().lines();
        assertThat(java.util.Arrays.stream(joined.group(1).split(", ")).map(n -> lines.get(Integer.parseInt(n) - 1)))
                .anySatisfy(l -> assertThat(l).startsWith("项目名称\t\t伤残警察医疗费（2024年）"))
                .anySatisfy(l -> assertThat(l).startsWith("\t保障伤残警察享受医疗报销待遇\t\t保障伤残警察医疗报销待遇"))
                .anySatisfy(l -> assertThat(l).startsWith("总分\t\t\t\t\t100\t100"))
                .hasSize(5);
        assertThat(note.messageZh()).contains("跨页断开的表格行已各合并为一行");
        DecodedDocument xixiang = decoded("004_208f12fb395773e2.pdf");
        assertThat(xixiang.document().lines())
                .contains("\t\t22、国有资本经营预算支出\t0.00\t\t\t\t", "\t\t\t有序推进总额控费下的DIP支付工作\t逐步展开\t")
                .anySatisfy(l -> assertThat(l).endsWith("时效指标\t指标1:\t\t"))
                .anySatisfy(l -> assertThat(l).endsWith("\t指标2:\t\t"));
        assertThat(xixiang.issues()).filteredOn(i -> i.kind().equals("pdf_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).endsWith("each read as one: line(s) 173, 313, 345"));
    }

    private static DecodedDocument decoded(String name) throws Exception {
        Path file = PDF.resolve(name);
        return DocumentDecoder.standard().decode(file.toString(), java.nio.file.Files.readAllBytes(file));
    }

    /**
     * Landscape 公开表 pages are often drawn sideways on portrait paper and turned for display ({@code /Rotate 90}):
     * 新乡 2024's PDF made so, every page, reads as the upright one does.
     */
    @Test
    void pagesDrawnSidewaysAndTurnedForDisplayReadAsUpright(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path turned = dir.resolve("000_3717b7af8d77e38b.pdf");
        try (PDDocument doc = PDDocument.load(PDF.resolve("000_3717b7af8d77e38b.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, false)) {
                    out.transform(new Matrix(0, 1, -1, 0, box.getHeight(), 0)); // a quarter turn counter-clockwise
                }
                PDRectangle sideways = new PDRectangle(box.getHeight(), box.getWidth());
                page.setMediaBox(sideways);
                page.setCropBox(sideways);
                page.setRotation(90);
            }
            doc.save(turned.toFile());
        }
        LayoutAccuracyBenchmark.Accuracy a = LayoutAccuracyBenchmark.compare(Seeds.seed("000"), turned);
        assertThat(a.right()).isEqualTo(a.items()).isEqualTo(184);
        assertThat(a.wronglyKeyed()).isZero();
    }

    /**
     * Printed disclosures number their pages and often repeat a header over every page. 西乡 2024's PDF with a page
     * number at each page's foot ({@code - 3 -}) and a running header: both are left out (they would stand between
     * a sentence or a table and its continuation on the next page), and it gives the records it gives without them.
     */
    @Test
    void pageNumbersAndARunningHeaderAreLeftOut(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path stamped = dir.resolve("004_208f12fb395773e2.pdf");
        int pages;
        try (PDDocument doc = PDDocument.load(PDF.resolve("004_208f12fb395773e2.pdf").toFile())) {
            pages = doc.getNumberOfPages();
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out.beginText();
                    out.setFont(PDType1Font.HELVETICA, 9);
                    out.newLineAtOffset(w / 2 - 10, 12);
                    out.showText("- " + n + " -");
                    out.newLineAtOffset(-w / 2 + 70, h - 24);
                    out.showText("Xixiang 2024 budget disclosure");
                    out.endText();
                }
            }
            doc.save(stamped.toFile());
        }
        Path seed = Seeds.seed("004");
        LayoutAccuracyBenchmark.Accuracy plain = LayoutAccuracyBenchmark.compare(seed, PDF.resolve(stamped.getFileName()));
        LayoutAccuracyBenchmark.Accuracy a = LayoutAccuracyBenchmark.compare(seed, stamped);
        assertThat(a).isEqualTo(plain);
        ParsedDisclosure read = DisclosureParser.standard().parse(stamped);
        assertThat(OfficeFilesTest.facts(read.narrativeFacts()))
                .isEqualTo(OfficeFilesTest.facts(DisclosureParser.standard().parse(seed).narrativeFacts()));
        assertThat(read.issues()).filteredOn(i -> i.kind().equals("pdf_read")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("(" + 2 * pages + " page number(s) and running header"));
    }

    /**
     * Many published PDFs forbid copying their text (an owner password, no password to open them): a reader shows
     * them all the same, and so they are read. 新乡 2024's PDF so protected gives every line item.
     */
    @Test
    void aPdfThatForbidsCopyingIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path restricted = dir.resolve("000_3717b7af8d77e38b.pdf");
        try (PDDocument doc = PDDocument.load(PDF.resolve("000_3717b7af8d77e38b.pdf").toFile())) {
            AccessPermission forbidden = new AccessPermission();
            forbidden.setCanExtractContent(false);
            forbidden.setCanExtractForAccessibility(false);
            forbidden.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", forbidden);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(restricted.toFile());
        }
        LayoutAccuracyBenchmark.Accuracy a = LayoutAccuracyBenchmark.compare(Seeds.seed("000"), restricted);
        assertThat(a.right()).isEqualTo(a.items()).isEqualTo(184);
    }

    @Test
    void aScanAndALockedPdfAreSkippedSayingWhatToDo() throws IOException {
        ParsedDisclosure scan = DisclosureParser.standard().parse("in/scan.pdf", pdf(false, false));
        assertThat(scan.document().layout()).isEqualTo(DisclosureParser.UNREADABLE);
        assertThat(scan.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("unreadable_document");
            assertThat(i.message()).isEqualTo("in/scan.pdf: a PDF of 1 page(s) without a text layer (a scan): run OCR on it"
                    + " first and build from the text — document skipped");
            assertThat(i.messageZh()).contains("扫描件");
        });
        ParsedDisclosure locked = DisclosureParser.standard().parse("in/locked.pdf", pdf(true, true));
        assertThat(locked.issues()).singleElement().satisfies(i -> assertThat(i.message())
                .isEqualTo("in/locked.pdf: a PDF that needs a password: save it without one first — document skipped"));
        ParsedDisclosure text = DisclosureParser.standard().parse("in/note.pdf", pdf(true, false));
        assertThat(text.issues()).as("a line of Latin text: read, and no disclosure").extracting(ParseIssue::message)
                .containsExactly("in/note.pdf: no Chinese text (0 Chinese characters in 11 decoded as UTF-8): not a"
                        + " disclosure, or in an encoding we do not read — document skipped");
    }

    /** A one-page PDF: a line of text or nothing but a grey box (a scan's pixels, as far as text goes); locked or not. */
    private static byte[] pdf(boolean withText, boolean locked) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                if (withText) {
                    out.beginText();
                    out.setFont(PDType1Font.HELVETICA, 12);
                    out.newLineAtOffset(72, 700);
                    out.showText("Budget 2024");
                    out.endText();
                } else {
                    out.addRect(72, 72, 400, 600);
                    out.fill();
                }
            }
            if (locked) {
                doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
