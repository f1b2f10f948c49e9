package io.blindspot.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.privacy.Erasure;
import io.blindspot.privacy.ErasureRefused;

/**
 * Erasing a person, confirmed by typing their username. A refusal is shown in the dialog with
 * what was typed kept; only a done erasure closes it.
 */
public class EraseDialog extends Dialog {

    final TextField confirmation = new TextField(getTranslation("privacy.erase.confirm"));
    final Button erase = new Button(getTranslation("privacy.erase.erase"));
    final Button cancel = new Button(getTranslation("privacy.erase.cancel"), e -> close());
    final Paragraph problem = new Paragraph();

    public EraseDialog(Erasure erasure, long accountId, String username, Runnable done) {
        setHeaderTitle(getTranslation("privacy.erase.title", username));
        confirmation.setPlaceholder(username);
        confirmation.setWidthFull();
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> {
            try {
                var erased = erasure.erase(accountId, confirmation.getValue());
                close();
                Notification.show(getTranslation(
                        "privacy.erase.done", username, erased.pseudonym(), erased.assessments(), erased.teams()));
                done.run();
            } catch (ErasureRefused refused) {
                problem.setText(ProblemText.of(refused));
                problem.setVisible(true);
            }
        });
        add(new Paragraph(getTranslation("privacy.erase.explanation")), confirmation, problem);
        getFooter().add(cancel, erase);
    }
}
