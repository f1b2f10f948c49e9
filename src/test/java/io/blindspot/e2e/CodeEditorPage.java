package io.blindspot.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The code editor element ({@code blindspot-code-editor}) on a page: typing, keys, lines, gutter
 * markers, underlines, tooltips, completions. Opened on the test-only page {@code test/code-editor}
 * (its problems list, buttons that make the server set diagnostics or open other files, and what the
 * server received shown as text), or {@linkplain #on attached} to the editor of another page such as
 * the rule editor.
 */
final class CodeEditorPage {

    private static final String EDITOR = "blindspot-code-editor";

    private final WebDriver driver;
    private final WebDriverWait wait;

    private CodeEditorPage(WebDriver driver) {
        this(driver, Duration.ofSeconds(30));
    }

    private CodeEditorPage(WebDriver driver, Duration patience) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience, Duration.ofMillis(100));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(EDITOR + " .CodeMirror")));
    }

    /** The editor on the page the browser shows now, waiting up to {@code patience} for it. */
    static CodeEditorPage on(WebDriver driver, Duration patience) {
        return new CodeEditorPage(driver, patience);
    }

    static CodeEditorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/test/code-editor");
        return new CodeEditorPage(driver);
    }

    /** A page that holds the element without Vaadin, e.g. a static test page. */
    static CodeEditorPage openStatic(WebDriver driver, String url) {
        driver.get(url);
        return new CodeEditorPage(driver);
    }

    /** Clicks into the given line (1-based), moves to its end with the End key and types. */
    CodeEditorPage typeAtEndOfLine(int line, CharSequence... keys) {
        driver.findElements(By.cssSelector(EDITOR + " .CodeMirror-line"))
                .get(line - 1)
                .click();
        new Actions(driver).sendKeys(Keys.END).sendKeys(keys).perform();
        return this;
    }

    /**
     * Puts the cursor at the end of the line (1-based) through CodeMirror and types. For long files:
     * CodeMirror renders only the lines in view, so a line far down cannot be clicked.
     */
    CodeEditorPage typeAtEndOfFarLine(int line, CharSequence... keys) {
        script(
                "const cm = document.querySelector('" + EDITOR + "').codeMirror;"
                        + " cm.focus(); cm.setCursor({line: arguments[0], ch: cm.getLine(arguments[0]).length});",
                line - 1);
        return type(keys);
    }

    /** The 1-based number of the first line that contains the text, 0 when none does. */
    int lineContaining(String text) {
        Long index = (Long) script(
                "const cm = document.querySelector('" + EDITOR + "').codeMirror;"
                        + " for (let i = 0; i < cm.lineCount(); i++) { if (cm.getLine(i).includes(arguments[0])) return i; }"
                        + " return -1;",
                text);
        return index.intValue() + 1;
    }

    /** Waits until a line contains the text (e.g. after the server opened another file); its number. */
    int waitForLineContaining(String text) {
        return wait.until(d -> {
            int line = lineContaining(text);
            return line > 0 ? line : null;
        });
    }

    /** The line numbers beside the gutter's markers, once there are any. */
    List<String> markedLines() {
        return gutterMarkers().stream().map(this::lineNumberBeside).toList();
    }

    /** Types where the cursor is, key by key as a person would. */
    CodeEditorPage type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    CodeEditorPage pressWithControl(CharSequence key) {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(key)
                .keyUp(Keys.CONTROL)
                .perform();
        return this;
    }

    CodeEditorPage pressWithShift(CharSequence key) {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT).perform();
        return this;
    }

    /** Records whether the next key press's browser default (such as "save page") was prevented. */
    CodeEditorPage watchDefaultActions() {
        script("window.__lastKeyPrevented = null;"
                + " window.addEventListener('keydown', e => window.__lastKeyPrevented = e.defaultPrevented);");
        return this;
    }

    boolean lastKeyDefaultPrevented() {
        return Boolean.TRUE.equals(script("return window.__lastKeyPrevented;"));
    }

    /**
     * Presses one of the test page's own buttons (not part of the editor). Clicked from script:
     * Vaadin's development-mode popup may cover the corner where the button sits.
     */
    CodeEditorPage click(String buttonId) {
        var button = wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId)));
        script("arguments[0].click();", button);
        return this;
    }

    /** Waits until the element with this id shows text that passes the check, and returns it. */
    String waitForStatus(String id, Function<String, Boolean> check) {
        return wait.until(d -> {
            String text = (String) script("return document.getElementById(arguments[0]).textContent;", id);
            return check.apply(text) ? text : null;
        });
    }

    String status(String id) {
        return (String) script("return document.getElementById(arguments[0]).textContent;", id);
    }

    String editorText() {
        return (String) script("return document.querySelector('" + EDITOR + "').value;");
    }

    String lineText(int line) {
        return (String)
                script("return document.querySelector('" + EDITOR + "').codeMirror.getLine(arguments[0]);", line - 1);
    }

    /** The 1-based line the cursor is on. */
    long cursorLine() {
        return (Long) script("return document.querySelector('" + EDITOR + "').codeMirror.getCursor().line + 1;");
    }

    boolean focusIsInEditor() {
        return Boolean.TRUE.equals(
                script("return document.querySelector('" + EDITOR + "').contains(document.activeElement);"));
    }

    String codeMirrorMode() {
        return (String) script("return document.querySelector('" + EDITOR + "').codeMirror.getMode().name;");
    }

    /** The gutter markers, each with the line number shown beside it and its severity class. */
    List<WebElement> gutterMarkers() {
        return wait.until(d -> {
            var markers = d.findElements(By.cssSelector(EDITOR + " .CodeMirror-gutter-elt > .CodeMirror-lint-marker"));
            return markers.isEmpty() ? null : markers;
        });
    }

    String lineNumberBeside(WebElement gutterMarker) {
        return (String) script(
                "return arguments[0].closest('.CodeMirror-gutter-wrapper')"
                        + ".querySelector('.CodeMirror-linenumber').textContent;",
                gutterMarker);
    }

    /** The underlined text of this severity on each line, as "line: text". */
    List<String> underlines(String severity) {
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) script(
                "const lines = new Map();"
                        + " document.querySelectorAll('" + EDITOR + " .CodeMirror-lint-mark-' + arguments[0])"
                        + ".forEach(m => { const n = m.closest('.CodeMirror-code > div')"
                        + ".querySelector('.CodeMirror-linenumber').textContent;"
                        + " lines.set(n, (lines.get(n) || '') + m.textContent); });"
                        + " return [...lines].map(([n, text]) => n + ': ' + text);",
                severity);
        return marks;
    }

    /** Hovers the marker and returns the tooltip's text. */
    String tooltipOf(WebElement gutterMarker) {
        new Actions(driver).moveToElement(gutterMarker).perform();
        return wait.until(d -> d.findElements(By.cssSelector(".CodeMirror-lint-tooltip")).stream()
                        .findFirst()
                        .orElse(null))
                .getText();
    }

    List<WebElement> problemEntries() {
        return wait.until(d -> {
            var entries = d.findElements(By.cssSelector(".problems-list-entry"));
            return entries.isEmpty() ? null : entries;
        });
    }

    List<String> completionsShown() {
        // One script call: CodeMirror rebuilds the list on every key, so elements found one call
        // earlier may already be gone.
        return wait.until(d -> {
            Object texts = ((JavascriptExecutor) d)
                    .executeScript("return Array.from(document.querySelectorAll('.CodeMirror-hints .CodeMirror-hint'))"
                            + ".map(h => h.textContent);");
            return texts instanceof List<?> list && !list.isEmpty()
                    ? list.stream().map(String::valueOf).toList()
                    : null;
        });
    }

    /** The text of the element that has the focus, or its tag when it has none. */
    String focusedElement() {
        return (String) script(
                "const e = document.activeElement; return (e.textContent || '').trim() || e.tagName.toLowerCase();");
    }

    String cssClassesOfWord(String word) {
        return (String) script(
                "return [...document.querySelectorAll('" + EDITOR + " .CodeMirror-line span span')]"
                        + ".filter(s => s.textContent === arguments[0]).map(s => s.className).join(' ');",
                word);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
