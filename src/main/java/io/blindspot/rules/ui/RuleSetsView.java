package io.blindspot.rules.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.Formats;
import io.blindspot.rules.store.RuleSetHistory;
import io.blindspot.rules.store.RuleSetVersionSummary;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** HR: the published rule-set versions, newest first. */
@Route("rules")
@PageTitle("Rule sets · Blindspot")
@Menu(order = 40, title = "Rule sets", icon = "vaadin:file-code")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RuleSetsView extends VerticalLayout {

    final Grid<RuleSetVersionSummary> versions = new Grid<>(RuleSetVersionSummary.class, false);

    RuleSetsView(RuleSetHistory history) {
        add(new H2("Rule sets"));
        var all = history.all();
        if (all.isEmpty()) {
            add(new Paragraph("No rule set has been published yet."));
            return;
        }
        versions.addColumn(RuleSetVersionSummary::version).setHeader("Version");
        versions.addColumn(v -> Formats.dateTime(v.createdAt())).setHeader("Published");
        versions.addColumn(RuleSetVersionSummary::author).setHeader("Author");
        versions.addColumn(RuleSetVersionSummary::source).setHeader("Source");
        versions.addColumn(RuleSetVersionSummary::fileCount).setHeader("Files");
        versions.addColumn(RuleSetVersionSummary::note).setHeader("Note").setFlexGrow(2);
        versions.setItems(all);
        versions.setAllRowsVisible(true);
        add(versions);
    }
}
