package io.blindspot.security.ui.password;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.blindspot.security.SetPasswordLinks;
import io.blindspot.support.KaribuTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The page behind a one-time link: a new participant sets their password, once. */
class SetPasswordViewTest extends KaribuTest {

    @Autowired
    SetPasswordLinks links;

    @Test
    void a_one_time_link_sets_the_password_once_and_refuses_a_short_one() {
        String link = links.issue("ben", "TEST", Duration.ofHours(1));
        String token = link.substring(link.indexOf("token=") + 6);
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("set-password", QueryParameters.of("token", token));
        var view = _get(SetPasswordView.class);
        _setValue(view.password, "short");
        _setValue(view.repeat, "short");
        _click(view.save);
        assertThat(view.outcome.getText()).contains("at least 12 characters");

        _setValue(view.password, "a-long-enough-password");
        _setValue(view.repeat, "a-long-enough-password");
        _click(view.save);
        assertThat(view.getElement().getTextRecursively()).contains("Your password is set");
        assertThat(links.usernameFor(token)).isEmpty();
    }
}
