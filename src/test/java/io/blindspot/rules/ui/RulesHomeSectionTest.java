package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** HR's section of the home page. */
class RulesHomeSectionTest extends KaribuTest {

    @Test
    void hr_sees_which_rule_set_is_live() {
        login("hr");

        assertThat(_get(RulesHomeSection.class).liveVersion.getText())
                .startsWith("Live rule set: version 1,")
                .contains("file system");
    }
}
