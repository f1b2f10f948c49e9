package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import io.blindspot.support.FreshAssessments;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The retry state in a real browser. A participant answers; then the server really cannot store
 * the next answer, because the test holds every connection of the server's (three-connection)
 * pool, as the 1,000 respondents did with the ten of production. The statement says "Not
 * saved — retrying" with the answer still chosen; once the connections are back the page's own
 * retry stores it, the statement says "Saved", and the answer is in the database. Its own
 * database, so no other browser test is disturbed.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            BrowserServer.RETRY_DATABASE,
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.minimum-idle=3",
            "spring.datasource.hikari.connection-timeout=250"
        })
@ActiveProfiles("test")
class QuestionnaireRetryE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    final List<Connection> held = new ArrayList<>();
    FreshAssessments fresh;
    long id;
    WebDriver browser;

    @BeforeEach
    void assignAnAssessment() {
        fresh = new FreshAssessments(context);
        id = fresh.assignTo("executive");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        giveBackTheConnections();
        if (browser != null) {
            browser.quit();
        }
        fresh.removeAll();
    }

    @Test
    void an_answer_the_server_cannot_store_shows_retrying_stays_chosen_and_is_stored_once_the_database_is_back()
            throws SQLException {
        browser = Chromium.start();
        QuestionnairePage.openAs(browser, "http://localhost:" + port, "executive", id);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
        choose(0, 4);
        wait.until(d -> progress().startsWith("1 of 40"));
        wait.until(d -> status(0).startsWith("✓ Saved"));

        takeEveryConnection();
        choose(1, 2);

        wait.until(d -> status(1).equals("Not saved — retrying"));
        assertThat(chosen(1)).as("the answer stays chosen").isEqualTo("2");
        assertThat(js("return document.querySelectorAll('.statement')[1].classList.contains('invalid');"))
                .isEqualTo(true);
        assertThat(savedIndicator()).isEqualTo("Not saved — retrying: statement 2");
        assertThat(progress()).startsWith("1 of 40");
        assertThat(status(0))
                .as("the first answer's own acknowledgement stands")
                .startsWith("✓ Saved");
        Chromium.screenshot(browser, "questionnaire-retrying");
        // A retry or two fails while the connections are held (the page polls after 1, then 2 s).
        sleep(3500);
        assertThat(status(1)).isEqualTo("Not saved — retrying");
        assertThat(chosen(1)).isEqualTo("2");

        giveBackTheConnections();

        wait.until(d -> status(1).startsWith("✓ Saved"));
        assertThat(chosen(1)).isEqualTo("2");
        assertThat(progress()).startsWith("2 of 40");
        assertThat(savedIndicator()).isEqualTo("✓ Saved: statement 2");
        assertThat(new JdbcTemplate(dataSource)
                        .queryForList(
                                "select answer_value from answer where assessment_id = ? order by answer_value",
                                Integer.class,
                                id))
                .containsExactly(2, 4);
    }

    private void choose(int statement, int answer) {
        var radio = browser.findElements(By.cssSelector(".statement"))
                .get(statement)
                .findElement(By.cssSelector("input[type=radio][value='" + answer + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
    }

    private String chosen(int statement) {
        return (String) js("const r = document.querySelectorAll('.statement')[" + statement
                + "].querySelector('input[type=radio]:checked'); return r ? r.value : null;");
    }

    private String status(int statement) {
        return ((String) js("return document.querySelectorAll('.statement')[" + statement
                        + "].querySelector('.statement-status').textContent;"))
                .trim();
    }

    private String progress() {
        return (String) js("return document.querySelector('.progress-text').textContent;");
    }

    private String savedIndicator() {
        return ((String) js("return document.querySelector('.saved-indicator').textContent;")).trim();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Every connection of the pool, taken as they come free (the server may be using one). */
    private void takeEveryConnection() {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (held.size() < 3) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException busy) {
                if (System.nanoTime() > until) {
                    throw new AssertionError("Could not take the pool's three connections", busy);
                }
            }
        }
    }

    private void giveBackTheConnections() throws SQLException {
        for (var connection : held) {
            connection.close();
        }
        held.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
