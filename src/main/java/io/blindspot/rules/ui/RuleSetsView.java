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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.rules.Diagnostic;
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
@Menu(order = 40, title = "rules.nav.rule-sets", icon = "vaadin:file-code")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RuleSetsView extends VerticalLayout implements TranslatedTitle {

    static final int POLL_MS = 1000;

    final Paragraph engineState = new Paragraph();
    final UnorderedList problems = new UnorderedList();
    final Grid<RuleSetVersionSummary> versions = new Grid<>(RuleSetVersionSummary.class, false);
    private final Div rejection = new Div();
    private final Paragraph noVersions = new Paragraph(getTranslation("rules.sets.none"));
    private final RuleSetHistory history;
    private final RuleBaseService ruleBase;
    private RuleEngineStatus shownStatus;
    private List<RuleSetVersionSummary> shownVersions;
    private Registration polling;

    RuleSetsView(RuleSetHistory history, RuleBaseService ruleBase) {
        this.history = history;
        this.ruleBase = ruleBase;
        add(
                new H2(getTranslation(titleKey())),
                engineState,
                rejection,
                new H3(getTranslation("rules.sets.versions")),
                noVersions);
        versions.addColumn(RuleSetVersionSummary::version).setHeader(getTranslation("rules.sets.column.version"));
        versions.addColumn(v -> LocalDates.dateTime(v.createdAt()))
                .setHeader(getTranslation("rules.sets.column.published"));
        versions.addColumn(RuleSetVersionSummary::author).setHeader(getTranslation("rules.sets.column.author"));
        versions.addColumn(v -> RuleLabels.source(v.source())).setHeader(getTranslation("rules.sets.column.source"));
        versions.addColumn(RuleSetVersionSummary::fileCount).setHeader(getTranslation("rules.sets.column.files"));
        versions.addColumn(RuleSetVersionSummary::note)
                .setHeader(getTranslation("rules.sets.column.note"))
                .setFlexGrow(2);
        versions.setAllRowsVisible(true);
        add(versions);
        refresh();
    }

    @Override
    public String titleKey() {
        return "rules.sets.title";
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
                            ? getTranslation("rules.sets.live", status.liveVersion())
                            : getTranslation("rules.sets.unavailable", RuleLabels.reason(status.unavailable())));
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

    void showRejection(RuleEngineStatus.Rejection refused) {
        rejection.removeAll();
        problems.removeAll();
        if (refused == null) {
            return;
        }
        rejection.add(
                new H3(getTranslation("rules.sets.refused", LocalDates.dateTime(refused.at()), refused.origin())));
        rejection.add(new Paragraph(getTranslation("rules.sets.refused.explanation")));
        refused.errors().forEach(d -> problems.add(new ListItem(describe(d))));
        refused.failedScenarios().forEach(s -> problems.add(new ListItem(getTranslation("rules.sets.scenario", s))));
        problems.addClassName("problems");
        rejection.add(problems);
    }

    /**
     * {@code file:line:column: STAGE: message} as {@link Diagnostic#toString()} writes it for logs,
     * with the step and a warning's severity in the person's language (the message is the engine's).
     */
    private static String describe(Diagnostic d) {
        String kind = d.isError()
                ? ""
                : switch (d.severity()) {
                    case "WARNING" -> I18NProvider.translate("rules.problems.severity.WARNING") + ": ";
                    case "INFO" -> I18NProvider.translate("rules.problems.severity.INFO") + ": ";
                    default -> d.severity() + ": ";
                };
        String where = d.field().isEmpty() ? "" : "[" + d.field() + "] ";
        return d.file() + ":" + d.line() + ":" + d.column() + ": " + RuleLabels.stage(d.stage()) + ": " + kind + where
                + RuleLabels.message(d);
    }
}
