package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;

class RuleSetsViewTest extends KaribuTest {

    @Test
    void hr_sees_the_live_version_and_the_published_versions() {
        login("hr");

        UI.getCurrent().navigate("rules");

        var view = _get(RuleSetsView.class);
        assertThat(view.engineState.getText()).isEqualTo("Version 1 is live.");
        var versions = view.versions.getGenericDataView().getItems().toList();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).author()).isEqualTo("file system");
        assertThat(versions.get(0).fileCount()).isGreaterThan(10);
    }
}
