package org.kpcs.gateway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, with a fresh profile and without
 * the background connections this machine refuses; its console read after each page, its screenshots kept.
 */
final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "the browser tests need Debian's chromium and chromium-driver (scripts/test.sh installs them:"
                            + " apt-get install chromium chromium-driver)");
        }
        try {
            profile = Files.createTempDirectory("kpcs-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1600",
                "--user-data-dir=" + profile);
        // the dashboard's certificate comes from the organisation's own Fabric CA, which Chromium does not know
        options.setAcceptInsecureCerts(true);
        final LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(final String url) {
        driver.get(url);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The first such element's text, read again when a live refresh replaced it between finding and reading. */
    String text(final By element) {
        try {
            return firstText(element);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return firstText(element);
        }
    }

    private String firstText(final By element) {
        return driver.findElements(element).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse("");
    }

    /** Types TEXT into the form field, as a scanner or a paste would, and presses Enter to submit its form. */
    void enter(final By field, final String text) {
        final org.openqa.selenium.WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.ENTER);
    }

    /** The console's errors since the last call (the browser hands each entry over once). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /** A screenshot of the window as FILE (PNG). */
    void screenshot(final Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
