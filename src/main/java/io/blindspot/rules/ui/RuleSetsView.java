package io.blindspot.rules.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.blindspot.base.Formats;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.rules.store.RuleSetHistory;
import io.blindspot.rules.store.RuleSetVersionSummary;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * HR: the engine's state, the last refused change with every problem, and the published versions.
 * The page follows changes while it is open (a file saved in the watched rules folder, a publish
 * from the API or another node): it looks once a second and redraws when something changed.
 */
@Route("rules")
@PageTitle("Rule sets · Blindspot")
@Menu(order = 40, title = "rules.nav.rule-sets", icon = "vaadin:file-code")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RuleSetsView extends VerticalLayout {

    static final int POLL_MS = 1000;

    final Paragraph engineState = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Grid<RuleSetVersionSummary> versions = new Grid<>(RuleSetVersionSummary.class, false);
    private final Div rejection = new Div();
    private final Paragraph noVersions = new Paragraph("No rule set has been published yet.");
    private final RuleSetHistory history;
    private final RuleBaseService ruleBase;
    private RuleEngineStatus shownStatus;
    private List<RuleSetVersionSummary> shownVersions;
    private Registration polling;

    RuleSetsView(RuleSetHistory history, RuleBaseService ruleBase) {
        this.history = history;
        this.ruleBase = ruleBase;
        add(new H2("Rule sets"), engineState, rejection, new H3("Published versions"), noVersions);
        versions.addColumn(RuleSetVersionSummary::version).setHeader("Version");
        versions.addColumn(v -> Formats.dateTime(v.createdAt())).setHeader("Published");
        versions.addColumn(RuleSetVersionSummary::author).setHeader("Author");
        versions.addColumn(RuleSetVersionSummary::source).setHeader("Source");
        versions.addColumn(RuleSetVersionSummary::fileCount).setHeader("Files");
        versions.addColumn(RuleSetVersionSummary::note).setHeader("Note").setFlexGrow(2);
        versions.setAllRowsVisible(true);
        add(versions);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    /** Redraws what changed since the last look. */
    void refresh() {
        var status = ruleBase.status();
        if (!Objects.equals(status, shownStatus)) {
            shownStatus = status;
            engineState.setText(
                    status.available()
                            ? "Version " + status.liveVersion() + " is live."
                            : "No rule set is live: " + status.unavailableReason());
            engineState.setClassName(status.available() ? "ok" : "problem");
            showRejection(status.rejection());
        }
        var all = history.all();
        if (!all.equals(shownVersions)) {
            shownVersions = all;
            versions.setItems(all);
            versions.setVisible(!all.isEmpty());
            noVersions.setVisible(all.isEmpty());
        }
    }

    private void showRejection(RuleEngineStatus.Rejection refused) {
        rejection.removeAll();
        problems.removeAll();
        if (refused == null) {
            return;
        }
        rejection.add(new H3("Refused on " + Formats.dateTime(refused.at()) + ": " + refused.origin()));
        rejection.add(new Paragraph(
                "These rule files did not go live; the version above keeps serving. Fix every problem below."));
        refused.errors().forEach(d -> problems.add(new ListItem(d.toString())));
        refused.failedScenarios().forEach(s -> problems.add(new ListItem("Scenario " + s)));
        problems.addClassName("problems");
        rejection.add(problems);
    }
}
