package io.blindspot.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.blindspot.privacy.Erasure;
import io.blindspot.privacy.ErasureRefused;

/**
 * Erasing a person, confirmed by typing their username. A refusal is shown in the dialog with
 * what was typed kept; only a done erasure closes it.
 */
public class EraseDialog extends Dialog {

    static final String EXPLANATION = "Erase this person on their request: their answers, results, team"
            + " memberships, consents, commitments and notices are removed; their account keeps only a"
            + " pseudonym and can no longer sign in; their teams are evaluated again without them; older"
            + " audit entries lose their name and e-mail address. This cannot be undone.";

    final TextField confirmation = new TextField("Type the username to confirm");
    final Button erase = new Button("Erase");
    final Button cancel = new Button("Cancel", e -> close());
    final Paragraph problem = new Paragraph();

    public EraseDialog(Erasure erasure, long accountId, String username, Runnable done) {
        setHeaderTitle("Erase " + username + "?");
        confirmation.setPlaceholder(username);
        confirmation.setWidthFull();
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> {
            try {
                var erased = erasure.erase(accountId, confirmation.getValue());
                close();
                Notification.show(username + " is erased (now " + erased.pseudonym() + "): " + erased.assessments()
                        + " assessment(s) removed, " + erased.teams() + " team(s) left.");
                done.run();
            } catch (ErasureRefused refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        add(new Paragraph(EXPLANATION), confirmation, problem);
        getFooter().add(cancel, erase);
    }
}
