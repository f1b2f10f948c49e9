package io.blindspot.rules.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.Formats;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.rules.store.RuleSetHistory;
import io.blindspot.rules.store.RuleSetVersionSummary;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** HR: the engine's state, the last refused change with every problem, and the published versions. */
@Route("rules")
@PageTitle("Rule sets · Blindspot")
@Menu(order = 40, title = "Rule sets", icon = "vaadin:file-code")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RuleSetsView extends VerticalLayout {

    final Paragraph engineState = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Grid<RuleSetVersionSummary> versions = new Grid<>(RuleSetVersionSummary.class, false);

    RuleSetsView(RuleSetHistory history, RuleBaseService ruleBase) {
        add(new H2("Rule sets"));
        var status = ruleBase.status();
        engineState.setText(
                status.available()
                        ? "Version " + status.liveVersion() + " is live."
                        : "No rule set is live: " + status.unavailableReason());
        engineState.addClassName(status.available() ? "ok" : "problem");
        add(engineState);
        if (status.rejection() != null) {
            showRejection(status.rejection());
        }
        add(new H3("Published versions"));
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

    private void showRejection(RuleEngineStatus.Rejection rejection) {
        add(new H3("Refused on " + Formats.dateTime(rejection.at()) + ": " + rejection.origin()));
        add(new Paragraph(
                "These rule files did not go live; the version above keeps serving. Fix every problem below."));
        rejection.errors().forEach(d -> problems.add(new ListItem(d.toString())));
        rejection.failedScenarios().forEach(s -> problems.add(new ListItem("Scenario " + s)));
        problems.addClassName("problems");
        add(problems);
    }
}
