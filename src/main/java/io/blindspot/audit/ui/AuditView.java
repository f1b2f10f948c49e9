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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditLog;
import io.blindspot.audit.AuditLog.Filter;
import io.blindspot.base.Formats;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Administrators: who did what to whom and when, filtered, and the same entries as CSV. */
@Route("admin/audit")
@PageTitle("Audit trail · Blindspot")
@Menu(order = 91, title = "audit.nav.audit", icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout {

    static final String TITLE = "Audit trail";
    static final String ACTOR = "Actor (username)";
    static final String SUBJECT = "Subject (username or target)";
    static final String ACTION = "Action";
    static final String FROM = "From";
    static final String TO = "To";
    static final String APPLY = "Filter";
    static final String EXPORT = "Export CSV";
    static final String WHEN = "When";
    static final String TARGET = "Target";
    static final String DETAIL = "Detail";
    static final String FROM_AFTER_TO = "The first day is after the last one.";

    static String shown(int count) {
        return count >= AuditLog.SCREEN_LIMIT
                ? "The newest " + count + " matching entries; narrow the filter or export CSV for more."
                : count + " matching entries.";
    }

    final TextField actor = new TextField(ACTOR);
    final TextField subject = new TextField(SUBJECT);
    final ComboBox<String> action = new ComboBox<>(ACTION);
    final DatePicker from = new DatePicker(FROM);
    final DatePicker to = new DatePicker(TO);
    final Button apply = new Button(APPLY);
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
        export.setText(EXPORT);
        export.getElement().setAttribute("download", true);
        export.setHref(new StreamResource(
                "audit.csv", () -> new ByteArrayInputStream(log.csv(filter()).getBytes(StandardCharsets.UTF_8))));
        summary.setId("audit-summary");
        entries.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(WHEN).setAutoWidth(true);
        entries.addColumn(AuditEntry::actor).setHeader(ACTOR).setAutoWidth(true);
        entries.addColumn(AuditEntry::action).setHeader(ACTION).setAutoWidth(true);
        entries.addColumn(AuditEntry::target).setHeader(TARGET).setAutoWidth(true);
        entries.addColumn(AuditEntry::detail).setHeader(DETAIL).setFlexGrow(3);
        var filters = new HorizontalLayout(actor, subject, action, from, to, apply, export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(TITLE), filters, summary, entries);
        setSizeFull();
        refresh();
    }

    Filter filter() {
        return new Filter(actor.getValue(), subject.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(FROM_AFTER_TO);
            to.setInvalid(true);
            summary.setText(FROM_AFTER_TO);
            return;
        }
        to.setInvalid(false);
        List<AuditEntry> found = log.search(filter());
        entries.setItems(found);
        summary.setText(shown(found.size()));
    }
}
