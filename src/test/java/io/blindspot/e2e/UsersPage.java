package io.blindspot.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' users view, driven as a person would: type, tick, click a row, press buttons. */
final class UsersPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    UsersPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    static UsersPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/users");
        var page = new UsersPage(driver);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users-grid")));
        return page;
    }

    /** Fills the new-person form and creates the account; returns the one-time link shown to copy. */
    String createPerson(String name, String email, String username, List<String> roleLabels) {
        click(By.id("users-add"));
        // TAB commits each field, as leaving it does: the click below goes through the DOM and moves no focus
        input("#person-name").sendKeys(name, Keys.TAB);
        input("#person-email").sendKeys(email, Keys.TAB);
        input("#person-username").sendKeys(username, Keys.TAB);
        tickExactly("#person-roles", roleLabels);
        click(By.id("person-create"));
        return wait.until(d -> {
            Object link =
                    js("const f = document.querySelector('#issued-link'); return f && !f.hidden ? f.value : null;");
            return link instanceof String s && !s.isBlank() ? s : null;
        });
    }

    /**
     * Types the username into the search field and waits until the list shows only that person: the
     * field sends its value after a pause in typing, and a list replaced after a click would take
     * the click's row away.
     */
    void search(String text) {
        var field = input("#users-search");
        if (!text.equals(field.getDomProperty("value"))) {
            // one burst of keys: a pause after clearing would send the empty filter on its own
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.TAB);
        }
        wait.until(d -> idle() && gridShowsOnly(text));
    }

    /** Finds the person by their username, clicks their single row and waits for the editor to show them. */
    void select(String username) {
        search(username);
        var cell = wait.until(d -> d.findElements(By.cssSelector("#users-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(username))
                .findFirst()
                .orElse(null));
        jsClick(cell);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".account-editor h3"), "(" + username + ")"));
        wait.until(d -> idle());
    }

    String rowText(String username) {
        search(username);
        return wait.until(d -> {
            Object text = js(
                    "const g = document.querySelector('#users-grid');"
                            + " return Array.from(g.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');");
            return text instanceof String s && s.contains(username) ? s : null;
        });
    }

    void setRoles(List<String> roleLabels) {
        tickExactly("#account-roles", roleLabels);
        // save only once the boxes show exactly what was asked for, so a lost click shows up here
        wait.until(d -> tickedRoles().stream()
                .map(String::trim)
                .sorted()
                .toList()
                .equals(roleLabels.stream().sorted().toList()));
        click(By.id("account-save-roles"));
    }

    void unlock() {
        click(By.id("account-unlock"));
    }

    void deactivate() {
        click(By.id("account-deactivate"));
    }

    /** Waits until the page's message line says something containing the text, and returns it. */
    String waitForMessage(String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-message"), expected));
        return driver.findElement(By.id("users-message")).getText();
    }

    String status() {
        return driver.findElement(By.id("account-status")).getText();
    }

    boolean unlockShown() {
        return driver.findElements(By.id("account-unlock")).stream().anyMatch(WebElement::isDisplayed);
    }

    List<String> tickedRoles() {
        return driver.findElements(By.cssSelector("#account-roles vaadin-checkbox")).stream()
                .filter(box -> "true".equals(box.getDomProperty("checked")))
                .map(WebElement::getText)
                .toList();
    }

    /** Ticks exactly the boxes with these labels, one at a time, each change on the server before the next. */
    private void tickExactly(String group, List<String> labels) {
        for (String label : boxLabels(group)) {
            boolean wanted = labels.contains(label);
            if (ticked(group, label) != wanted) {
                jsClick(box(group, label).findElement(By.tagName("input")));
                wait.until(d -> idle() && ticked(group, label) == wanted);
            }
        }
    }

    private List<String> boxLabels(String group) {
        return driver.findElements(By.cssSelector(group + " vaadin-checkbox")).stream()
                .map(box -> box.getText().trim())
                .toList();
    }

    private WebElement box(String group, String label) {
        return driver.findElements(By.cssSelector(group + " vaadin-checkbox")).stream()
                .filter(box -> box.getText().trim().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box labelled " + label + " in " + group));
    }

    private boolean ticked(String group, String label) {
        return "true".equals(box(group, label).getDomProperty("checked"));
    }

    /** Whether the Vaadin client has nothing on its way to or from the server. */
    private boolean idle() {
        return Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());"));
    }

    /** Whether the list holds exactly one person, the one with this username. */
    private boolean gridShowsOnly(String username) {
        return Boolean.TRUE.equals(js(
                "const g = document.querySelector('#users-grid'); if (!g || g.size !== 1) return false;"
                        + " return Array.from(g.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".some(c => c.textContent.trim() === arguments[0]);",
                username));
    }

    private void click(By by) {
        jsClick(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** A click through the DOM: the development-mode notice in a corner must not swallow it. */
    private void jsClick(WebElement element) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private WebElement input(String fieldSelector) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(fieldSelector + " input")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
