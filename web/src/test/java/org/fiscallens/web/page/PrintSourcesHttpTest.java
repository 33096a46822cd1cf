package org.fiscallens.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-port tests of the printed page's source list (来源文件): every document a page links a figure or line to
 * is listed once, in the order first linked (the number a printed figure is marked with), named by department,
 * year and kind with its doc id and file.
 */
class PrintSourcesHttpTest {
    private static final Pattern LINKED = Pattern.compile("href=\"/documents/([0-9a-f]{16})");
    private static final Pattern LISTED = Pattern.compile("<li data-doc=\"([0-9a-f]{16})\">([^<]*)<code>");
    @AutoClose
    static final TestServer server = TestServer.seed();

    static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare?d={新乡}&d={高平}&years=2024", "/departments/{新乡}", "/items/210", "/execution",
            "/three-public", "/quality", "/"})
    void theSourceListHoldsEveryLinkedDocumentOnceInTheOrderFirstLinked(String template) {
        String path = template.replace("{新乡}", server.departmentId("新乡县医疗保障局"))
                .replace("{高平}", server.departmentId("高平市医疗保险服务中心"));
        String html = server.page(path);
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        List<String> linked = new ArrayList<>(new LinkedHashSet<>(all(LINKED, main)));
        List<String> listed = all(LISTED, html.substring(html.indexOf("</main>")));
        assertThat(linked).as("%s links figures to documents", path).isNotEmpty();
        assertThat(listed).as("the source list of %s", path).isEqualTo(linked);
    }

    @Test
    void theCompareSourcesNameDepartmentYearKindAndFile() {
        String xinxiang = server.departmentId("新乡县医疗保障局");
        String gaoping = server.departmentId("高平市医疗保险服务中心");
        String html = server.page("/compare?d=" + xinxiang + "&d=" + gaoping + "&years=2024");
        String sources = html.substring(html.indexOf("class=\"print-only print-sources"));
        // both 2024 final accounts; 高平's is the OCR'd seed 001_…, 新乡's the seed 000_…
        assertThat(sources).contains("新乡县医疗保障局 2024 决算 · <code>").contains("000_3717b7af8d77e38b.txt")
                .contains("高平市医疗保险服务中心 2024 决算 · <code>").contains("001_25f790a2d4a95ea4.txt");
        assertThat(all(LISTED, sources)).hasSize(2);
        // the page's address, printed above the title, readable rather than percent-encoded
        assertThat(html).contains("<p class=\"print-only print-address\">本页地址： /compare?d=" + xinxiang);
        String en = server.page("/compare?d=" + xinxiang + "&d=" + gaoping + "&years=2024&lang=en");
        assertThat(en).contains("<h2>Source documents</h2>").contains("2024 Final account · <code>")
                .contains("&amp;years=2024&amp;lang=en</p>");
    }
}
