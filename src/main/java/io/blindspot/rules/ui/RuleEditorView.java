package io.blindspot.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.live.CheckResult;
import io.blindspot.rules.live.PublishOutcome;
import io.blindspot.rules.ui.editor.CodeEditor;
import io.blindspot.rules.ui.editor.EditorDiagnostic;
import io.blindspot.rules.ui.editor.Problem;
import io.blindspot.rules.ui.editor.ProblemsList;
import io.blindspot.rules.workbench.Draft;
import io.blindspot.rules.workbench.FindingChange;
import io.blindspot.rules.workbench.ImpactPreview;
import io.blindspot.rules.workbench.PublishResult;
import io.blindspot.rules.workbench.RuleWorkbench;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's rule workbench: the rule set's files, the draft saved as HR types, Check, Publish with a
 * comment (a conflict shown as base, theirs, yours), and the history with diffs and rollback. All of
 * it goes through {@link RuleWorkbench}, which calls the one publishing pipeline.
 */
@Route("rules/edit")
@Menu(order = 41, title = "rules.nav.rule-editor", icon = "vaadin:edit")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://rule-workbench/rule-workbench.css")
public class RuleEditorView extends VerticalLayout implements TranslatedTitle {

    final Span draftState = new Span();
    final ListBox<String> files = new ListBox<>();
    final TextField fileName = new TextField(getTranslation("rules.editor.file-name"));
    final Button addFile = new Button(getTranslation("rules.editor.add-file"));
    final Button renameFile = new Button(getTranslation("rules.editor.rename"));
    final Button deleteFile = new Button(getTranslation("rules.editor.delete"));
    final CodeEditor editor = new CodeEditor();
    final ProblemsList problems = new ProblemsList();
    final Paragraph checkSummary = new Paragraph();
    final Div scenarios = new Div();
    final Button check = new Button(getTranslation("rules.editor.check"));
    final Button previewImpact = new Button(getTranslation("rules.editor.preview-impact"));
    final Div impact = new Div();
    final TextField comment = new TextField(getTranslation("rules.editor.comment"));
    final Button publish = new Button(getTranslation("rules.editor.publish"));
    final Button discard = new Button(getTranslation("rules.editor.discard"));
    final Div conflict = new Div();
    final RuleHistoryPanel history;
    final FactModelPanel factModel = new FactModelPanel();
    final ParametersForm parametersForm;
    final TabSheet tabs = new TabSheet();

    private final RuleWorkbench workbench;
    private final ImpactPreview impactPreview;
    private final String author;
    private Draft draft;
    private String openFile;
    private Map<String, List<EditorDiagnostic>> diagnosticsByFile = Map.of();

    RuleEditorView(RuleWorkbench workbench, ImpactPreview impactPreview, CurrentUser currentUser) {
        this.workbench = workbench;
        this.impactPreview = impactPreview;
        this.author = currentUser.username();
        this.history = new RuleHistoryPanel(workbench, author, this::reloadAfterRollback);
        this.parametersForm = new ParametersForm(workbench, this::parametersChanged, () -> {
            tabs.setSelectedIndex(0);
            check();
            previewImpact();
        });
        addClassName("rule-workbench");
        setSizeFull();

        draftState.addClassName("draft-state");
        files.setAriaLabel(getTranslation("rules.editor.files.label"));
        files.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(openFile)) {
                open(e.getValue());
            }
        });
        fileName.setPlaceholder(getTranslation("rules.editor.file-name.placeholder"));
        fileName.setHelperText(getTranslation("rules.editor.file-name.helper"));
        addFile.addClickListener(e -> addFile());
        renameFile.addClickListener(e -> renameFile());
        deleteFile.addClickListener(e -> deleteFile());
        var fileColumn = new VerticalLayout(
                new H3(getTranslation("rules.editor.files")),
                files,
                fileName,
                new HorizontalLayout(addFile, renameFile, deleteFile));
        fileColumn.addClassName("workbench-files");
        fileColumn.setPadding(false);

        editor.setWidthFull();
        editor.setHeight("28rem");
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edited(e.getValue());
            }
        });
        editor.addSaveShortcutListener(e -> saveNow());
        editor.addCheckShortcutListener(e -> check());
        problems.addProblemSelectedListener(e -> {
            var picked = e.getProblem();
            if (draft.files().containsKey(picked.file())) {
                open(picked.file());
                editor.jumpTo(picked.diagnostic().line(), picked.diagnostic().column());
            }
        });

        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        previewImpact.addClickListener(e -> previewImpact());
        comment.setPlaceholder(getTranslation("rules.editor.comment.placeholder"));
        comment.setWidth("24rem");
        publish.addClickListener(e -> publish());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> discard());
        var actions = new HorizontalLayout(check, previewImpact, comment, publish, discard);
        actions.setAlignItems(Alignment.BASELINE);

        var editorColumn = new VerticalLayout(actions, editor, checkSummary, problems, scenarios, impact, conflict);
        editorColumn.setPadding(false);
        // a long line scrolls inside the editor instead of widening the page
        editorColumn.setMinWidth("0");
        var workArea = new HorizontalLayout(fileColumn, editorColumn);
        workArea.setWidthFull();
        workArea.setFlexGrow(1, editorColumn);

        tabs.add(getTranslation("rules.editor.tab.edit"), workArea);
        var historyTab = tabs.add(getTranslation("rules.editor.tab.history"), history);
        var factModelTab = tabs.add(getTranslation("rules.editor.tab.fact-model"), factModel);
        var parametersTab = tabs.add(getTranslation("rules.editor.tab.parameters"), parametersForm);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyTab) {
                history.refresh();
            } else if (e.getSelectedTab() == parametersTab) {
                parametersForm.show(draft.files().get(io.blindspot.rules.RuleSetSource.PARAMETERS));
            } else if (e.getSelectedTab() == factModelTab) {
                factModel.showParameters(draft.files().get("parameters.yaml"));
            }
        });
        add(new H2(getTranslation(titleKey())), draftState, tabs);

        problems.showNotChecked();
        load(workbench.draft(author));
    }

    @Override
    public String titleKey() {
        return "rules.editor.title";
    }

    /** The draft as the editor shows it now, every keystroke included. */
    Draft draft() {
        return draft;
    }

    void open(String file) {
        openFile = file;
        files.setValue(file);
        editor.setFileName(file);
        editor.setCompletions(
                editor.getMode() == io.blindspot.rules.ui.editor.EditorMode.DSLR
                        ? workbench.sentences(draft)
                        : List.of());
        editor.setLabel(file);
        editor.setValue(draft.files().getOrDefault(file, ""));
        editor.setDiagnostics(diagnosticsByFile.getOrDefault(file, List.of()));
    }

    void check() {
        var result = workbench.check(draft);
        showCheck(result);
    }

    void previewImpact() {
        var result = impactPreview.preview(draft);
        impact.removeAll();
        if (!result.check().ok()) {
            // only a failed preview says something about the draft; a passed one ran no scenarios
            showCheck(result.check());
            impact.add(new Paragraph(getTranslation("rules.editor.impact.not-compiled")));
            return;
        }
        impact.add(new Paragraph(getTranslation("rules.editor.impact.no-scenarios")));
        impact.add(new H3(getTranslation(
                "rules.editor.impact.title",
                result.teams().size(),
                result.teamsEvaluated(),
                result.took().toMillis())));
        if (result.teams().isEmpty()) {
            impact.add(new Paragraph(getTranslation("rules.editor.impact.none")));
        }
        for (var team : result.teams()) {
            var box = new Div();
            box.addClassName("impact-team");
            box.add(new Span(team.teamName() + ": "));
            var changes = new com.vaadin.flow.component.html.UnorderedList();
            for (var change : team.changes()) {
                var item = new com.vaadin.flow.component.html.ListItem(
                        describe(change) + (change.title() == null ? "" : " — " + change.title()));
                item.addClassName("impact-"
                        + switch (change.kind()) {
                            case APPEARS -> "appears";
                            case DISAPPEARS -> "disappears";
                            case CHANGES_SEVERITY -> "changes";
                        });
                changes.add(item);
            }
            box.add(changes);
            impact.add(box);
        }
    }

    void publish() {
        if (comment.isEmpty() || comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation("rules.editor.comment.required"));
            comment.focus();
            return;
        }
        comment.setInvalid(false);
        save();
        PublishResult result = workbench.publish(draft, comment.getValue());
        conflict.removeAll();
        if (result.outcome() instanceof PublishOutcome.Published published) {
            notify(getTranslation("rules.editor.published", published.version()), NotificationVariant.LUMO_SUCCESS);
            comment.clear();
            reload(workbench.draft(author));
        } else if (result.outcome() instanceof PublishOutcome.Rejected rejected) {
            showCheck(rejected.check());
            notify(getTranslation("rules.editor.rejected"), NotificationVariant.LUMO_ERROR);
        } else if (result.outcome() instanceof PublishOutcome.Conflict c) {
            showConflict(c, result);
        }
    }

    void discard() {
        reload(workbench.discard(author));
        notify(getTranslation("rules.editor.discarded", draft.baseVersion()), NotificationVariant.LUMO_CONTRAST);
    }

    void addFile() {
        String name = fileName.getValue().trim();
        if (!validName(name)) {
            return;
        }
        if (draft.files().containsKey(name)) {
            fileName.setInvalid(true);
            fileName.setErrorMessage(getTranslation("rules.editor.file-exists", name));
            return;
        }
        var changed = new LinkedHashMap<>(draft.files());
        changed.put(name, "");
        replaceFiles(changed, name);
    }

    void renameFile() {
        String name = fileName.getValue().trim();
        if (openFile == null || !validName(name)) {
            return;
        }
        if (draft.files().containsKey(name)) {
            fileName.setInvalid(true);
            fileName.setErrorMessage(getTranslation("rules.editor.file-exists", name));
            return;
        }
        var changed = new LinkedHashMap<>(draft.files());
        changed.put(name, changed.remove(openFile));
        replaceFiles(changed, name);
    }

    void deleteFile() {
        if (openFile == null) {
            return;
        }
        var changed = new LinkedHashMap<>(draft.files());
        changed.remove(openFile);
        replaceFiles(
                changed, changed.isEmpty() ? null : changed.keySet().iterator().next());
    }

    private boolean validName(String name) {
        if (!io.blindspot.rules.RuleSetSource.isRuleSetFile(name)) {
            fileName.setInvalid(true);
            fileName.setErrorMessage(getTranslation("rules.editor.file-name.invalid"));
            return false;
        }
        fileName.setInvalid(false);
        return true;
    }

    private void replaceFiles(Map<String, String> changed, String show) {
        draft = new Draft(author, draft.baseVersion(), changed, draft.savedAt());
        save();
        markCheckStale();
        files.setItems(draft.files().keySet());
        fileName.clear();
        if (show != null) {
            open(show);
        } else {
            openFile = null;
            editor.setValue("");
        }
    }

    private void edited(String text) {
        if (openFile == null) {
            return;
        }
        var changed = new LinkedHashMap<>(draft.files());
        changed.put(openFile, text);
        draft = new Draft(author, draft.baseVersion(), changed, draft.savedAt());
        save();
        markCheckStale();
    }

    /**
     * A check result shown beside changed text would pass the change off as checked: once the text
     * changes, the summary says the result is out of date (the problems stay, to help the fix).
     */
    void markCheckStale() {
        if (checkSummary.getText().isEmpty() || checkSummary.hasClassName("check-stale")) {
            return;
        }
        boolean passed = checkSummary.hasClassName("check-passed");
        checkSummary.setText(
                passed ? getTranslation("rules.editor.stale.passed") : getTranslation("rules.editor.stale.failed"));
        checkSummary.setClassName("check-stale");
    }

    /** The parameters form changed parameters.yaml: into the draft, and into the editor when it shows the file. */
    private void parametersChanged(String yaml) {
        String name = io.blindspot.rules.RuleSetSource.PARAMETERS;
        boolean added = !draft.files().containsKey(name);
        var changed = new LinkedHashMap<>(draft.files());
        changed.put(name, yaml);
        draft = new Draft(author, draft.baseVersion(), changed, draft.savedAt());
        save();
        markCheckStale();
        if (added) {
            files.setItems(draft.files().keySet());
        }
        if (name.equals(openFile)) {
            editor.setValue(yaml);
        }
    }

    private void saveNow() {
        save();
        notify(getTranslation("rules.editor.saved"), NotificationVariant.LUMO_CONTRAST);
    }

    private void save() {
        try {
            draft = workbench.save(draft);
            showDraftState();
        } catch (RuntimeException e) {
            String problem = ProblemText.of(e);
            draftState.setText(getTranslation("rules.editor.not-saved", problem));
            notify(getTranslation("rules.editor.not-saved.notification", problem), NotificationVariant.LUMO_ERROR);
            throw e;
        }
    }

    private void load(Draft loaded) {
        draft = loaded;
        files.setItems(draft.files().keySet());
        showDraftState();
        if (!draft.files().isEmpty()) {
            open(draft.files().keySet().iterator().next());
        }
    }

    private void reload(Draft loaded) {
        diagnosticsByFile = Map.of();
        problems.showNotChecked();
        checkSummary.setText("");
        scenarios.removeAll();
        impact.removeAll();
        conflict.removeAll();
        String keep = openFile;
        openFile = null;
        load(loaded);
        if (keep != null && draft.files().containsKey(keep)) {
            open(keep);
        }
    }

    private void reloadAfterRollback() {
        if (draft.savedAt() == null) {
            reload(workbench.draft(author));
        } else {
            showDraftState();
        }
    }

    private void showDraftState() {
        boolean live = draft.baseVersion() != 0;
        if (draft.savedAt() == null) {
            draftState.setText(
                    live
                            ? getTranslation("rules.editor.state.live", draft.baseVersion())
                            : getTranslation("rules.editor.state.live-none"));
        } else {
            String saved = LocalDates.dateTime(draft.savedAt());
            draftState.setText(
                    live
                            ? getTranslation("rules.editor.state.draft", draft.baseVersion(), saved)
                            : getTranslation("rules.editor.state.draft-none", saved));
        }
    }

    private void showCheck(CheckResult result) {
        var byFile = new LinkedHashMap<String, List<EditorDiagnostic>>();
        var list = new java.util.ArrayList<Problem>();
        for (Diagnostic d : result.diagnostics()) {
            var shown = new EditorDiagnostic(
                    Math.max(d.line(), 1),
                    Math.max(d.column(), 0),
                    EditorDiagnostic.Severity.of(d.severity()),
                    RuleLabels.stage(d.stage()) + ": " + (d.field().isEmpty() ? "" : "[" + d.field() + "] ")
                            + RuleLabels.message(d));
            byFile.computeIfAbsent(d.file(), f -> new java.util.ArrayList<>()).add(shown);
            list.add(new Problem(d.file(), shown));
        }
        diagnosticsByFile = byFile;
        problems.setProblems(list);
        if (openFile != null) {
            editor.setDiagnostics(byFile.getOrDefault(openFile, List.of()));
        }
        checkSummary.setText(
                result.ok()
                        ? getTranslation("rules.editor.check.passed", result.passedScenarios())
                        : getTranslation(
                                "rules.editor.check.failed",
                                result.diagnostics().size(),
                                result.failedScenarios().size()));
        checkSummary.setClassName(result.ok() ? "check-passed" : "check-failed");
        scenarios.removeAll();
        for (var failure : result.failedScenarios()) {
            var box = new Div();
            box.addClassName("scenario-failure");
            box.add(new H3(getTranslation("rules.editor.scenario.title", failure.name(), failure.file())));
            box.add(new Paragraph(
                    getTranslation("rules.editor.scenario.expected", String.join("; ", failure.expected()))));
            box.add(new Paragraph(getTranslation(
                    "rules.editor.scenario.actual",
                    failure.actual().isEmpty()
                            ? getTranslation("rules.editor.scenario.no-findings")
                            : String.join("; ", failure.actual()))));
            failure.failures().forEach(f -> box.add(new Paragraph(f)));
            scenarios.add(box);
        }
    }

    private void showConflict(PublishOutcome.Conflict c, PublishResult result) {
        var title = new H3(getTranslation("rules.editor.conflict.title", c.liveVersion(), c.baseVersion()));
        title.addClassName("conflict-title");
        conflict.add(title, new Paragraph(getTranslation("rules.editor.conflict.explanation", c.liveVersion())));
        for (var file : result.conflictingFiles()) {
            conflict.add(new SideBySideDiff(
                    getTranslation("rules.editor.conflict.base-theirs", file.name()),
                    getTranslation("rules.editor.conflict.base", c.baseVersion()),
                    file.base(),
                    getTranslation("rules.editor.conflict.theirs", c.liveVersion()),
                    file.theirs()));
            conflict.add(new SideBySideDiff(
                    getTranslation("rules.editor.conflict.base-yours", file.name()),
                    getTranslation("rules.editor.conflict.base", c.baseVersion()),
                    file.base(),
                    getTranslation("rules.editor.conflict.yours"),
                    file.yours()));
        }
        var rebase = new Button(getTranslation("rules.editor.conflict.rebase", c.liveVersion()), e -> {
            reload(workbench.rebase(draft));
            notify(
                    getTranslation("rules.editor.conflict.rebased", draft.baseVersion()),
                    NotificationVariant.LUMO_CONTRAST);
        });
        rebase.setId("rebase");
        conflict.add(rebase);
        notify(getTranslation("rules.editor.conflict.notification", c.liveVersion()), NotificationVariant.LUMO_ERROR);
    }

    /** One change of the impact preview in the person's language, e.g. "UNIFORM_TASK_DOMINANCE appears (HIGH)". */
    private String describe(FindingChange change) {
        return switch (change.kind()) {
            case APPEARS -> getTranslation(
                    "rules.editor.impact.appears", change.code(), RuleLabels.severity(change.draftSeverity()));
            case DISAPPEARS -> getTranslation(
                    "rules.editor.impact.disappears", change.code(), RuleLabels.severity(change.liveSeverity()));
            case CHANGES_SEVERITY -> getTranslation(
                    "rules.editor.impact.changes",
                    change.code(),
                    RuleLabels.severity(change.liveSeverity()),
                    RuleLabels.severity(change.draftSeverity()));
        };
    }

    private static void notify(String text, NotificationVariant variant) {
        var n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
