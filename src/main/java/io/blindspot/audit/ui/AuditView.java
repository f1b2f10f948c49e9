package io.blindspot.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditLog;
import io.blindspot.audit.AuditLog.Filter;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Administrators: who did what to whom and when, filtered, and the same entries as CSV. */
@Route("admin/audit")
@Menu(order = 91, title = "audit.nav.audit", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout implements TranslatedTitle {

    String shown(int count) {
        return count >= AuditLog.SCREEN_LIMIT
                ? getTranslation("audit.shown.limit", count)
                : getTranslation("audit.shown.count", count);
    }

    final TextField actor = new TextField(getTranslation("audit.actor"));
    final TextField subject = new TextField(getTranslation("audit.subject"));
    final ComboBox<String> action = new ComboBox<>(getTranslation("audit.action"));
    final DatePicker from = new DatePicker(getTranslation("audit.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.to"));
    final Button apply = new Button(getTranslation("audit.apply"));
    final Anchor export = new Anchor();
    final Paragraph summary = new Paragraph();
    final Grid<AuditEntry> entries = new Grid<>(AuditEntry.class, false);
    private final AuditLog log;

    public AuditView(AuditLog log) {
        this.log = log;
        addClassName("audit-view");
        actor.setClearButtonVisible(true);
        subject.setClearButtonVisible(true);
        action.setItems(log.actions());
        action.setClearButtonVisible(true);
        apply.addClickListener(e -> refresh());
        export.setText(getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setHref(new StreamResource(
                "audit.csv", () -> new ByteArrayInputStream(log.csv(filter()).getBytes(StandardCharsets.UTF_8))));
        summary.setId("audit-summary");
        entries.addColumn(e -> LocalDates.dateTime(e.occurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::target)
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        entries.addColumn(AuditEntry::detail)
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        var filters = new HorizontalLayout(actor, subject, action, from, to, apply, export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("audit.title")), filters, summary, entries);
        setSizeFull();
        refresh();
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }

    Filter filter() {
        return new Filter(actor.getValue(), subject.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("audit.from-after-to"));
            to.setInvalid(true);
            summary.setText(getTranslation("audit.from-after-to"));
            return;
        }
        to.setInvalid(false);
        List<AuditEntry> found = log.search(filter());
        entries.setItems(found);
        summary.setText(shown(found.size()));
    }
}
