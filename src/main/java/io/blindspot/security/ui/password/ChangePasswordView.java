package io.blindspot.security.ui.password;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.OwnPassword;
import io.blindspot.security.PasswordPolicy;
import io.blindspot.security.PasswordRefused;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.LockedException;

/**
 * Every signed-in person's own account: the language the portal speaks to them, and their
 * password, changed with the current one first. The route stays the password page's.
 */
@Route("account/password")
@Menu(order = 99, title = "security.nav.my-password", icon = "vaadin:user")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements TranslatedTitle {

    /** The language choice: a stored code ({@link AccountLanguage#CODES}) or this for "follow the browser". */
    static final String BROWSER = "browser";

    final Select<String> language = new Select<>();
    final PasswordField current = new PasswordField(getTranslation("security.password.current"));
    final PasswordField password = new PasswordField(getTranslation("security.password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("security.password.repeat"));
    final Button save = new Button(getTranslation("security.password.save"));
    final Paragraph outcome = new Paragraph();
    private final OwnPassword ownPassword;
    private final AccountLanguage languages;

    public ChangePasswordView(OwnPassword ownPassword, AccountLanguage languages) {
        this.ownPassword = ownPassword;
        this.languages = languages;
        addClassName("change-password-view");
        language.setId("account-language");
        language.setLabel(getTranslation("security.account.language"));
        language.setHelperText(getTranslation("security.account.language-hint"));
        language.setItems(BROWSER, "en", "de");
        language.setItemLabelGenerator(this::languageLabel);
        // wide enough for "As my browser is set" and "Wie im Browser eingestellt" uncut, never wider than a phone
        for (HasSize field : List.<HasSize>of(language, current, password, repeat)) {
            field.setWidth("min(100%, 22em)");
        }
        language.setValue(languages.mine().map(Locale::getLanguage).orElse(BROWSER));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(e.getValue());
            }
        });
        current.setId("current-password");
        password.setId("new-password");
        repeat.setId("repeat-password");
        save.setId("change-password");
        outcome.setId("change-password-outcome");
        password.setHelperText(getTranslation("security.password.hint", PasswordPolicy.MINIMUM_LENGTH));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(
                new H2(getTranslation("security.account.title")),
                language,
                new H3(getTranslation("security.password.title")),
                current,
                password,
                repeat,
                save,
                outcome);
    }

    @Override
    public String titleKey() {
        return "security.account.title";
    }

    private String languageLabel(String code) {
        return switch (code) {
            case "en" -> getTranslation("security.account.language.en");
            case "de" -> getTranslation("security.account.language.de");
            default -> getTranslation("security.account.language.browser");
        };
    }

    /** Stores the choice and shows the page again in that language; later logins start in it. */
    void choose(String code) {
        Locale chosen = BROWSER.equals(code) || code == null ? null : Locale.forLanguageTag(code);
        languages.choose(chosen);
        getUI().ifPresent(ui -> {
            PersonalLanguage.apply(ui, chosen == null ? PersonalLanguage.browserLanguage() : chosen);
            ui.getPage().reload();
        });
    }

    void save() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            mark(repeat, getTranslation("security.password.different"));
            return;
        }
        try {
            ownPassword.change(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            repeat.clear();
            outcome.setText(getTranslation("security.password.changed"));
        } catch (LockedException e) {
            mark(current, ProblemText.of(e));
        } catch (PasswordRefused e) {
            mark(e.reason() == PasswordRefused.Reason.WRONG_CURRENT ? current : password, refusal(e.reason()));
        } catch (IllegalArgumentException e) {
            mark(password, ProblemText.of(e));
        }
    }

    /** The reason in the person's language; the keys are {@code security.password.refused.<Reason>}. */
    String refusal(PasswordRefused.Reason reason) {
        return getTranslation("security.password.refused." + reason.name(), PasswordPolicy.MINIMUM_LENGTH);
    }

    private void mark(PasswordField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
        outcome.setText(text);
    }
}
