package io.blindspot.team.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.blindspot.security.Role;
import io.blindspot.team.PeopleImport;
import io.blindspot.team.PeopleImport.ImportPlan;
import io.blindspot.team.PeopleImport.ImportRefused;
import io.blindspot.team.PeopleImport.Imported;
import io.blindspot.team.PeopleImport.PlannedPerson;
import io.blindspot.team.PeopleImport.RowProblem;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Administrators onboard a group from CSV: upload or paste, check (a dry run that lists every
 * problem by row and column), then import — only the text that was checked, and only when the check
 * found nothing. The new people's one-time links are listed to copy.
 */
@Route("admin/users/import")
@PageTitle("Import people · Blindspot")
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleImportView extends VerticalLayout {

    static final String TITLE = "Import people from CSV";
    static final String HELP = "A header row with the columns name, email, username, roles, team, then one person a"
            + " row. Roles: EXECUTIVE, FACILITATOR, HR, ADMIN, several separated by ; (empty means Executive)."
            + " A team that does not exist yet is created. Check first: nothing is written until you import.";
    static final String FILE = "CSV file";
    static final String CHECK = "Check (dry run)";
    static final String IMPORT = "Import";
    static final String BACK = "Back to users";
    static final String ROW = "Row";
    static final String COLUMN = "Column";
    static final String PROBLEM = "Problem";
    static final String NAME = "Name";
    static final String USERNAME = "Username";
    static final String ROLES = "Roles";
    static final String TEAM = "Team";
    static final String LINK = "One-time link";
    static final String MAILED = "E-mailed";

    static String checked(ImportPlan plan) {
        return plan.problems().isEmpty()
                ? plan.rows().size() + " people ready to import, "
                        + plan.rows().stream()
                                .filter(PlannedPerson::newTeam)
                                .map(PlannedPerson::team)
                                .distinct()
                                .count()
                        + " new teams. Nothing is written yet."
                : plan.problems().size() + " problems: fix the file and check again. Nothing was imported.";
    }

    static String imported(int count) {
        return count
                + " people imported. Copy each link to the person it belongs to (links that were e-mailed are marked).";
    }

    final TextArea csv = new TextArea(FILE);
    final Upload upload = new Upload();
    final Button check = new Button(CHECK);
    final Button importButton = new Button(IMPORT);
    final Paragraph outcome = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);
    final Grid<PlannedPerson> plan = new Grid<>(PlannedPerson.class, false);
    final Grid<Imported> results = new Grid<>(Imported.class, false);
    private final PeopleImport people;
    private String checkedText;

    public PeopleImportView(PeopleImport people) {
        this.people = people;
        addClassName("people-import-view");
        csv.setWidthFull();
        csv.setMinHeight("10em");
        csv.setMaxHeight("20em");
        csv.addValueChangeListener(e -> importButton.setEnabled(e.getValue().equals(checkedText)));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(1024 * 1024);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            Runnable fill = () -> csv.setValue(new String(bytes, StandardCharsets.UTF_8));
            if (ui != null) {
                ui.access(fill::run);
            } else {
                fill.run();
            }
        }));
        check.addClickListener(e -> check());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importPeople());
        outcome.setId("import-outcome");
        problems.addColumn(RowProblem::row).setHeader(ROW).setAutoWidth(true);
        problems.addColumn(RowProblem::column).setHeader(COLUMN).setAutoWidth(true);
        problems.addColumn(RowProblem::message).setHeader(PROBLEM).setFlexGrow(3);
        plan.addColumn(PlannedPerson::row).setHeader(ROW).setAutoWidth(true);
        plan.addColumn(p -> p.person().displayName()).setHeader(NAME);
        plan.addColumn(p -> p.person().username()).setHeader(USERNAME);
        plan.addColumn(p ->
                        p.person().roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader(ROLES);
        plan.addColumn(p -> p.team() == null ? "" : p.team() + (p.newTeam() ? " (new)" : ""))
                .setHeader(TEAM);
        results.addColumn(Imported::row).setHeader(ROW).setAutoWidth(true);
        results.addColumn(i -> i.link().username()).setHeader(USERNAME);
        results.addColumn(i -> i.link().link()).setHeader(LINK).setFlexGrow(3);
        results.addColumn(i -> i.link().mailed() ? "✓" : "").setHeader(MAILED).setAutoWidth(true);
        problems.setVisible(false);
        plan.setVisible(false);
        results.setVisible(false);
        add(
                new H2(TITLE),
                new Paragraph(HELP),
                upload,
                csv,
                new HorizontalLayout(check, importButton, new Anchor("admin/users", BACK)),
                outcome,
                problems,
                plan,
                results);
    }

    void check() {
        var found = people.dryRun(csv.getValue());
        show(found);
        checkedText = found.problems().isEmpty() ? csv.getValue() : null;
        importButton.setEnabled(checkedText != null);
    }

    void importPeople() {
        try {
            var done = people.importPeople(checkedText);
            outcome.setText(imported(done.size()));
            problems.setVisible(false);
            plan.setVisible(false);
            results.setItems(done);
            results.setVisible(true);
            checkedText = null;
            importButton.setEnabled(false);
        } catch (ImportRefused refused) {
            // someone created one of these accounts since the check: show what is wrong now
            show(refused.plan());
            checkedText = null;
            importButton.setEnabled(false);
        }
    }

    private void show(ImportPlan found) {
        outcome.setText(checked(found));
        problems.setItems(found.problems());
        problems.setVisible(!found.problems().isEmpty());
        plan.setItems(found.rows());
        plan.setVisible(found.problems().isEmpty());
        results.setVisible(false);
    }
}
