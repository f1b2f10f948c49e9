package io.blindspot.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import io.blindspot.security.Role;
import io.blindspot.support.KaribuTest;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class ErrorViewTest extends KaribuTest {

    /** A view that fails while it is built, as a bug would. Exists only in tests. */
    @Route("test/failing-view")
    @RolesAllowed(Role.ADMIN_NAME)
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Test
    void a_failing_view_shows_a_friendly_page_with_a_reference_and_no_stack_trace() {
        login("admin");

        UI.getCurrent().navigate("test/failing-view");

        var error = _get(ErrorView.class);
        String text = error.getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong", "Nothing you saved has been lost");
        assertThat(error.reference.getText()).matches("If it happens again, tell us this reference: [0-9a-f]{8}");
        assertThat(text).doesNotContain("secret internal detail", "IllegalStateException", "at io.blindspot");
    }
}
