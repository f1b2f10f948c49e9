package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * HR's whole round in a real Chromium: a syntax error marked at its line, fixed; a threshold changed
 * and its impact on the demo's product team (which the scenarios refuse: the shipped scenarios pin
 * every threshold that changes a demo team); a threshold they accept published with a comment (refused
 * without one), the new version and the side-by-side diff in History, rollback to the version before.
 * Screenshots in target/screenshots. Its own database: it publishes versions.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:rule-editor-e2e;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class RuleEditorE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    RulePublishing publishing;

    @Test
    void hr_fixes_an_error_changes_a_threshold_sees_the_impact_publishes_compares_and_rolls_back() {
        var browser = Chromium.start();
        try {
            browser.manage().window().setSize(new Dimension(1400, 1000));
            LoginPage.open(browser, "http://localhost:" + port).logInAs("hr", "demo");
            int live = liveVersion();
            var page = RuleEditorPage.open(browser, "http://localhost:" + port);

            page.openFile("team-composition.drl", "rule \"Uniform task dominance\"");
            var editor = page.editor();
            int ruleLine = editor.lineContaining("rule \"Uniform task dominance\"");
            editor.typeAtEndOfFarLine(ruleLine, " (((");
            editor.pressWithControl(Keys.ENTER);
            assertThat(editor.markedLines()).contains(String.valueOf(ruleLine));
            page.waitForText("Check failed");
            Chromium.screenshot(browser, "rule-editor-diagnostic");

            editor.typeAtEndOfFarLine(ruleLine, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
            assertThat(editor.lineText(ruleLine)).isEqualTo("rule \"Uniform task dominance\"");
            page.click("Check");
            page.waitForText("Check passed");

            // a threshold that changes the demo's product team: the preview lists it, the scenarios refuse it
            page.openFile("parameters.yaml", "minimumTeamSize: 3");
            int sizeLine = editor.lineContaining("minimumTeamSize: 3");
            editor.typeAtEndOfFarLine(sizeLine, Keys.BACK_SPACE, "6");
            assertThat(page.waitForText("Changed since the last check"))
                    .as("the earlier pass no longer shows as current")
                    .doesNotContain("Check passed");
            page.click("Preview impact");
            String impact = page.waitForText("teams would see different findings");
            assertThat(impact).contains("Product leadership", "INSUFFICIENT_DATA appears");
            page.scrollTo("Impact:");
            Chromium.screenshot(browser, "rule-editor-impact");
            page.click("Check");
            assertThat(page.waitForText("failed scenario")).contains("Expected:", "Actual:");

            // back to 3, and a threshold the scenarios accept
            editor.typeAtEndOfFarLine(sizeLine, Keys.BACK_SPACE, "3");
            int spreadLine = editor.lineContaining("lowSpread: 12");
            editor.typeAtEndOfFarLine(spreadLine, Keys.BACK_SPACE, Keys.BACK_SPACE, "20");
            page.click("Preview impact");
            page.waitForText("0 of 2 teams would see different findings");

            // publish with a comment
            page.click("Publish");
            page.waitForText("Say what changes and why before publishing");
            assertThat(liveVersion()).isEqualTo(live);
            page.fill("Comment", "Low spread at 20: a team reads as homogeneous a little sooner");
            page.click("Publish");
            page.waitForText("Published as version " + (live + 1));
            assertThat(liveVersion()).isEqualTo(live + 1);
            assertThat(liveFiles()).contains("lowSpread: 20");

            // History: the new version with its comment, the two versions side by side
            page.tab("History");
            page.waitForText("Low spread at 20: a team reads as homogeneous a little sooner");
            page.click("Compare");
            assertThat(page.changedDiffRows())
                    .anySatisfy(row -> assertThat(row).contains("lowSpread: 12").contains("lowSpread: 20"));
            page.showFirstChange();
            Chromium.screenshot(browser, "rule-editor-diff");

            // roll back to the version before: a new version with the old files
            page.selectVersion(live);
            page.fill("Why roll back", "Back to 12 until the team has discussed it");
            page.click("Roll back to the selected version");
            page.waitForText("Rolled back: version " + (live + 2) + " has the files of version " + live);
            assertThat(liveVersion()).isEqualTo(live + 2);
            assertThat(liveFiles()).contains("lowSpread: 12").doesNotContain("lowSpread: 20");
        } finally {
            browser.quit();
        }
    }

    private int liveVersion() {
        return asHr(() -> publishing.live().map(RuleVersion::version).orElse(0));
    }

    private String liveFiles() {
        return asHr(() -> publishing.live().orElseThrow().files().get("parameters.yaml"));
    }

    private <T> T asHr(java.util.function.Supplier<T> call) {
        var auth = new UsernamePasswordAuthenticationToken("hr", null, AuthorityUtils.createAuthorityList("ROLE_HR"));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
