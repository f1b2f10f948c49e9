package io.blindspot.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workshop screens, driven as a facilitator would: the form, the completion board, the debrief, presenting. */
final class WorkshopPages {

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    WorkshopPages(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    /** Fills the new-workshop form with existing people (by the name typed into the picker) and submits it. */
    void createWorkshop(String title, String team, List<String> peopleNames) {
        driver.get(baseUrl + "/workshops");
        input("#workshop-title").sendKeys(title);
        input("#workshop-team").sendKeys(team);
        for (String name : peopleNames) {
            var picker = input("#workshop-people");
            // In the middle of the window: near its bottom-right corner the dev-mode Copilot button takes clicks.
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", picker);
            picker.click();
            picker.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            picker.sendKeys(name);
            var item = wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(e -> e.getText().startsWith(name))
                    .findFirst()
                    .orElse(null));
            item.click();
        }
        input("#workshop-people").sendKeys(Keys.ESCAPE);
        // A click on the page's own button, not wherever an overlay may still be fading out.
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].click();", driver.findElement(By.id("workshop-create")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".create-outcome .success")));
    }

    String outcome() {
        return driver.findElement(By.cssSelector(".create-outcome")).getText();
    }

    /** The completion board's readiness badge, once it has rendered. */
    WebElement board(long workshopId) {
        driver.get(baseUrl + "/workshops/" + workshopId + "/board");
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness")));
    }

    /** Opens the debrief and waits for its provenance line (the whole view renders in one round trip). */
    void openDebrief(long workshopId) {
        driver.get(baseUrl + "/workshops/" + workshopId + "/debrief");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".debrief-view .provenance")));
    }

    int namedDots() {
        return driver.findElements(By.cssSelector(".team-map .dot.named")).size();
    }

    int anonymousDots() {
        return driver.findElements(By.cssSelector(".team-map .dot.anonymous")).size();
    }

    List<String> findingTitles() {
        return driver.findElements(By.cssSelector(".finding-card h3")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void present() {
        driver.findElement(By.cssSelector("a.present-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".presentation .team-map")));
    }

    String slideHeading() {
        return driver.findElement(By.cssSelector(".presentation .slide h1")).getText();
    }

    String slidePosition() {
        return driver.findElement(By.cssSelector(".slide-position")).getText();
    }

    void press(Keys key) {
        String before = slidePosition();
        new Actions(driver).sendKeys(key).perform();
        if (key != Keys.ESCAPE) {
            wait.until(d -> !slidePosition().equals(before));
        }
    }

    /** Presses "Re-run the questionnaire for this team" in the debrief's follow-up section. */
    void rerunForTheTeam() {
        var button = wait.until(d -> d.findElements(By.cssSelector(".rerun-form vaadin-button")).stream()
                .filter(b -> b.getText().trim().equals("Re-run the questionnaire for this team"))
                .findFirst()
                .orElse(null));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    /** The later round's comparison: the movement map's arrows, once the section has rendered. */
    int movementArrows() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".follow-up-section .movement-map")));
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('.follow-up-section').scrollIntoView({block: 'start'});");
        return driver.findElements(By.cssSelector(".movement-map .move")).size();
    }

    String followUpText() {
        return driver.findElement(By.cssSelector(".follow-up-section")).getText();
    }

    void waitForUrlEnding(String end) {
        wait.until(d -> d.getCurrentUrl().endsWith(end));
    }

    private WebElement input(String fieldSelector) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(fieldSelector + " input")));
    }
}
