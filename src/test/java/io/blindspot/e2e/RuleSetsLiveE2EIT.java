package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.support.ApiClient;
import io.blindspot.support.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * HR's Rule sets page stays open while a new version is published over the API (as another HR
 * author or a CI job would): the page shows the new live version and its row without a reload.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {BrowserServer.OWN_DATABASE, BrowserServer.SHORT_SESSIONS, BrowserServer.TEN_SECOND_HEARTBEAT})
@ActiveProfiles("test")
class RuleSetsLiveE2EIT {

    static final String EXTRA_RULE =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;

            rule "Live refresh probe"
            when
                Team( size < 0 )
            then
                insert( Finding.of( "NEVER", Severity.INFO ).withTitle( "t" ).withExplanation( "e" ) );
            end
            """;

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_version_published_over_the_api_appears_on_the_open_rule_sets_page_without_a_reload() throws Exception {
        var api = new ApiClient(port);
        int live = json.readTree(api.get("/api/v1/rules", "hr").body())
                .get("version")
                .asInt();
        WebDriver browser = Chromium.start();
        try {
            LoginPage.open(browser, "http://localhost:" + port).logInAs("hr", "demo");
            browser.get("http://localhost:" + port + "/rules");
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
            wait.until(d -> pageText(d).contains("Version " + live + " is live."));
            // A reload would start a new document and lose this mark.
            ((JavascriptExecutor) browser).executeScript("window.blindspotSamePage = true;");

            var body = json.createObjectNode();
            body.putArray("files").addObject().put("name", "live-refresh.drl").put("content", EXTRA_RULE);
            body.put("mode", "overlay").put("baseVersion", live).put("comment", "published while the page is open");
            var published = api.postJson("/api/v1/rules/publish", "hr", body.toString());
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            int version = json.readTree(published.body()).get("version").asInt();

            wait.until(d -> pageText(d).contains("Version " + version + " is live."));
            wait.until(d -> gridText(d).contains("published while the page is open"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.blindspotSamePage === true;"))
                    .as("the page was not reloaded")
                    .isEqualTo(true);
            Chromium.screenshot(browser, "rule-sets-live-refresh");
        } finally {
            browser.quit();
        }
    }

    private static String pageText(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The grid's cells are slotted light-DOM content of vaadin-grid. */
    private static String gridText(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent).join(' | ');");
    }
}
