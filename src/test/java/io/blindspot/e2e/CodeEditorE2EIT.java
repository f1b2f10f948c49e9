package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rule editor component in a real Chromium, on the test-only page {@code test/code-editor}
 * (src/test). HR logs in first, so CodeMirror's WebJar and the element's script are fetched
 * through the real security chain.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeEditorE2EIT {

    @LocalServerPort
    int port;

    WebDriver browser;
    CodeEditorPage page;

    /** One browser and one login for the class; each test opens the page afresh, so gets a new view. */
    @BeforeAll
    void logInAsHr() {
        browser = Chromium.start();
        LoginPage.open(browser, base()).logInAs("hr", "demo");
    }

    @BeforeEach
    void openTheEditor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        page = CodeEditorPage.open(browser, base());
    }

    @AfterAll
    void quitBrowser() {
        browser.quit();
    }

    @Test
    void typing_reaches_the_server_after_a_pause_as_one_value_change_not_one_per_key() {
        page.typeAtEndOfLine(3, " // high D");

        String serverValue = page.waitForStatus("server-value", text -> text.contains("// high D"));

        assertThat(serverValue).isEqualTo(page.editorText());
        assertThat(serverValue.lines().toList().get(2)).isEqualTo("    TeamMembr( d >= params.high ) // high D");
        assertThat(Integer.parseInt(page.status("value-changes")))
                .as("ten keys typed without a pause make one value change, at most two")
                .isBetween(1, 2);
    }

    @Test
    void leaving_the_editor_sends_the_typing_at_once_without_waiting_for_the_pause() throws InterruptedException {
        page.click("slow-debounce");
        page.typeAtEndOfLine(6, " // left");
        Thread.sleep(1500); // well past the usual pause, far from the minute now set
        assertThat(page.status("value-changes"))
                .as("nothing sent while typing goes on")
                .isEmpty();

        page.type(Keys.ESCAPE, Keys.TAB);

        assertThat(page.waitForStatus("server-value", text -> text.endsWith("end // left\n")))
                .isEqualTo(page.editorText());
        assertThat(page.status("value-changes")).isEqualTo("1");
    }

    @Test
    void a_read_only_editor_keeps_its_text_and_names_itself_to_screen_readers() {
        assertThat(page.script("return document.querySelector('blindspot-code-editor .CodeMirror-code')"
                        + ".getAttribute('aria-label');"))
                .isEqualTo("team.drl");
        String before = page.editorText();
        page.click("read-only");
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> Boolean.TRUE.equals(page.script(
                        "return document.querySelector('blindspot-code-editor').hasAttribute('readonly');")));

        page.typeAtEndOfLine(1, " typed anyway");

        assertThat(page.editorText()).isEqualTo(before);
    }

    @Test
    void a_diagnostic_shows_a_gutter_marker_with_its_message_and_an_underline_on_its_line() {
        page.click("show-problems");

        var markers = page.gutterMarkers();
        assertThat(markers).hasSize(2);
        assertThat(page.lineNumberBeside(markers.get(0))).isEqualTo("3");
        assertThat(markers.get(0).getAttribute("class")).contains("CodeMirror-lint-marker-error");
        assertThat(page.lineNumberBeside(markers.get(1))).isEqualTo("5");
        assertThat(markers.get(1).getAttribute("class")).contains("CodeMirror-lint-marker-warning");
        assertThat(page.underlines("error"))
                .as("from column 5 to the end of the word there")
                .containsExactly("3: TeamMembr");
        assertThat(page.underlines("warning"))
                .as("column 0 (unknown) underlines the line's text")
                .containsExactly("5: insert( Finding.of( \"UNIFORM_TASK_DOMINANCE\", Severity.HIGH ) );");
        assertThat(page.tooltipOf(markers.get(0))).contains("Unable to resolve the fact type TeamMembr");
        Chromium.screenshot(browser, "code-editor-diagnostic");
    }

    @Test
    void the_marker_stays_on_its_text_when_lines_are_added_above() {
        page.click("show-problems");
        page.gutterMarkers();

        page.typeAtEndOfLine(1, Keys.ENTER, "// a new second line");

        assertThat(page.underlines("error")).containsExactly("4: TeamMembr");
    }

    @Test
    void ctrl_s_and_ctrl_enter_reach_the_server_with_every_key_typed_just_before() {
        page.watchDefaultActions();
        page.typeAtEndOfLine(6, " // saved");
        page.pressWithControl("s");

        assertThat(page.waitForStatus("saves", "1"::equals)).isEqualTo("1");
        assertThat(page.status("saved-value"))
                .as("the text typed right before Ctrl+S reached the server before the save")
                .endsWith("end // saved\n");
        assertThat(page.lastKeyDefaultPrevented())
                .as("the browser's own save-page is prevented")
                .isTrue();
        assertThat(page.status("checks")).isEmpty();

        page.type("!").pressWithControl(Keys.ENTER);

        assertThat(page.waitForStatus("checks", "1"::equals)).isEqualTo("1");
        assertThat(page.status("server-value")).endsWith("end // saved!\n");
        assertThat(page.status("saves")).isEqualTo("1");
    }

    @Test
    void a_problem_clicked_or_entered_puts_the_cursor_on_its_line() {
        page.click("show-problems");
        var entries = page.problemEntries();
        assertThat(entries)
                .extracting(e -> e.getText().replace('\n', ' '))
                .containsExactly(
                        "team.drl:3:5 ERROR Unable to resolve the fact type TeamMembr",
                        "team.drl:5 WARNING The finding has no title");

        entries.get(1).click();
        awaitCursorLine(5);
        assertThat(page.focusIsInEditor()).isTrue();

        // Back out of the editor with the keyboard, onto the problems, and pick one with Enter.
        page.type(Keys.ESCAPE, Keys.TAB);
        assertThat(page.focusedElement()).contains("team.drl:3:5");
        page.type(Keys.ENTER);
        awaitCursorLine(3);
        assertThat(page.focusIsInEditor()).isTrue();
    }

    @Test
    void tab_indents_inside_the_editor_and_escape_then_tab_leaves_it() {
        page.typeAtEndOfLine(2, Keys.ENTER, Keys.TAB, "x");
        assertThat(page.lineText(3)).isEqualTo("    x");
        assertThat(page.focusIsInEditor()).isTrue();

        page.type(Keys.ESCAPE, Keys.TAB);
        assertThat(page.focusIsInEditor()).isFalse();

        page.pressWithShift(Keys.TAB);
        assertThat(page.focusIsInEditor()).as("Shift+Tab comes back in").isTrue();
    }

    @Test
    void ctrl_space_in_a_dslr_file_offers_the_sentences_that_match_what_is_typed() {
        page.click("open-dslr");
        awaitMode("blindspot-dslr");

        page.typeAtEndOfLine(3, "    nobody");
        page.pressWithControl(Keys.SPACE);
        assertThat(page.completionsShown()).containsExactly("nobody is high in {scale}");
        Chromium.screenshot(browser, "code-editor-completions");

        page.type(Keys.ENTER, "S");

        assertThat(page.lineText(3)).isEqualTo("    nobody is high in S");
    }

    @Test
    void the_completions_narrow_as_the_author_types() {
        page.click("open-dslr");
        awaitMode("blindspot-dslr");

        page.typeAtEndOfLine(3, "    ");
        page.pressWithControl(Keys.SPACE);
        assertThat(page.completionsShown()).hasSize(4);
        page.type("high");
        awaitCompletions(2);
        assertThat(page.completionsShown())
                .containsExactly("at least {share}% of the team is high in {scale}", "nobody is high in {scale}");
    }

    @Test
    void drl_yaml_and_dsl_are_highlighted_by_file_name() {
        assertThat(page.codeMirrorMode()).isEqualTo("blindspot-drl");
        assertThat(page.cssClassesOfWord("rule")).contains("cm-keyword");
        assertThat(page.cssClassesOfWord("\"Uniform task dominance\"")).contains("cm-string");

        page.click("open-yaml");
        awaitMode("yaml");
        assertThat(page.cssClassesOfWord("# Scale scores run 0-100.")).contains("cm-comment");

        page.click("open-dsl");
        awaitMode("blindspot-dsl");
        assertThat(page.cssClassesOfWord("[when]")).contains("cm-keyword");
        assertThat(page.cssClassesOfWord("nobody is high in ")).contains("cm-sentence");
        assertThat(page.cssClassesOfWord("{scale}")).contains("cm-variable-2");
        assertThat(page.cssClassesOfWord("TeamMember")).contains("cm-type");
    }

    @Test
    void on_a_phone_the_editor_fits_the_screen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        page.click("show-problems");
        page.gutterMarkers();

        Number overflow = (Number) page.script("const e = document.querySelector('blindspot-code-editor');"
                + " return e.getBoundingClientRect().right - document.documentElement.clientWidth;");
        assertThat(overflow.doubleValue()).isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "code-editor-phone");
    }

    @Test
    void the_element_needs_nothing_but_its_own_origin_under_a_strict_content_security_policy() {
        // A static page in src/test with script-src, style-src and img-src 'self' and no 'unsafe-*'.
        var strict = CodeEditorPage.openStatic(browser, base() + "/test/code-editor-csp.html");

        var markers = strict.gutterMarkers();
        assertThat(markers).hasSize(1);
        assertThat(strict.tooltipOf(markers.get(0))).contains("No sentence matches", "Second problem on the same line");
        assertThat(strict.underlines("error")).containsExactly("3: hihg");
        strict.typeAtEndOfLine(3, Keys.ENTER, "the");
        strict.pressWithControl(Keys.SPACE);
        assertThat(strict.completionsShown()).containsExactly("the leader's relationship focus is low");
        strict.type(Keys.ENTER);
        assertThat(strict.lineText(4)).isEqualTo("    the leader's relationship focus is low");

        assertThat(strict.script("return window.inlineScriptRan;"))
                .as("the policy is in force")
                .isNull();
        assertThat(strict.script("return window.cspViolations;"))
                .as("the only violation is the page's inline canary script")
                .asList()
                .singleElement()
                .asString()
                .startsWith("script-src-elem inline");
    }

    private void awaitCursorLine(int line) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> page.cursorLine() == line);
    }

    private void awaitMode(String mode) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> mode.equals(page.codeMirrorMode()));
    }

    private void awaitCompletions(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
                .until(d -> page.completionsShown().size() == count);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
