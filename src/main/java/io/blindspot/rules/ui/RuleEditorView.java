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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.Formats;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.live.CheckResult;
import io.blindspot.rules.live.PublishOutcome;
import io.blindspot.rules.ui.editor.CodeEditor;
import io.blindspot.rules.ui.editor.EditorDiagnostic;
import io.blindspot.rules.ui.editor.Problem;
import io.blindspot.rules.ui.editor.ProblemsList;
import io.blindspot.rules.workbench.Draft;
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
@PageTitle("Rule editor · Blindspot")
@Menu(order = 41, title = "rules.nav.rule-editor", icon = "vaadin:edit")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
@StyleSheet("context://rule-workbench/rule-workbench.css")
public class RuleEditorView extends VerticalLayout {

    final Span draftState = new Span();
    final ListBox<String> files = new ListBox<>();
    final TextField fileName = new TextField("File name");
    final Button addFile = new Button("Add file");
    final Button renameFile = new Button("Rename");
    final Button deleteFile = new Button("Delete");
    final CodeEditor editor = new CodeEditor();
    final ProblemsList problems = new ProblemsList();
    final Paragraph checkSummary = new Paragraph();
    final Div scenarios = new Div();
    final Button check = new Button("Check");
    final Button previewImpact = new Button("Preview impact");
    final Div impact = new Div();
    final TextField comment = new TextField("Comment");
    final Button publish = new Button("Publish");
    final Button discard = new Button("Discard draft");
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
        files.setAriaLabel("Rule-set files");
        files.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(openFile)) {
                open(e.getValue());
            }
        });
        fileName.setPlaceholder("e.g. my-rules.drl");
        fileName.setHelperText(".drl, .dslr, .dsl, parameters.yaml or scenarios/NAME.yaml");
        addFile.addClickListener(e -> addFile());
        renameFile.addClickListener(e -> renameFile());
        deleteFile.addClickListener(e -> deleteFile());
        var fileColumn = new VerticalLayout(
                new H3("Files"), files, fileName, new HorizontalLayout(addFile, renameFile, deleteFile));
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
        comment.setPlaceholder("What changes and why");
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

        tabs.add("Edit", workArea);
        tabs.add("History", history);
        tabs.add("Fact model", factModel);
        tabs.add("Parameters", parametersForm);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab().getLabel().equals("History")) {
                history.refresh();
            } else if (e.getSelectedTab().getLabel().equals("Parameters")) {
                parametersForm.show(draft.files().get(io.blindspot.rules.RuleSetSource.PARAMETERS));
            } else if (e.getSelectedTab().getLabel().equals("Fact model")) {
                factModel.showParameters(draft.files().get("parameters.yaml"));
            }
        });
        add(new H2("Rule editor"), draftState, tabs);

        problems.showNotChecked();
        load(workbench.draft(author));
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
            impact.add(new Paragraph("No impact preview: the draft's rules must compile first."));
            return;
        }
        impact.add(new Paragraph("Scenarios are not run for the preview; Check and Publish run them."));
        impact.add(new H3("Impact: " + result.teams().size() + " of " + result.teamsEvaluated()
                + " teams would see different findings (" + result.took().toMillis() + " ms)"));
        if (result.teams().isEmpty()) {
            impact.add(new Paragraph("No team's findings would change."));
        }
        for (var team : result.teams()) {
            var box = new Div();
            box.addClassName("impact-team");
            box.add(new Span(team.teamName() + ": "));
            var changes = new com.vaadin.flow.component.html.UnorderedList();
            for (var change : team.changes()) {
                var item = new com.vaadin.flow.component.html.ListItem(
                        change.describe() + (change.title() == null ? "" : " — " + change.title()));
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
            comment.setErrorMessage("Say what changes and why before publishing");
            comment.focus();
            return;
        }
        comment.setInvalid(false);
        save();
        PublishResult result = workbench.publish(draft, comment.getValue());
        conflict.removeAll();
        if (result.outcome() instanceof PublishOutcome.Published published) {
            notify("Published as version " + published.version() + ".", NotificationVariant.LUMO_SUCCESS);
            comment.clear();
            reload(workbench.draft(author));
        } else if (result.outcome() instanceof PublishOutcome.Rejected rejected) {
            showCheck(rejected.check());
            notify("Not published: the check failed. Your draft is kept.", NotificationVariant.LUMO_ERROR);
        } else if (result.outcome() instanceof PublishOutcome.Conflict c) {
            showConflict(c, result);
        }
    }

    void discard() {
        reload(workbench.discard(author));
        notify(
                "Draft discarded; you are editing version " + draft.baseVersion() + ".",
                NotificationVariant.LUMO_CONTRAST);
    }

    void addFile() {
        String name = fileName.getValue().trim();
        if (!validName(name)) {
            return;
        }
        if (draft.files().containsKey(name)) {
            fileName.setInvalid(true);
            fileName.setErrorMessage(name + " already exists");
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
            fileName.setErrorMessage(name + " already exists");
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
            fileName.setErrorMessage("Use NAME.drl, NAME.dslr, NAME.dsl, parameters.yaml or scenarios/NAME.yaml");
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
        checkSummary.setText("Changed since the last check, which " + (passed ? "passed" : "failed")
                + ": check again before publishing.");
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
        notify("Draft saved.", NotificationVariant.LUMO_CONTRAST);
    }

    private void save() {
        try {
            draft = workbench.save(draft);
            showDraftState();
        } catch (RuntimeException e) {
            draftState.setText("Draft NOT saved: " + e.getMessage());
            notify("Your draft could not be saved: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
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
        String base = draft.baseVersion() == 0 ? "no live version" : "version " + draft.baseVersion();
        draftState.setText(
                draft.savedAt() == null
                        ? "Editing the live rules (" + base + "); a draft is saved as soon as you type."
                        : "Your draft, based on " + base + ", saved " + Formats.dateTime(draft.savedAt()) + ".");
    }

    private void showCheck(CheckResult result) {
        var byFile = new LinkedHashMap<String, List<EditorDiagnostic>>();
        var list = new java.util.ArrayList<Problem>();
        for (Diagnostic d : result.diagnostics()) {
            var shown = new EditorDiagnostic(
                    Math.max(d.line(), 1),
                    Math.max(d.column(), 0),
                    EditorDiagnostic.Severity.of(d.severity()),
                    d.stage() + ": " + (d.field().isEmpty() ? "" : "[" + d.field() + "] ") + d.message());
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
                        ? "Check passed: " + result.passedScenarios() + " scenarios pass. Nothing was published."
                        : "Check failed: " + result.diagnostics().size() + " problem(s), "
                                + result.failedScenarios().size() + " failed scenario(s). Nothing was published.");
        checkSummary.setClassName(result.ok() ? "check-passed" : "check-failed");
        scenarios.removeAll();
        for (var failure : result.failedScenarios()) {
            var box = new Div();
            box.addClassName("scenario-failure");
            box.add(new H3("Scenario " + failure.name() + " (" + failure.file() + ")"));
            box.add(new Paragraph("Expected: " + String.join("; ", failure.expected())));
            box.add(new Paragraph(
                    "Actual: " + (failure.actual().isEmpty() ? "no findings" : String.join("; ", failure.actual()))));
            failure.failures().forEach(f -> box.add(new Paragraph(f)));
            scenarios.add(box);
        }
    }

    private void showConflict(PublishOutcome.Conflict c, PublishResult result) {
        var title = new H3("Not published: version " + c.liveVersion()
                + " was published after your draft started from version " + c.baseVersion() + ".");
        title.addClassName("conflict-title");
        conflict.add(
                title,
                new Paragraph("Nothing was overwritten and your draft is kept. Compare the three versions"
                        + " of each file, bring their change into your draft, then start your draft on version "
                        + c.liveVersion() + " and publish again."));
        for (var file : result.conflictingFiles()) {
            conflict.add(new SideBySideDiff(
                    file.name() + " — base ↔ theirs",
                    "base (version " + c.baseVersion() + ")",
                    file.base(),
                    "theirs (version " + c.liveVersion() + ")",
                    file.theirs()));
            conflict.add(new SideBySideDiff(
                    file.name() + " — base ↔ yours",
                    "base (version " + c.baseVersion() + ")",
                    file.base(),
                    "yours (draft)",
                    file.yours()));
        }
        var rebase = new Button("Start my draft on version " + c.liveVersion(), e -> {
            reload(workbench.rebase(draft));
            notify(
                    "Your draft is now based on version " + draft.baseVersion() + ".",
                    NotificationVariant.LUMO_CONTRAST);
        });
        rebase.setId("rebase");
        conflict.add(rebase);
        notify(
                "Not published: someone published version " + c.liveVersion() + " in between.",
                NotificationVariant.LUMO_ERROR);
    }

    private static void notify(String text, NotificationVariant variant) {
        var n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
