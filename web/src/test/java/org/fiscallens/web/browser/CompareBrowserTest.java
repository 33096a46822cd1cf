package org.fiscallens.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium and /usr/bin/chromedriver, named
 * explicitly so Selenium Manager downloads nothing): overview → Compare → pick 新乡县医疗保障局 and
 * 高平市医疗保险服务中心 → table values, every chart image loaded, screenshots under target/screenshots; from a
 * department's 功能分类 tree to one item across departments (分项), then the item search; and the comparison as
 * printed (print media: no controls, every figure marked with its source, the PDF under target/screenshots).
 */
class CompareBrowserTest {
    static final String CHROMIUM = System.getProperty("fiscallens.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("fiscallens.chromedriver", "/usr/bin/chromedriver");
    static TestServer server;
    static WebDriver driver;
    static Path profile;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(exe).canExecute()) {
                throw new IllegalStateException(exe + " not found: install Debian's chromium and chromium-driver (.ci/setup)");
            }
        }
        server = TestServer.seed();
        profile = Files.createTempDirectory("fiscallens-chromium-");
        shots = Path.of(System.getProperty("fiscallens.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void overviewToCompareTwoDepartments() throws IOException {
        driver.get(server.base() + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
        assertThat(driver.getTitle()).contains("总览");
        screenshot("overview");

        driver.findElement(By.id("nav-compare")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-form")));
        pick("新乡县医疗保障局");
        pick("高平市医疗保险服务中心");
        WebElement years = driver.findElement(By.name("years"));
        years.clear();
        years.sendKeys("2024");
        driver.findElement(By.id("compare-go")).click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));

        assertThat(driver.getCurrentUrl()).contains("d=").contains("years=2024");
        String xinxiang = row(table, "新乡县医疗保障局");
        String gaoping = row(table, "高平市医疗保险服务中心");
        assertThat(xinxiang).contains("747.24", "719.68", "96.31%", "2.40", "2.15");
        assertThat(gaoping).contains("5,015.28", "5,056.26", "100.82%", "1.34");

        List<?> images = waitForImages();
        assertThat(images).as("chart images on the compare page").hasSizeGreaterThanOrEqualTo(3);
        for (Object o : images) {
            Map<?, ?> img = (Map<?, ?>) o;
            assertThat(((Number) img.get("w")).intValue()).as("naturalWidth of %s", img.get("src")).isGreaterThan(0);
            assertThat(String.valueOf(img.get("alt"))).as("alt text of %s", img.get("src")).isNotBlank();
        }
        driver.manage().window().setSize(new Dimension(1280, 2000));
        screenshot("compare");

        // sortable columns: sorting by execution rate descending puts 高平 (100.82%) first
        WebElement rateHeader = table.findElements(By.cssSelector("thead th")).get(4);
        rateHeader.click();
        rateHeader.click();
        String first = table.findElements(By.cssSelector("tbody tr")).get(0).getText();
        assertThat(first).contains("高平市医疗保险服务中心");

        // a figure opens the source viewer at its line, highlighted
        String href = table.findElement(By.cssSelector("tbody a.fig")).getAttribute("href");
        driver.get(href);
        WebElement hl = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.source li.hl")));
        assertThat(href).contains("#L" + hl.getAttribute("id").substring(1));
        screenshot("source");

        // readable on a phone
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.base() + "/compare?d=" + server.departmentId("新乡县医疗保障局") + "&d="
                + server.departmentId("高平市医疗保险服务中心") + "&years=2024");
        WebElement narrow = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        waitForImages();
        screenshot("compare-phone");
        // scrolled sideways, the table keeps each row's department in view at its left edge
        Object offset = ((JavascriptExecutor) driver).executeScript("var box = arguments[0].parentElement;"
                + " box.scrollLeft = 400; var th = arguments[0].querySelector('tbody th[scope=row]');"
                + " return [box.scrollLeft, th.getBoundingClientRect().left - box.getBoundingClientRect().left];", narrow);
        List<?> scrolled = (List<?>) offset;
        assertThat(((Number) scrolled.get(0)).intValue()).as("the table scrolled sideways").isPositive();
        assertThat(((Number) scrolled.get(1)).doubleValue()).as("row name's distance from the box's left edge").isBetween(0.0, 2.0);
        screenshot("compare-phone-scrolled");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        // the department list narrows as the user types into its search box
        driver.get(server.base() + "/departments");
        WebElement filter = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-filter]")));
        assertThat(driver.findElements(By.cssSelector("#dept-cards .dept-card")).stream().filter(WebElement::isDisplayed))
                .hasSize(4);
        filter.sendKeys("新乡");
        assertThat(driver.findElements(By.cssSelector("#dept-cards .dept-card")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText)).singleElement().asString().contains("新乡县医疗保障局");
        filter.clear();
        filter.sendKeys("陕西");
        assertThat(driver.findElements(By.cssSelector("#dept-cards .dept-card")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText)).singleElement().asString().contains("西乡县医疗保险业务经办中心");
        screenshot("departments-filtered");

        driver.get(server.base() + "/?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Fiscal Lens");
        screenshot("overview-en");
    }

    @Test
    void fromADepartmentsFunctionTreeToOneItemAcrossDepartments() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.base() + "/departments/" + server.departmentId("新乡县医疗保障局"));
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".tree summary a.code[href='/items/210']")));
        code.click();
        WebElement matrix = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-matrix")));
        assertThat(driver.getTitle()).contains("210");
        // 卫生健康 in all four departments, each figure from its document: 新乡 2024 631.36 (87.73 %), 乌鲁木齐 in prose
        assertThat(matrix.findElements(By.cssSelector("tbody tr"))).hasSize(4);
        assertThat(row(matrix, "新乡县医疗保障局")).contains("631.36", "87.73%", "933.94");
        assertThat(row(matrix, "乌鲁木齐市医疗保障局")).contains("1,176.78", "述");
        List<?> images = waitForImages();
        assertThat(images).isNotEmpty().allSatisfy(o -> assertThat(((Number) ((Map<?, ?>) o).get("w")).intValue()).isPositive());
        driver.manage().window().setSize(new Dimension(1280, 1800));
        screenshot("item-210");

        // search by name from the header's search box: 医疗救助 is 高平's alone
        WebElement q = driver.findElement(By.cssSelector("form.top-search input[name=q]"));
        q.sendKeys("医疗救助");
        q.submit();
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-results")));
        assertThat(driver.getCurrentUrl()).contains("q=");
        assertThat(results.getText()).contains("21013", "城乡医疗救助");
        assertThat(driver.findElement(By.id("item-q")).getAttribute("value")).isEqualTo("医疗救助");
        // the lines of the documents that hold the words follow, marked
        assertThat(driver.findElements(By.cssSelector("#line-hits mark"))).isNotEmpty()
                .allSatisfy(mk -> assertThat(mk.getText()).isEqualTo("医疗救助"));
        screenshot("items-search");
        results.findElement(By.linkText("21013")).click();
        WebElement one = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-matrix")));
        assertThat(one.findElements(By.cssSelector("tbody tr"))).singleElement().extracting(WebElement::getText)
                .asString().contains("高平市医疗保险服务中心");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void printingTheComparisonKeepsEveryFiguresSource() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        ChromeDriver chrome = (ChromeDriver) driver;
        String url = server.base() + "/compare?d=" + server.departmentId("新乡县医疗保障局") + "&d="
                + server.departmentId("高平市医疗保险服务中心") + "&years=2024";
        // 1040 CSS pixels: about the width of an A4 landscape page inside its margins
        driver.manage().window().setSize(new Dimension(1040, 1000));
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            driver.get(url);
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
            // navigation and the form are not printed; the page's address and its source documents are
            assertThat(driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("compare-form")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".print-address")).getText()).contains("/compare?d=新乡县医疗保障局");
            List<String> sources = driver.findElements(By.cssSelector("section.print-sources li")).stream()
                    .map(WebElement::getText).toList();
            assertThat(sources).hasSize(2);

            // 新乡's 2024 final account, 719.68, is marked with its document's number and its line
            WebElement actual = table.findElement(By.cssSelector("tr[data-department='"
                    + server.departmentId("新乡县医疗保障局") + "'] td[data-metric=actual] a.fig"));
            assertThat(actual.getText()).isEqualTo("719.68");
            String cite = actual.getAttribute("data-cite");
            assertThat(cite).matches("[12]·\\d+");
            int n = Integer.parseInt(cite.substring(0, cite.indexOf('·')));
            String line = cite.substring(cite.indexOf('·') + 1);
            assertThat(sources.get(n - 1)).startsWith("新乡县医疗保障局 2024 决算");
            assertThat(actual.getAttribute("href")).contains("?line=" + line).endsWith("#L" + line);
            Object printed = chrome.executeScript("return getComputedStyle(arguments[0], '::after').content", actual);
            assertThat(String.valueOf(printed)).isEqualTo("\"" + cite + "\"");

            // every column on the page: the table's scroll box does not clip it in print (on screen it scrolls)
            Object clipped = chrome.executeScript("var box = arguments[0].parentElement; return box.scrollWidth - box.clientWidth;", table);
            assertThat(((Number) clipped).intValue()).as("pixels of the table cut off in print").isLessThanOrEqualTo(1);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Object onScreen = chrome.executeScript("var box = document.getElementById('compare-table').parentElement;"
                + " return box.scrollWidth - box.clientWidth;");
        assertThat(((Number) onScreen).intValue()).as("at this width the screen layout scrolls the table").isPositive();

        // the PDF Chromium prints, for a reviewer to open (A4 landscape, as the stylesheet asks)
        Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = java.util.Base64.getDecoder().decode(String.valueOf(pdf.get("data")));
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(shots.resolve("compare-print.pdf"), bytes);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void pick(String name) {
        WebElement label = driver.findElement(By.xpath("//label[contains(@class,'pick')][contains(., '" + name + "')]"));
        WebElement box = label.findElement(By.tagName("input"));
        if (!box.isSelected()) {
            label.click();
        }
        assertThat(box.isSelected()).as("checkbox for %s", name).isTrue();
    }

    private static String row(WebElement table, String name) {
        return table.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + table.getText()));
    }

    private List<?> waitForImages() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) js.executeScript(
                "return Array.from(document.images).every(i => i.complete);"));
        return (List<?>) js.executeScript(
                "return Array.from(document.images).map(i => ({src: i.src, w: i.naturalWidth, alt: i.alt}));");
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(name + ".png"), png);
    }
}
