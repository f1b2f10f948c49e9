package io.blindspot.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.blindspot.security.AccountAdministration.Problem;
import io.blindspot.security.ManagedAccount.NewPerson;
import io.blindspot.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/** The fields of a new person. Knows no service: it hands what was entered to its save listener. */
class PersonForm extends FormLayout {

    final TextField name = new TextField(getTranslation("security.users.name"));
    final EmailField email = new EmailField(getTranslation("security.users.email"));
    final TextField username = new TextField(getTranslation("security.users.username"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("security.users.roles"));
    final Button save = new Button(getTranslation("security.users.create"));
    final Button cancel = new Button(getTranslation("security.users.cancel"));

    PersonForm(Consumer<NewPerson> onSave, Runnable onCancel) {
        addClassName("person-form");
        name.setId("person-name");
        email.setId("person-email");
        username.setId("person-username");
        roles.setId("person-roles");
        save.setId("person-create");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(UsersTexts::role);
        roles.setValue(EnumSet.of(Role.EXECUTIVE));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.accept(value()));
        cancel.addClickListener(e -> onCancel.run());
        add(name, email, username, roles, new HorizontalLayout(save, cancel));
    }

    NewPerson value() {
        return new NewPerson(name.getValue(), email.getValue(), username.getValue(), roles.getValue());
    }

    /** Marks each field with its problem; what was entered stays as it is. */
    void showProblems(List<Problem> problems) {
        clearProblems();
        for (Problem problem : problems) {
            HasValidation field =
                    switch (problem.field()) {
                        case "name" -> name;
                        case "email" -> email;
                        case "username" -> username;
                        default -> roles;
                    };
            field.setErrorMessage(
                    UsersTexts.refusal(problem.reason(), problem.arguments().toArray()));
            field.setInvalid(true);
        }
    }

    void clear() {
        clearProblems();
        name.clear();
        email.clear();
        username.clear();
        roles.setValue(EnumSet.of(Role.EXECUTIVE));
    }

    private void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(name, email, username, roles)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
