package io.blindspot.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The questionnaire, answered with the keyboard as a person would. */
final class QuestionnairePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    /** Logs in as a demo person (password "demo") and opens the questionnaire with this id. */
    static QuestionnairePage openAs(WebDriver browser, String base, String username, long assessmentId) {
        LoginPage.open(browser, base).logInAs(username, "demo");
        browser.get(base + "/assessment/" + assessmentId);
        return new QuestionnairePage(browser);
    }

    QuestionnairePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".questionnaire-view .statement")));
    }

    /** Presses a digit key on whatever statement has focus and waits until the answer is saved. */
    void pressKey(String key, int answeredAfter) {
        // Focus moves to the next statement just after the previous answer is saved; a key pressed
        // before that would change the previous answer instead of giving a new one.
        wait.until(d -> Boolean.TRUE.equals(js("const g = document.activeElement"
                + " && document.activeElement.closest('.statement');"
                + " return !!g && !g.querySelector('input[type=radio]:checked');")));
        new Actions(driver).sendKeys(key).perform();
        try {
            wait.until(d -> progress().startsWith(answeredAfter + " of "));
        } catch (org.openqa.selenium.TimeoutException e) {
            io.blindspot.support.Chromium.screenshot(driver, "questionnaire-key-failed");
            throw new AssertionError(
                    "Key " + key + " did not save; focus on "
                            + js(
                                    "const a = document.activeElement; return a ? a.tagName + ' ' + a.outerHTML.substring(0, 200) : 'none';")
                            + ", progress " + progress(),
                    e);
        }
    }

    /**
     * Presses a digit key and returns the moment the page acknowledges the answer (the progress
     * text changes), polled in the page every few milliseconds rather than by WebDriver every 500.
     */
    void pressKeyReturningOnAcknowledgement(String key, int answeredAfter) {
        awaitInPage("const g = document.activeElement && document.activeElement.closest('.statement');"
                + " return !!g && !g.querySelector('input[type=radio]:checked');");
        new Actions(driver).sendKeys(key).perform();
        if (!awaitInPage("return document.querySelector('.progress-text').textContent.startsWith('" + answeredAfter
                + " of ');")) {
            throw new AssertionError("Key " + key + " was not acknowledged; progress " + progress());
        }
    }

    /** Polls a condition inside the page every 2 ms (up to 20 s); true once it holds. */
    private boolean awaitInPage(String condition) {
        Object held = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1]; const started = Date.now();"
                        + " const holds = () => { " + condition + " };"
                        + " const poll = () => { if (holds()) done(true);"
                        + "   else if (Date.now() - started > 20000) done(false); else setTimeout(poll, 2); };"
                        + " poll();");
        return Boolean.TRUE.equals(held);
    }

    String progress() {
        return (String) js("return document.querySelector('.progress-text').textContent;");
    }

    String firstStatementLabel() {
        return (String) js("return document.querySelector('.statement legend').textContent;");
    }

    @SuppressWarnings("unchecked")
    List<String> valuesOnPage() {
        return (List<String>) js("return Array.from(document.querySelectorAll('.statement')).map(g => {"
                + " const r = g.querySelector('input[type=radio]:checked'); return r ? r.value : ''; });");
    }

    /** The legend of the statement holding keyboard focus, once focus has landed on one (the page moves it a moment after showing). */
    String focusedStatementLabel() {
        return wait.until(
                d -> (String) js("const g = document.activeElement && document.activeElement.closest('.statement');"
                        + " return g ? g.querySelector('legend').textContent : null;"));
    }

    void back() {
        String before = firstStatementLabel();
        click("Back");
        wait.until(d -> !before.equals(firstStatementLabel()));
    }

    void next() {
        String before = firstStatementLabel();
        click("Next");
        wait.until(d -> !before.equals(firstStatementLabel()));
    }

    ReportPage submit() {
        click("Submit");
        return new ReportPage(driver);
    }

    private void click(String button) {
        var element = driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + button + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", element);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The personal report shown after submitting. */
    static final class ReportPage {

        private final WebDriver driver;

        ReportPage(WebDriver driver) {
            this.driver = driver;
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-view .style-map")));
        }

        String text() {
            return driver.findElement(By.cssSelector(".report-view")).getText();
        }
    }
}
