package io.blindspot.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.blindspot.assessment.InstrumentAdministration;
import io.blindspot.assessment.InstrumentVersionSummary;
import io.blindspot.assessment.instrument.InstrumentValidationException;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;

/** Administrators: the stored instrument versions, and importing a new one from its YAML file. */
@Route("admin/instruments")
@Menu(order = 80, title = "assessment.nav.instruments", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.ADMIN_NAME)
public class InstrumentsView extends VerticalLayout implements TranslatedTitle {

    private final InstrumentAdministration administration;
    final Grid<InstrumentVersionSummary> versions = new Grid<>(InstrumentVersionSummary.class, false);
    final TextArea yaml = new TextArea();
    final Upload upload = new Upload();
    final Button importButton = new Button();
    final Paragraph outcome = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    String sourceName;

    InstrumentsView(InstrumentAdministration administration) {
        this.administration = administration;
        yaml.setLabel(getTranslation("assessment.instruments.yaml"));
        importButton.setText(getTranslation("assessment.instruments.import"));
        sourceName = getTranslation("assessment.instruments.pasted");
        add(new H2(getTranslation("assessment.instruments.title")));
        versions.addColumn(InstrumentVersionSummary::instrumentKey)
                .setHeader(getTranslation("assessment.instruments.column.instrument"));
        versions.addColumn(InstrumentVersionSummary::version)
                .setHeader(getTranslation("assessment.instruments.column.version"));
        versions.addColumn(InstrumentVersionSummary::title)
                .setHeader(getTranslation("assessment.instruments.column.title"))
                .setFlexGrow(2);
        versions.addColumn(InstrumentVersionSummary::itemCount)
                .setHeader(getTranslation("assessment.instruments.column.items"));
        versions.addColumn(v -> Dates.dateTime(v.storedAt(), getLocale()))
                .setHeader(getTranslation("assessment.instruments.column.stored"));
        versions.setAllRowsVisible(true);
        add(versions, new H3(getTranslation("assessment.instruments.import-heading")));
        add(new Paragraph(getTranslation("assessment.instruments.import-help")));
        yaml.setWidthFull();
        yaml.setMinHeight("12em");
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFileSize(512 * 1024);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            Runnable fill = () -> {
                sourceName = metadata.fileName();
                yaml.setValue(new String(bytes, StandardCharsets.UTF_8));
            };
            if (ui != null) {
                ui.access(fill::run);
            } else {
                fill.run();
            }
        }));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importInstrument());
        problems.addClassName("problems");
        outcome.addClassName("import-outcome");
        yaml.setMaxHeight("24em");
        // the outcome sits beside the button, not below a long file
        var importRow = new HorizontalLayout(importButton, outcome);
        importRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        importRow.addClassName("import-row");
        add(upload, importRow, problems, yaml);
        refresh();
    }

    private void importInstrument() {
        problems.removeAll();
        outcome.removeClassName("problem");
        try {
            var result = administration.importInstrument(yaml.getValue(), sourceName);
            var stored = result.version();
            outcome.setText(
                    result.alreadyStored()
                            ? getTranslation("assessment.instruments.already-stored", stored.label())
                            : getTranslation("assessment.instruments.stored", stored.label(), stored.itemCount()));
            refresh();
        } catch (InstrumentValidationException e) {
            outcome.setText(getTranslation(
                    "assessment.instruments.not-imported",
                    e.sourceName(),
                    e.problems().size()));
            outcome.addClassName("problem");
            e.problems().forEach(p -> problems.add(new ListItem(p.located())));
        } catch (IllegalArgumentException e) {
            outcome.setText(ProblemText.of(e));
            outcome.addClassName("problem");
        }
    }

    @Override
    public String titleKey() {
        return "assessment.instruments.title";
    }

    private void refresh() {
        versions.setItems(administration.versions());
    }
}
