package io.blindspot.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Records what headless Chromium exchanges with a running server while a respondent logs in, opens
 * the home page, starts its questionnaire, answers statement 1 with "1" and clicks Next: the
 * files under src/load/resources/io/blindspot/load that the driver's tests replay. Not a test.
 *
 * <pre>
 * java -cp target/test-classes:$(cat cp.txt) io.blindspot.load.RecordTraffic http://localhost:18140 load-300 load-respondent-pw src/load/resources/io/blindspot/load
 * </pre>
 *
 * Every UIDL request after the home page is written, in order, to {@code traffic.txt} as well, so
 * one can see that nothing else was sent (e.g. no message when a page of statements appears).
 */
public final class RecordTraffic {

    private RecordTraffic() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        Path out = Path.of(args[3]);
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("record-chromium"));
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.get(base + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                    .sendKeys(user);
            driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".assessment-action")));
            Thread.sleep(1500);
            var home = exchanges(driver);
            write(out, "home-init.json", last(home, "v-r=init").response);
            write(out, "home-navigate.uidl", firstAfterLast(home, "v-r=init", "v-r=uidl").response);

            driver.findElement(By.cssSelector(".assessment-action")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".statement input[type=radio]")));
            Thread.sleep(1500);
            var start = exchanges(driver);
            driver.findElement(By.cssSelector(".statement input[type=radio][value='1']"))
                    .click();
            wait.until(d -> ((String) ((JavascriptExecutor) d)
                            .executeScript("return document.querySelector('.progress-text').textContent"))
                    .startsWith("1 of"));
            Thread.sleep(1500);
            var answer = exchanges(driver);
            ((JavascriptExecutor) driver)
                    .executeScript("Array.from(document.querySelectorAll('vaadin-button'))"
                            + ".find(b => b.textContent.trim() === 'Next').click()");
            wait.until(d -> ((String) ((JavascriptExecutor) d)
                            .executeScript("return document.querySelector('.statement legend').textContent"))
                    .startsWith("6."));
            Thread.sleep(1500);
            var next = exchanges(driver);

            write(out, "start-click.request.json", last(start, "v-r=uidl").request);
            write(out, "start-click.uidl", last(start, "v-r=uidl").response);
            write(out, "answer.request.json", last(answer, "v-r=uidl").request);
            write(out, "answer.uidl", last(answer, "v-r=uidl").response);
            write(out, "next-click.request.json", last(next, "v-r=uidl").request);
            write(out, "next-click.uidl", last(next, "v-r=uidl").response);
            var traffic = new StringBuilder();
            for (var round : List.of(start, answer, next)) {
                for (var e : round) {
                    traffic.append(e.url).append('\n').append(e.request).append("\n\n");
                }
                traffic.append("----\n");
            }
            write(out, "traffic.txt", traffic.toString());
        } finally {
            driver.quit();
        }
    }

    record Exchange(String url, String request, String response) {}

    /** The XHR/fetch exchanges since the last call, with their bodies. */
    private static List<Exchange> exchanges(ChromeDriver driver) throws Exception {
        var found = new ArrayList<Exchange>();
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            JsonNode message = VaadinUi.JSON.readTree(entry.getMessage()).get("message");
            if (!"Network.requestWillBeSent".equals(message.path("method").asText())) {
                continue;
            }
            JsonNode request = message.path("params").path("request");
            String url = request.path("url").asText();
            if (!url.contains("v-r=")) {
                continue;
            }
            String id = message.path("params").path("requestId").asText();
            String body = "";
            for (int attempt = 0; attempt < 20 && body.isEmpty(); attempt++) {
                try {
                    body = String.valueOf(driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", id))
                            .get("body"));
                } catch (RuntimeException notYet) {
                    Thread.sleep(250);
                }
            }
            found.add(new Exchange(url, request.path("postData").asText(""), body));
        }
        return found;
    }

    private static Exchange last(List<Exchange> exchanges, String kind) {
        for (int i = exchanges.size() - 1; i >= 0; i--) {
            if (exchanges.get(i).url.contains(kind)) {
                return exchanges.get(i);
            }
        }
        throw new IllegalStateException("No " + kind + " request among " + exchanges.size());
    }

    /** The first {@code kind} exchange after the last {@code after} one (the navigation after a bootstrap). */
    private static Exchange firstAfterLast(List<Exchange> exchanges, String after, String kind) {
        int from = exchanges.indexOf(last(exchanges, after));
        return exchanges.subList(from + 1, exchanges.size()).stream()
                .filter(e -> e.url.contains(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " after " + after));
    }

    private static void write(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }
}
