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

/** HR's rule editor, {@code rules/edit}: files, the editor, Check, impact, Publish, History. */
final class RuleEditorPage {

    private static final String EDITOR = "blindspot-code-editor";

    private final WebDriver driver;
    private final WebDriverWait wait;

    private RuleEditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EDITOR + " .CodeMirror")));
    }

    static RuleEditorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/rules/edit");
        return new RuleEditorPage(driver);
    }

    /** Picks the file in the list and waits until the editor shows a line with {@code expected}. */
    RuleEditorPage openFile(String name, String expected) {
        var item = wait.until(d -> d.findElements(By.cssSelector("vaadin-list-box vaadin-item")).stream()
                .filter(i -> i.getText().trim().equals(name))
                .findFirst()
                .orElse(null));
        script("arguments[0].click();", item);
        wait.until(d -> lineContaining(expected) > 0);
        return this;
    }

    /** The 1-based number of the first line that contains the text. */
    int lineContaining(String text) {
        Long index = (Long) script(
                "const cm = document.querySelector('" + EDITOR + "').codeMirror;"
                        + " for (let i = 0; i < cm.lineCount(); i++) { if (cm.getLine(i).includes(arguments[0])) return i; }"
                        + " return -1;",
                text);
        return index.intValue() + 1;
    }

    /** Puts the cursor at the end of the line (1-based) and types, key by key. */
    RuleEditorPage typeAtEndOfLine(int line, CharSequence... keys) {
        script(
                "const cm = document.querySelector('" + EDITOR + "').codeMirror;"
                        + " cm.focus(); cm.setCursor({line: arguments[0], ch: cm.getLine(arguments[0]).length});",
                line - 1);
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    RuleEditorPage pressWithControl(CharSequence key) {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(key)
                .keyUp(Keys.CONTROL)
                .perform();
        return this;
    }

    String lineText(int line) {
        return (String)
                script("return document.querySelector('" + EDITOR + "').codeMirror.getLine(arguments[0]);", line - 1);
    }

    /** The line numbers beside the gutter's markers, once there are any. */
    List<String> markedLines() {
        return wait.until(d -> {
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) script("return [...document.querySelectorAll('" + EDITOR
                    + " .CodeMirror-gutter-elt > .CodeMirror-lint-marker')].map(m =>"
                    + " m.closest('.CodeMirror-gutter-wrapper').querySelector('.CodeMirror-linenumber').textContent);");
            return lines.isEmpty() ? null : lines;
        });
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

    RuleEditorPage fill(String label, String value) {
        WebElement field = wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field")).stream()
                .filter(f -> f.isDisplayed() && label.equals(f.getAttribute("label")))
                .findFirst()
                .orElse(null));
        var input = field.findElement(By.cssSelector("input"));
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

    /** Selects the row of this version in the history grid. */
    RuleEditorPage selectVersion(int version) {
        var cell = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().trim().equals(String.valueOf(version)))
                .findFirst()
                .orElse(null));
        cell.click();
        return this;
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }
}
