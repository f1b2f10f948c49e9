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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.blindspot.base.ui.TranslatedTitle;
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
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleImportView extends VerticalLayout implements TranslatedTitle {

    final TextArea csv = new TextArea();
    final Upload upload = new Upload();
    final Button check = new Button();
    final Button importButton = new Button();
    final Paragraph outcome = new Paragraph();
    final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);
    final Grid<PlannedPerson> plan = new Grid<>(PlannedPerson.class, false);
    final Grid<Imported> results = new Grid<>(Imported.class, false);
    private final PeopleImport people;
    private String checkedText;

    public PeopleImportView(PeopleImport people) {
        this.people = people;
        addClassName("people-import-view");
        csv.setLabel(getTranslation("team.import.file"));
        check.setText(getTranslation("team.import.check"));
        importButton.setText(getTranslation("team.import.import"));
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
        String row = getTranslation("team.import.row");
        String username = getTranslation("team.import.username");
        problems.addColumn(RowProblem::row).setHeader(row).setAutoWidth(true);
        problems.addColumn(RowProblem::column)
                .setHeader(getTranslation("team.import.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.messageArguments()))
                .setHeader(getTranslation("team.import.problem"))
                .setFlexGrow(3);
        plan.addColumn(PlannedPerson::row).setHeader(row).setAutoWidth(true);
        plan.addColumn(p -> p.person().displayName()).setHeader(getTranslation("team.import.name"));
        plan.addColumn(p -> p.person().username()).setHeader(username);
        plan.addColumn(p ->
                        p.person().roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("team.import.roles"));
        plan.addColumn(p -> p.team() == null
                        ? ""
                        : p.newTeam() ? getTranslation("team.import.newTeam", p.team()) : p.team())
                .setHeader(getTranslation("team.import.team"));
        results.addColumn(Imported::row).setHeader(row).setAutoWidth(true);
        results.addColumn(i -> i.link().username()).setHeader(username);
        results.addColumn(i -> i.link().link())
                .setHeader(getTranslation("team.import.link"))
                .setFlexGrow(3);
        results.addColumn(i -> i.link().mailed() ? "✓" : "")
                .setHeader(getTranslation("team.import.mailed"))
                .setAutoWidth(true);
        problems.setVisible(false);
        plan.setVisible(false);
        results.setVisible(false);
        add(
                new H2(getTranslation("team.import.title")),
                new Paragraph(getTranslation("team.import.help")),
                upload,
                csv,
                new HorizontalLayout(
                        check, importButton, new Anchor("admin/users", getTranslation("team.import.back"))),
                outcome,
                problems,
                plan,
                results);
    }

    @Override
    public String titleKey() {
        return "team.import.pageTitle";
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
            outcome.setText(getTranslation("team.import.imported", done.size()));
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
        outcome.setText(
                found.problems().isEmpty()
                        ? getTranslation(
                                "team.import.ready",
                                found.rows().size(),
                                found.rows().stream()
                                        .filter(PlannedPerson::newTeam)
                                        .map(PlannedPerson::team)
                                        .distinct()
                                        .count())
                        : getTranslation(
                                "team.import.problems", found.problems().size()));
        problems.setItems(found.problems());
        problems.setVisible(!found.problems().isEmpty());
        plan.setItems(found.rows());
        plan.setVisible(found.problems().isEmpty());
        results.setVisible(false);
    }
}
