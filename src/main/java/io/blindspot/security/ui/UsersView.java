package io.blindspot.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.AccountAction;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.AccountAdministration;
import io.blindspot.security.AccountChangeRefused;
import io.blindspot.security.ManagedAccount;
import io.blindspot.security.ManagedAccount.Filter;
import io.blindspot.security.ManagedAccount.IssuedLink;
import io.blindspot.security.ManagedAccount.NewPerson;
import io.blindspot.security.ManagedAccount.Status;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Administrators: find people by name, role and status; add a person; edit the selected person's
 * roles; deactivate, reactivate, reset the password, lift a login pause. Every rule (the last
 * administrator, valid fields) is the service's; the view shows its answer and keeps what was entered.
 */
@Route("admin/users")
@Menu(order = 90, title = "security.nav.users", icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements AccountEditor.Actions, TranslatedTitle {

    final TextField search = new TextField(getTranslation("security.users.search"));
    final ComboBox<Role> roleFilter = new ComboBox<>(getTranslation("security.users.role"));
    final ComboBox<Status> statusFilter = new ComboBox<>(getTranslation("security.users.status"));
    final Button addPerson = new Button(getTranslation("security.users.add"), VaadinIcon.PLUS.create());
    final Button importPeople = new Button(getTranslation("security.users.import"), VaadinIcon.UPLOAD.create());
    final PersonForm form;
    final TextField issuedLink = new TextField(getTranslation("security.users.link"));
    final Paragraph issuedNote = new Paragraph();
    final Paragraph message = new Paragraph();
    final Grid<ManagedAccount> users = new Grid<>(ManagedAccount.class, false);
    final AccountEditor editor = new AccountEditor(this);
    private final AccountAdministration accounts;

    private final List<AccountAction> actions;
    private boolean reselecting;

    public UsersView(AccountAdministration accounts, List<AccountAction> actions) {
        this.accounts = accounts;
        this.actions = actions;
        addClassName("users-view");
        form = new PersonForm(this::create, this::closeForm);
        form.setVisible(false);
        search.setPlaceholder(getTranslation("security.users.search-hint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("users-search");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(UsersTexts::role);
        roleFilter.setClearButtonVisible(true);
        statusFilter.setItems(Status.values());
        statusFilter.setItemLabelGenerator(UsersTexts::statusName);
        statusFilter.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        roleFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        addPerson.setId("users-add");
        addPerson.addClickListener(e -> form.setVisible(true));
        importPeople.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("admin/users/import")));
        issuedLink.setId("issued-link");
        issuedLink.setReadOnly(true);
        issuedLink.setWidthFull();
        issuedLink.setVisible(false);
        issuedNote.setId("issued-note");
        message.setId("users-message");
        var filters = new HorizontalLayout(search, roleFilter, statusFilter, addPerson, importPeople);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        // the selected person beside the list, so the list stays in view while they are changed
        editor.setWidth("24em");
        editor.getStyle().set("flex-shrink", "0");
        var listAndEditor = new HorizontalLayout(users, editor);
        listAndEditor.setSizeFull();
        listAndEditor.setFlexGrow(1, users);
        add(
                new H2(getTranslation("security.users.title")),
                filters,
                form,
                issuedNote,
                issuedLink,
                message,
                listAndEditor);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        users.setId("users-grid");
        users.addColumn(ManagedAccount::username)
                .setHeader(getTranslation("security.users.username"))
                .setSortable(true);
        users.addColumn(ManagedAccount::displayName)
                .setHeader(getTranslation("security.users.name"))
                .setFlexGrow(2)
                .setSortable(true);
        users.addColumn(a -> a.email() == null ? "" : a.email())
                .setHeader(getTranslation("security.users.email"))
                .setFlexGrow(2);
        users.addColumn(a -> a.roles().stream().map(UsersTexts::role).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.users.roles"))
                .setFlexGrow(2);
        users.addColumn(UsersTexts::status)
                .setHeader(getTranslation("security.users.status"))
                .setFlexGrow(2);
        // actions that features above the accounts offer (the privacy module's erasure), one button each
        users.addComponentColumn(this::actionButtons)
                .setHeader(getTranslation("security.users.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        users.setMinHeight("16em");
        users.asSingleSelect().addValueChangeListener(e -> {
            if (reselecting) {
                return;
            }
            if (e.isFromClient() || e.getValue() != null) {
                message.setText("");
                editor.show(e.getValue(), false);
            }
        });
    }

    @Override
    public String titleKey() {
        return "security.users.title";
    }

    /**
     * Lists the people the filters match. The person in the editor stays there and selected in the
     * list, and roles the administrator has ticked but not yet saved stay ticked: a refresh (a filter
     * typed while editing, the list reloaded after a change) never undoes what they are doing.
     */
    void refresh() {
        var selected = editor.account();
        var found = accounts.search(new Filter(search.getValue(), roleFilter.getValue(), statusFilter.getValue()));
        reselecting = true;
        try {
            // replacing the items deselects: neither that nor selecting the shown person again is a new choice
            users.setItems(found);
            if (selected != null) {
                editor.refreshed(accounts.get(selected.id()));
                found.stream().filter(a -> a.id() == selected.id()).findFirst().ifPresent(users::select);
            }
        } finally {
            reselecting = false;
        }
    }

    private void closeForm() {
        form.setVisible(false);
    }

    void create(NewPerson person) {
        var problems = accounts.check(person);
        if (!problems.isEmpty()) {
            form.showProblems(problems);
            fail(getTranslation("security.users.fix-fields"));
            return;
        }
        attempt(() -> accounts.create(person)).ifPresent(issued -> {
            form.clear();
            form.setVisible(false);
            showLink(issued);
            refresh();
        });
    }

    @Override
    public void saveRoles(ManagedAccount account, Set<Role> roles) {
        attempt(() -> accounts.changeRoles(account.id(), roles))
                .ifPresentOrElse(
                        changed -> done(changed, getTranslation("security.users.roles-saved")),
                        () -> editor.show(account, true));
    }

    @Override
    public void deactivate(ManagedAccount account) {
        attempt(() -> accounts.deactivate(account.id()))
                .ifPresent(changed -> done(changed, getTranslation("security.users.deactivated")));
    }

    @Override
    public void reactivate(ManagedAccount account) {
        attempt(() -> accounts.reactivate(account.id()))
                .ifPresent(changed -> done(changed, getTranslation("security.users.reactivated")));
    }

    @Override
    public void resetPassword(ManagedAccount account) {
        attempt(() -> accounts.resetPassword(account.id())).ifPresent(this::showLink);
    }

    @Override
    public void unlock(ManagedAccount account) {
        attempt(() -> accounts.unlock(account.id()))
                .ifPresent(changed -> done(changed, getTranslation("security.users.unlocked")));
    }

    private void done(ManagedAccount changed, String text) {
        message.setText(text);
        editor.show(changed, false);
        refresh();
    }

    private void showLink(IssuedLink issued) {
        issuedNote.setText(UsersTexts.linkIssued(issued.username(), issued.mailed(), accounts.mailConfigured()));
        issuedLink.setValue(issued.link());
        issuedLink.setVisible(true);
    }

    /** Runs a change; a refusal is shown on the page and as a notification, never dropped. */
    private <T> java.util.Optional<T> attempt(Supplier<T> change) {
        try {
            return java.util.Optional.of(change.get());
        } catch (AccountChangeRefused e) {
            fail(UsersTexts.refusal(e.reason(), e.arguments()));
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            fail(ProblemText.of(e));
            return java.util.Optional.empty();
        }
    }

    private void fail(String text) {
        message.setText(text);
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private HorizontalLayout actionButtons(ManagedAccount account) {
        var buttons = new HorizontalLayout();
        actions.forEach(action -> buttons.add(
                new Button(action.label(), e -> action.open(account.id(), account.username(), this::refresh))));
        return buttons;
    }
}
