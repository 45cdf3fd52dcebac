package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nianbao.storage.DatabaseConfig;
import org.nianbao.testkit.Corpus;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reviewer's day in a real browser (Debian's headless Chromium, installed by {@code .ci/run}): log in, upload the
 * seeds, see report 002's wrong totals highlighted, correct one, download the DOCX. Skipped where Chromium or its
 * driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Path data;
    private Path downloads;
    private TestServer server;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (Debian: chromium chromium-driver)");
        data = Files.createTempDirectory("nianbao-browser");
        downloads = Files.createTempDirectory("nianbao-downloads");
        server = new TestServer(DatabaseConfig.h2(data), data);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("nianbao-chromium"));
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void aReviewerUploadsTheSeedsSeesTheErrorsCorrectsACellAndDownloadsTheDocx() throws IOException {
        browser.get(url("/reports"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        waiting().until(driver -> driver.getCurrentUrl().endsWith("/reports"));

        browser.get(url("/reports/upload"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("seeds"))) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        assertThat(seeds).hasSize(5);
        browser.findElement(By.id("file")).sendKeys(
                seeds.stream().map(Path::toString).collect(Collectors.joining("\n")));
        browser.findElement(By.id("upload")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector("#progress li.ok")).size() == seeds.size());

        WebElement seed002 = browser.findElements(By.cssSelector("#progress li")).stream()
                .filter(item -> item.getText().contains("002_9375a95e759e8e3f")).findFirst().orElseThrow();
        assertThat(seed002.getText()).contains("错误 2 项");
        seed002.findElement(By.tagName("a")).click();
        waiting().until(driver -> !driver.findElements(By.id("report-title")).isEmpty());

        List<WebElement> wrong = browser.findElements(By.cssSelector("table.grid td.wrong.error"));
        assertThat(wrong).extracting(cell -> cell.getAttribute("data-cell")).contains(
                "applications.result_total.natural_person", "applications.result_total.total");
        WebElement total = browser.findElement(
                By.cssSelector("td[data-cell='applications.result_total.natural_person']"));
        assertThat(total.getText()).isEqualTo("48");
        assertThat(total.getAttribute("title")).contains("45");

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", total);
        screenshot("report-002-table3.png"); // for people reading the test run (and docs/images)

        total.findElement(By.tagName("a")).click(); // fills the correction form
        assertThat(browser.findElement(By.id("cell")).getAttribute("value"))
                .isEqualTo("applications.result_total.natural_person");
        WebElement value = browser.findElement(By.id("value"));
        value.clear();
        value.sendKeys("45");
        browser.findElement(By.id("reason")).sendKeys("按原件核对，自然人总计应为45");
        browser.findElement(By.id("save-correction")).click();
        waiting().until(driver -> driver.findElements(By.cssSelector("p.notice")).stream()
                .anyMatch(notice -> notice.getText().contains("已保存第 2 版")));
        WebElement corrected = browser.findElement(
                By.cssSelector("td[data-cell='applications.result_total.natural_person']"));
        assertThat(corrected.getText()).isEqualTo("45");
        assertThat(corrected.getAttribute("class")).doesNotContain("wrong");
        assertThat(browser.findElement(By.cssSelector("table.versions")).getText())
                .contains("第 1 版").contains("第 2 版").contains("按原件核对");

        browser.findElement(By.id("download-docx")).click();
        Path docx = waitForDownload(".docx");
        byte[] bytes = Files.readAllBytes(docx);
        assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(docx.getFileName().toString()).contains("偃师区人民政府-2021-v2");
    }

    /** Keeps what the browser shows under target/screenshots, to look at after the run. */
    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(directory.resolve(name), png);
    }

    private Path waitForDownload(String extension) {
        return waiting().until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
