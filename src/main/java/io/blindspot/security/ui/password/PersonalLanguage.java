package io.blindspot.security.ui.password;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.blindspot.base.ui.Translations;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.CurrentUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every page a signed-in person opens speaks the language they chose on their account page. Without
 * a choice (and before login) Vaadin's default stays: the browser's language, German for any
 * German, English otherwise.
 */
@Component
class PersonalLanguage implements VaadinServiceInitListener {

    private final AccountLanguage languages;
    private final CurrentUser currentUser;

    PersonalLanguage(AccountLanguage languages, CurrentUser currentUser) {
        this.languages = languages;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser
                .maybeUsername()
                .flatMap(languages::of)
                .ifPresent(language -> apply(init.getUI(), language)));
    }

    /** Switches the UI and the rest of the session to the language; the views built next speak it. */
    static void apply(UI ui, Locale language) {
        var supported = Translations.supported(language);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
    }

    /** The browser's language as Vaadin would pick it, for a person who no longer chooses their own. */
    static Locale browserLanguage() {
        var request = VaadinRequest.getCurrent();
        return Translations.supported(request == null ? null : request.getLocale());
    }
}
