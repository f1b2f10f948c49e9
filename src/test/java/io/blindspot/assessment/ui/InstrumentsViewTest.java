package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.support.KaribuTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InstrumentsViewTest extends KaribuTest {

    @Test
    void an_admin_imports_a_new_instrument_version_and_sees_it_listed() throws IOException {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        var view = _get(InstrumentsView.class);

        // Another instrument id, so the shipped instrument stays the newest one other tests assign.
        view.yaml.setValue(shipped().replaceFirst("(?m)^id: workplace-style", "id: imported-style"));
        view.importButton.click();

        assertThat(view.outcome.getText()).startsWith("Stored:").contains("imported-style v1", "40 items");
        assertThat(view.versions.getGenericDataView().getItems().map(v -> v.instrumentKey()))
                .contains("workplace-style", "imported-style");
    }

    @Test
    void a_broken_file_is_refused_with_every_problem_naming_its_item() throws IOException {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        var view = _get(InstrumentsView.class);

        view.yaml.setValue(
                shipped().replaceFirst("(?m)^version: 1", "version: 8").replaceFirst("scale: D", "scale: X"));
        view.importButton.click();

        assertThat(view.outcome.getText()).contains("was not imported");
        assertThat(view.problems.getElement().getTextRecursively())
                .contains("item ")
                .contains("X");
        assertThat(view.versions.getGenericDataView().getItems().map(v -> v.instrumentKey()))
                .doesNotContain("broken-style");
    }

    @Test
    void re_importing_the_identical_version_says_already_stored_next_to_the_import_button() throws IOException {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        var view = _get(InstrumentsView.class);

        view.yaml.setValue(shipped());
        view.importButton.click();

        assertThat(view.outcome.getText()).startsWith("Already stored:").doesNotStartWith("Stored:");
        assertThat(view.outcome.getParent()).isEqualTo(view.importButton.getParent());
        var children = view.getChildren().toList();
        assertThat(children.indexOf(view.importButton.getParent().orElseThrow()))
                .isLessThan(children.indexOf(view.yaml));
    }

    @Test
    void changed_content_under_a_stored_version_number_is_refused() throws IOException {
        login("admin");
        UI.getCurrent().navigate("admin/instruments");
        var view = _get(InstrumentsView.class);

        view.yaml.setValue(shipped() + "\n# an edit\n");
        view.importButton.click();

        assertThat(view.outcome.getText()).contains("already stored with other content", "next version number");
    }

    private static String shipped() throws IOException {
        return new ClassPathResource("instruments/workplace-style-v1.yaml").getContentAsString(StandardCharsets.UTF_8);
    }
}
