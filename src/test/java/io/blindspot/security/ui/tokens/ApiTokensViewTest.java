package io.blindspot.security.ui.tokens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.blindspot.security.token.ApiTokenSummary;
import io.blindspot.security.token.ApiTokens;
import io.blindspot.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An executive's own API tokens in the portal: created and shown once, listed, revoked. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void an_executive_creates_a_token_sees_it_once_and_revokes_it() {
        login("executive");
        UI.getCurrent().navigate("api-tokens");
        var view = _get(ApiTokensView.class);

        _setValue(view.name, "calendar sync");
        _setValue(view.days, 7);
        _click(view.create);

        assertThat(view.secret.isVisible()).isTrue();
        assertThat(view.secret.getValue()).startsWith("bst_");
        assertThat(tokens.authenticate(view.secret.getValue())).isPresent();
        ApiTokenSummary listed = tokens.mine().stream()
                .filter(t -> t.name().equals("calendar sync"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.status()).isEqualTo("active");
        assertThat(view.tokens.getGenericDataView().getItems()).contains(listed);

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("api-tokens");
        var reopened = _get(ApiTokensView.class);
        assertThat(reopened.secret.isVisible())
                .as("the secret is shown only once")
                .isFalse();

        int row = reopened.tokens.getGenericDataView().getItems().toList().indexOf(listed);
        var revoke = (Button) GridKt._getCellComponent(reopened.tokens, row, "revoke");
        _click(revoke);

        assertThat(tokens.authenticate(view.secret.getValue())).as("revoked").isEmpty();
        assertThat(tokens.mine().stream()
                        .filter(t -> t.id() == listed.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo("revoked");
    }

    @Test
    void a_token_without_a_name_is_refused_in_words_and_the_entered_days_stay() {
        login("facilitator");
        UI.getCurrent().navigate("api-tokens");
        var view = _get(ApiTokensView.class);

        _setValue(view.name, "  ");
        _setValue(view.days, 12);
        _click(view.create);

        assertThat(view.problem.getText()).contains("name");
        assertThat(view.days.getValue()).isEqualTo(12);
        assertThat(view.secret.isVisible()).isFalse();
    }

    @Test
    void a_german_reader_is_told_in_german_that_the_token_needs_a_name() {
        login("facilitator");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("api-tokens");
        var view = _get(ApiTokensView.class);

        _setValue(view.name, "  ");
        _setValue(view.days, 12);
        _click(view.create);

        assertThat(view.problem.getText()).isEqualTo("Geben Sie dem Token einen Namen, z. B. wofür es verwendet wird.");
    }
}
