package io.blindspot.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR's rule editor, {@code rules/edit}: the file list, the buttons, the comment, the tabs, History.
 * The code editor itself is driven through {@link CodeEditorPage} ({@link #editor()}), the same page
 * object the editor element's own browser test uses.
 */
final class RuleEditorPage {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final CodeEditorPage editor;

    private RuleEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        this.editor = CodeEditorPage.on(driver, PATIENCE);
    }

    static RuleEditorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/rules/edit");
        return new RuleEditorPage(driver);
    }

    /** The code editor of the page. */
    CodeEditorPage editor() {
        return editor;
    }

    /** Picks the file in the list and waits until the editor shows a line with {@code expected}. */
    RuleEditorPage openFile(String name, String expected) {
        var item = wait.until(d -> d.findElements(By.cssSelector("vaadin-list-box vaadin-item")).stream()
                .filter(i -> i.getText().trim().equals(name))
                .findFirst()
                .orElse(null));
        script("arguments[0].click();", item);
        editor.waitForLineContaining(expected);
        return this;
    }

    /** Clicks the button with this text, found and clicked from script wherever the page is scrolled. */
    RuleEditorPage click(String buttonText) {
        // a script click does not move focus: leave the editor first so it sends what was typed
        script("if (document.activeElement) document.activeElement.blur();");
        wait.until(d -> Boolean.TRUE.equals(script(
                "const b = [...document.querySelectorAll('vaadin-button')]"
                        + ".find(b => b.textContent.trim() === arguments[0] && b.getClientRects().length > 0);"
                        + " if (!b) return false; b.click(); return true;",
                buttonText)));
        return this;
    }

    /**
     * Types into the text field with this label. The label is looked up as the field's property from
     * script: Vaadin sets {@code label} as a property, not as an attribute, and a field in a tab that
     * is not shown has no client rects (so it is skipped).
     */
    RuleEditorPage fill(String label, String value) {
        WebElement input = wait.until(d -> (WebElement) script(
                "const f = [...document.querySelectorAll('vaadin-text-field')]"
                        + ".find(f => f.label === arguments[0] && f.getClientRects().length > 0);"
                        + " return f ? f.querySelector('input') : null;",
                label));
        script("arguments[0].scrollIntoView({block: 'center'});", input);
        input.clear();
        input.sendKeys(value, Keys.TAB);
        return this;
    }

    RuleEditorPage tab(String label) {
        var tab = wait.until(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals(label))
                .findFirst()
                .orElse(null));
        script("arguments[0].click();", tab);
        return this;
    }

    /** Waits until the page's text contains this and returns the whole text. */
    String waitForText(String text) {
        return wait.until(d -> {
            String all = (String) script("return document.body.innerText;");
            return all.contains(text) ? all : null;
        });
    }

    void scrollTo(String text) {
        script(
                "const el = [...document.querySelectorAll('h3, h4, p, span')].find(e => e.textContent.includes(arguments[0]));"
                        + " if (el) el.scrollIntoView({block: 'start'});",
                text);
    }

    /**
     * Selects the row of this version in the history grid: its cell found and clicked from script
     * (the grid's cells are slotted into its shadow table, where Selenium's visibility check fails).
     */
    RuleEditorPage selectVersion(int version) {
        wait.until(d -> Boolean.TRUE.equals(script(
                "const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]"
                        + ".find(c => c.textContent.trim() === arguments[0] && c.getClientRects().length > 0);"
                        + " if (!cell) return false; cell.click(); return true;",
                String.valueOf(version))));
        return this;
    }

    /** Chooses an entry of the select with this label (e.g. "From version"). */
    RuleEditorPage choose(String selectLabel, String item) {
        var select = wait.until(d -> (WebElement) script(
                "return [...document.querySelectorAll('vaadin-select')]"
                        + ".find(s => s.label === arguments[0] && s.getClientRects().length > 0) || null;",
                selectLabel));
        script("arguments[0].opened = true;", select);
        var option = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().trim().equals(item))
                .findFirst()
                .orElse(null));
        option.click();
        return this;
    }

    /** The changed rows of the side-by-side diff(s) as "old → new", once there are any. */
    java.util.List<String> changedDiffRows() {
        return wait.until(d -> {
            @SuppressWarnings("unchecked")
            var rows = (java.util.List<String>)
                    script("const cells = [...document.querySelectorAll('.diff-table .diff-cell.diff-change')];"
                            + " const rows = []; for (let i = 0; i + 1 < cells.length; i += 2)"
                            + " rows.push(cells[i].textContent + ' → ' + cells[i + 1].textContent); return rows;");
            return rows.isEmpty() ? null : rows;
        });
    }

    /**
     * Scrolls the first changed row of the diff to the middle of the window and hides Vaadin's
     * development-mode popup, which would cover it in a screenshot.
     */
    void showFirstChange() {
        script("const tools = document.querySelector('vaadin-dev-tools'); if (tools) tools.style.display = 'none';"
                + " const cell = document.querySelector('.diff-table .diff-cell.diff-change');"
                + " if (cell) cell.scrollIntoView({block: 'center'});");
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
