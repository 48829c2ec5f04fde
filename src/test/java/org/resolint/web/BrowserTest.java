package org.resolint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.resolint.testing.TestEngine;

/**
 * The page in a real browser: Debian's headless Chromium driven by Selenium through chromedriver.
 * Skipped with a message when Chromium is absent (install: apt-get install chromium chromium-driver);
 * in CI (CI=true) its absence is a failure, since .ci/run installs it.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path DRAFT = Path.of("drafts/mandate-with-errors.txt").toAbsolutePath();

    private static WebServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI run without " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": .ci/run installs them (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "skipped: the browser tests need Debian's headless Chromium ("
                + "apt-get install chromium chromium-driver: " + CHROMIUM + ", " + CHROMEDRIVER + ")");
        server = new WebServer(TestEngine.get(), WebLimits.standard(), org.resolint.cli.ServeCommand.catalogs(TestEngine.get())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        profile = Files.createTempDirectory("resolint-chromium-");
        downloads = Files.createTempDirectory("resolint-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        UploadFolder.delete(profile);
        UploadFolder.delete(downloads);
    }

    @BeforeEach
    void open() {
        driver.get(base);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private static void upload(Path file) {
        driver.findElement(By.id("draft-file")).sendKeys(file.toString());
        driver.findElement(By.id("check-button")).click();
    }

    private static List<WebElement> findingsShown() {
        waiting().until(d -> !d.findElements(By.cssSelector("#findings .finding")).isEmpty());
        return driver.findElements(By.cssSelector("#findings .finding"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void uploadADraftSeeFindingsAndClickOneToReachItsWords() throws Exception {
        upload(DRAFT);
        List<WebElement> items = findingsShown();
        assertEquals("mandate-with-errors.txt", driver.findElement(By.id("draft-name")).getText());
        assertTrue(items.size() >= 10, "findings listed: " + items.size());
        assertTrue(driver.findElement(By.id("n-error")).getText().matches("[1-9]\\d*"));
        // Grouped errors first, then warnings, then info.
        List<String> groups = driver.findElements(By.cssSelector("#findings .group-head")).stream()
                .map(WebElement::getText).toList();
        assertTrue(groups.get(0).startsWith("ERRORS"), groups.toString());
        // The paragraph opening "Requests" among numbered ones: its finding marks that word.
        WebElement misplaced = items.stream().filter(i -> i.getText().contains("structure.misplaced")
                && i.getText().contains("unnumbered")).findFirst().orElseGet(() -> items.stream()
                .filter(i -> i.getText().contains("structure.misplaced")).reduce((a, b) -> b).orElseThrow());
        String id = misplaced.getAttribute("data-id");
        js("window.scrollTo(0, 0)");
        Files.write(Path.of("target", "web-page.png"), driver.getScreenshotAs(OutputType.BYTES));
        misplaced.click();
        WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#draft [data-ids~='" + id + "'].flash")));
        assertTrue(misplaced.getAttribute("class").contains("selected"));
        assertEquals(Boolean.TRUE, js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", mark), "the words are scrolled into view");
        assertFalse(mark.getText().isBlank());
        // Its rationale is one click away.
        assertFalse(misplaced.findElements(By.cssSelector("details summary")).isEmpty());
        Files.write(Path.of("target", "web-page-selected.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void filtersHideFindingsBySeverityAndArea() {
        upload(DRAFT);
        findingsShown();
        driver.findElement(By.cssSelector(".sev-toggle[value='error']")).click();
        for (WebElement item : driver.findElements(By.cssSelector("#findings .finding.error"))) {
            assertFalse(item.isDisplayed(), "errors hidden");
        }
        assertTrue(driver.findElements(By.cssSelector("#findings .finding.warning")).stream().anyMatch(WebElement::isDisplayed));
        assertTrue(driver.findElements(By.cssSelector("#draft mark.hl.error")).stream()
                .allMatch(m -> m.getAttribute("class").contains("off") || !m.getAttribute("data-ids").isEmpty()));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("area"))).selectByValue("clause");
        for (WebElement item : driver.findElements(By.cssSelector("#findings .finding"))) {
            if (item.isDisplayed()) {
                assertEquals("clause", item.getAttribute("data-area"));
            }
        }
    }

    @Test
    void downloadTheReviewReport() throws Exception {
        upload(DRAFT);
        findingsShown();
        driver.findElement(By.id("download-report")).click();
        Path report = downloads.resolve("mandate-with-errors-review.docx");
        waiting().until(d -> Files.isRegularFile(report) && sizeOf(report) > 0
                && !Files.exists(downloads.resolve("mandate-with-errors-review.docx.crdownload")));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(report))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(text.contains("mandate-with-errors.txt"), "the report names the draft");
        }
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Downloaded"));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void hostileUploadsShowAsTextOrOneLineErrors() throws Exception {
        Path dir = Files.createTempDirectory("resolint-hostile-");
        try {
            Path html = Files.writeString(dir.resolve("<img src=x onerror=window.pwned=1>.txt"),
                    "The Security Council,\n\nRecalling <script>window.pwned = 2</script> its resolutions,\n\n"
                            + "1. Decides <img src=x onerror=\"window.pwned=3\"> to remain seized of the matter.\n",
                    StandardCharsets.UTF_8);
            upload(html);
            findingsShownOrNone();
            assertEquals(null, js("return window.pwned === undefined ? null : window.pwned;"), "no script of the draft ran");
            assertTrue(driver.findElements(By.cssSelector("#draft script, #draft img")).isEmpty());
            assertTrue(driver.findElement(By.id("draft")).getText().contains("<script>window.pwned = 2</script>"),
                    "markup in a draft is shown as text");
            assertEquals("_img src_x onerror_window.pwned_1_.txt", driver.findElement(By.id("draft-name")).getText(),
                    "the stored name keeps only safe characters");

            driver.get(base);
            Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'T', 'h', 0, 1, 2, 3});
            upload(binary);
            WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            assertEquals("resolint: binary.txt: binary file (NUL byte at offset 2), not a text draft", error.getText());
        } finally {
            UploadFolder.delete(dir);
        }
    }

    private static void findingsShownOrNone() {
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Checked in"));
    }
}
