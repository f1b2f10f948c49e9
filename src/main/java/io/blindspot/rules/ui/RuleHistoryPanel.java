package io.blindspot.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.rules.live.PublishOutcome;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.rules.workbench.RuleWorkbench;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Every published version; two of them side by side; rollback to one (a new version). */
class RuleHistoryPanel extends VerticalLayout {

    final Grid<RuleVersion> versions = new Grid<>(RuleVersion.class, false);
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button(getTranslation("rules.history.compare"));
    final Div diff = new Div();
    final TextField rollbackComment = new TextField(getTranslation("rules.history.rollback.comment"));
    final Button rollback = new Button(getTranslation("rules.history.rollback"));
    final Paragraph outcome = new Paragraph();

    private final RuleWorkbench workbench;
    private final String author;
    private final Runnable afterRollback;

    RuleHistoryPanel(RuleWorkbench workbench, String author, Runnable afterRollback) {
        this.workbench = workbench;
        this.author = author;
        this.afterRollback = afterRollback;
        setPadding(false);
        versions.addColumn(RuleVersion::version)
                .setHeader(getTranslation("rules.history.column.version"))
                .setAutoWidth(true);
        versions.addColumn(v -> LocalDates.dateTime(v.createdAt()))
                .setHeader(getTranslation("rules.history.column.published"))
                .setAutoWidth(true);
        versions.addColumn(RuleVersion::author)
                .setHeader(getTranslation("rules.history.column.author"))
                .setAutoWidth(true);
        versions.addColumn(v -> RuleLabels.source(v.source()))
                .setHeader(getTranslation("rules.history.column.how"))
                .setAutoWidth(true);
        versions.addColumn(
                        v -> v.baseVersion() == null ? "" : getTranslation("rules.history.based-on", v.baseVersion()))
                .setHeader(getTranslation("rules.history.column.based-on"));
        versions.addColumn(RuleVersion::status).setHeader(getTranslation("rules.history.column.outcome"));
        versions.addColumn(RuleVersion::comment)
                .setHeader(getTranslation("rules.history.column.comment"))
                .setFlexGrow(3);
        versions.setAllRowsVisible(true);
        versions.setAriaLabel(getTranslation("rules.history.versions"));
        from.setLabel(getTranslation("rules.history.from"));
        to.setLabel(getTranslation("rules.history.to"));
        compare.addClickListener(e -> compare());
        rollback.addClickListener(e -> rollback());
        rollbackComment.setWidth("24rem");
        var compareBar = new HorizontalLayout(from, to, compare);
        compareBar.setAlignItems(Alignment.BASELINE);
        var rollbackBar = new HorizontalLayout(rollbackComment, rollback);
        rollbackBar.setAlignItems(Alignment.BASELINE);
        diff.setWidthFull();
        add(
                new H3(getTranslation("rules.history.versions")),
                versions,
                rollbackBar,
                outcome,
                new H3(getTranslation("rules.history.compare.title")),
                compareBar,
                diff);
    }

    void refresh() {
        var all = workbench.history();
        versions.setItems(all);
        var numbers = all.stream().map(RuleVersion::version).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() >= 2) {
            from.setValue(numbers.get(1));
            to.setValue(numbers.get(0));
        } else if (numbers.size() == 1) {
            from.setValue(numbers.get(0));
            to.setValue(numbers.get(0));
        }
    }

    void compare() {
        diff.removeAll();
        if (from.isEmpty() || to.isEmpty()) {
            diff.add(new Paragraph(getTranslation("rules.history.compare.pick")));
            return;
        }
        Map<String, String> a = filesOf(from.getValue());
        Map<String, String> b = filesOf(to.getValue());
        var names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        int shown = 0;
        for (String name : names) {
            if (!Objects.equals(a.get(name), b.get(name))) {
                diff.add(new SideBySideDiff(
                        name,
                        getTranslation("rules.history.compare.version", from.getValue()),
                        a.get(name),
                        getTranslation("rules.history.compare.version", to.getValue()),
                        b.get(name)));
                shown++;
            }
        }
        if (shown == 0) {
            diff.add(new Paragraph(getTranslation("rules.history.compare.same", from.getValue(), to.getValue())));
        }
    }

    void rollback() {
        var selected = versions.asSingleSelect().getValue();
        if (selected == null) {
            outcome.setText(getTranslation("rules.history.rollback.select"));
            return;
        }
        var result = workbench.rollback(selected.version(), rollbackComment.getValue(), author);
        if (result instanceof PublishOutcome.Published p) {
            outcome.setText(getTranslation("rules.history.rollback.done", p.version(), selected.version()));
            show(getTranslation("rules.history.rollback.live", p.version()), NotificationVariant.LUMO_SUCCESS);
            rollbackComment.clear();
            refresh();
            afterRollback.run();
        } else if (result instanceof PublishOutcome.Rejected r) {
            outcome.setText(getTranslation(
                    "rules.history.rollback.rejected",
                    selected.version(),
                    r.check().diagnostics().size(),
                    r.check().failedScenarios().size()));
            show(getTranslation("rules.history.rollback.not-done"), NotificationVariant.LUMO_ERROR);
        } else if (result instanceof PublishOutcome.Conflict c) {
            outcome.setText(getTranslation("rules.history.rollback.conflict", c.liveVersion()));
            show(getTranslation("rules.history.rollback.not-done"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private Map<String, String> filesOf(int version) {
        return workbench.version(version).map(RuleVersion::files).orElse(Map.of());
    }

    private static void show(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
