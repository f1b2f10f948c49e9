package io.blindspot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, each browser with a fresh profile. Browser suites
 * are skipped loudly when they are not installed, unless -Dblindspot.require.browser=true.
 */
public final class Chromium implements BeforeAllCallback {

    static final Path BROWSER = Path.of(System.getProperty("blindspot.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("blindspot.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            RequiredService.absent(
                    "Chromium",
                    "blindspot.require.browser",
                    BROWSER + " or " + DRIVER + " is missing; apt-get install chromium chromium-driver");
        }
    }

    /** A new headless browser with its own empty profile; the caller quits it. */
    public static WebDriver start() {
        return start(new ChromeOptions());
    }

    /**
     * A new headless browser whose console (errors, and every Content-Security-Policy violation,
     * which Chromium reports there as an error) the test reads with {@link #consoleProblems}.
     */
    public static WebDriver startRecordingConsole() {
        var options = new ChromeOptions();
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var driver = (ChromeDriver) start(options);
        // Belt and braces: a violation event is also written to the console, in case Chromium's own
        // message for some directive came at a lower level.
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "document.addEventListener('securitypolicyviolation', e => console.error("
                                + "'securitypolicyviolation: ' + e.violatedDirective + ' blocked ' + e.blockedURI"
                                + " + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
        return driver;
    }

    /** Console errors and CSP violations since the last call (each entry is returned once). */
    public static java.util.List<String> consoleProblems(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        || entry.getMessage().contains("Content Security Policy")
                        || entry.getMessage().contains("securitypolicyviolation"))
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Every console line since the last read, for a failure message. */
    public static java.util.List<String> consoleLog(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /**
     * A new headless browser that asks for German: its interface language and the Accept-Language
     * header it sends, as a browser set up in German does; the caller quits it.
     */
    public static WebDriver startInGerman() {
        var options = new ChromeOptions();
        options.addArguments("--lang=de-DE");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
        return start(options);
    }

    /** A new headless browser emulating a phone with a touch screen and no mouse; the caller quits it. */
    public static WebDriver startTouchPhone() {
        var options = new ChromeOptions();
        options.setExperimentalOption(
                "mobileEmulation",
                java.util.Map.of(
                        "deviceMetrics",
                        java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/126.0 Mobile Safari/537.36"));
        return start(options);
    }

    private static WebDriver start(ChromeOptions options) {
        try {
            options.setBinary(BROWSER.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("blindspot-chromium"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile folder", e);
        }
    }

    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write screenshot " + name, e);
        }
    }
}
