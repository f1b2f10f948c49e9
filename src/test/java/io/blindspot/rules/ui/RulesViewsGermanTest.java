package io.blindspot.rules.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.dom.Element;
import io.blindspot.base.InputRefused;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.Stage;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.rules.store.RuleDraft;
import io.blindspot.rules.store.RuleDraftRepository;
import io.blindspot.support.KaribuTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rule editor and the rule sets page for a person who reads German. */
class RulesViewsGermanTest extends KaribuTest {

    @Autowired
    RuleDraftRepository drafts;

    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]+(\\.[A-Za-z0-9_-]+)+!");

    @Test
    void the_rule_editor_speaks_german() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("rules/edit");

        var view = _get(RuleEditorView.class);
        assertThat(view.getPageTitle()).isEqualTo("Regeleditor · Blindspot");
        assertThat(_get(view, H2.class).getText()).isEqualTo("Regeleditor");
        assertThat(view.check.getText()).isEqualTo("Prüfen");
        assertThat(view.previewImpact.getText()).isEqualTo("Auswirkungen zeigen");
        assertThat(view.publish.getText()).isEqualTo("Veröffentlichen");
        assertThat(view.discard.getText()).isEqualTo("Entwurf verwerfen");
        assertThat(view.comment.getLabel()).isEqualTo("Kommentar");
        assertThat(view.fileName.getLabel()).isEqualTo("Dateiname");
        assertThat(tabLabels(view)).containsExactly("Bearbeiten", "Verlauf", "Faktenmodell", "Parameter");
        assertThat(view.draftState.getText()).matches("Sie bearbeiten die Live-Regeln .*|Ihr Entwurf auf Basis .*");
        assertThat(view.problems.getElement().getTextRecursively()).startsWith("Probleme: noch nicht geprüft");
        assertThat(view.parametersForm.checkAndPreview.getText()).isEqualTo("Prüfen und Auswirkungen zeigen");
        assertThat(view.parametersForm.fields.values())
                .allSatisfy(field -> assertThat(field.getHelperText()).contains("Erlaubt: "));
        assertThat(headers(view.history.versions))
                .containsExactly(
                        "Version", "Veröffentlicht", "Autor", "Herkunft", "Basiert auf", "Ergebnis", "Kommentar");
        assertThat(view.history.rollback.getText()).isEqualTo("Auf die gewählte Version zurücksetzen");

        view.check();

        assertThat(view.checkSummary.getText())
                .startsWith("Prüfung bestanden: ")
                .endsWith("Nichts wurde veröffentlicht.");
        assertThat(view.problems.getElement().getTextRecursively()).startsWith("Probleme: ");
        assertThat(missingKeys(view)).isEmpty();
    }

    @Test
    void the_rule_sets_page_speaks_german() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);

        navigate("rules");

        var view = _get(RuleSetsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Regelwerke · Blindspot");
        assertThat(_get(view, H2.class).getText()).isEqualTo("Regelwerke");
        assertThat(view.engineState.getText()).matches("Version \\d+ ist live\\.");
        assertThat(headers(view.versions))
                .containsExactly("Version", "Veröffentlicht", "Autor", "Herkunft", "Dateien", "Notiz");
        assertThat(view.getElement().getTextRecursively()).contains("Veröffentlichte Versionen");
        assertThat(missingKeys(view)).isEmpty();
    }

    @Test
    void a_refused_change_is_explained_in_german() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules");
        var view = _get(RuleSetsView.class);

        view.showRejection(new RuleEngineStatus.Rejection(
                "rules/",
                Instant.parse("2026-12-01T10:00:00Z"),
                List.of(
                        Diagnostic.error(Stage.COMPILE, "team.drl", 3, 5, "Unable to resolve TeamMembr"),
                        new Diagnostic("leader.drl", 7, 0, Stage.POLICY, "WARNING", "", "Unused import")),
                List.of("seed-executives")));

        var text = view.getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "Abgelehnt am ",
                        "Diese Regeldateien sind nicht live gegangen",
                        "team.drl:3:5: KOMPILIEREN: Unable to resolve TeamMembr",
                        "leader.drl:7:0: RICHTLINIE: Warnung: Unused import",
                        "Szenario seed-executives");
        assertThat(missingKeys(view)).isEmpty();
    }

    @Test
    void a_draft_the_server_refuses_to_save_is_explained_in_german() {
        login("hr");
        // a file name the editor's own field would not let through, stored by an older client
        drafts.save(new RuleDraft("hr", 1, "{\"notes.txt\":\"\"}", Instant.parse("2026-12-01T10:00:00Z")));
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.open("notes.txt");

            assertThatThrownBy(() -> _setValue(view.editor, "a note")).hasRootCauseInstanceOf(InputRefused.class);

            assertThat(view.draftState.getText())
                    .isEqualTo(
                            "Entwurf NICHT gespeichert: Kein gültiger Name für eine Regeldatei: notes.txt"
                                    + " (verwenden Sie NAME.drl, NAME.dslr, NAME.dsl, parameters.yaml oder scenarios/NAME.yaml)");
        } finally {
            view.discard();
        }
    }

    @Test
    void a_forbidden_call_in_a_rule_is_reported_in_german_at_its_line() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.open("team-composition.drl");
            var lines = new ArrayList<>(List.of(view.editor.getValue().split("\n", -1)));
            int then = lines.indexOf("then");
            lines.add(then + 1, "    System.exit( 1 );");
            _setValue(view.editor, String.join("\n", lines));

            view.check();

            assertThat(view.checkSummary.getText()).startsWith("Prüfung fehlgeschlagen");
            assertThat(view.problems.getProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo("team-composition.drl:" + (then + 2) + ":5");
                assertThat(problem.diagnostic().message())
                        .isEqualTo("RICHTLINIE: „System“ ist hier nicht bekannt: Regeln dürfen ihre gebundenen"
                                + " Variablen ($name), params und die Typen des Faktenmodells "
                                + "Audience, CoachingAction, Finding, Parameters, ScaleStats, Severity, Team,"
                                + " TeamMember verwenden (Klassen wie System, Class, Math oder Thread sind nicht"
                                + " erlaubt).");
            });
            assertThat(missingKeys(view)).isEmpty();
        } finally {
            view.discard();
        }
    }

    @Test
    void inserting_a_plain_value_and_calling_a_method_on_text_are_reported_in_german() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.open("team-composition.drl");
            var lines = new ArrayList<>(List.of(view.editor.getValue().split("\n", -1)));
            int then = lines.indexOf("then");
            lines.add(then + 1, "    insert( \"done\" );");
            lines.add(then + 2, "    insert( Finding.of( \"X\".toLowerCase(), Severity.LOW ) );");
            _setValue(view.editor, String.join("\n", lines));

            view.check();

            assertThat(view.problems.getProblems())
                    .satisfiesExactly(
                            problem -> {
                                assertThat(problem.location()).isEqualTo("team-composition.drl:" + (then + 2) + ":5");
                                assertThat(problem.diagnostic().message())
                                        .isEqualTo("RICHTLINIE: insert darf nur Objekte vom Typ CoachingAction oder"
                                                + " Finding einfügen, erzeugt mit CoachingAction.forLeader,"
                                                + " CoachingAction.forMember, CoachingAction.forTeam, Finding.of;"
                                                + " hier wird eingefügt: ein Wert.");
                            },
                            problem -> {
                                assertThat(problem.location()).isEqualTo("team-composition.drl:" + (then + 3) + ":25");
                                assertThat(problem.diagnostic().message())
                                        .isEqualTo("RICHTLINIE: „toLowerCase“ kann nicht aufgerufen werden, denn ein"
                                                + " Wert hat keine Methoden für Regeln: Vergleichen Sie"
                                                + " Werte, rechnen Sie mit + - * / % oder verbinden Sie sie mit + zu"
                                                + " einem Text.");
                            });
            assertThat(missingKeys(view)).isEmpty();
        } finally {
            view.discard();
        }
    }

    @Test
    void a_scenario_team_with_two_leaders_or_no_mapping_at_all_is_reported_in_german() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.open("scenarios/balanced-team.yaml");
            String shipped = view.editor.getValue();
            _setValue(view.editor, shipped.replace("name: Eli,    role: MEMBER", "name: Eli,    role: LEADER"));

            view.check();

            assertThat(view.problems.getProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("scenarios/balanced-team.yaml");
                assertThat(problem.diagnostic().message())
                        .isEqualTo("EINLESEN: [team] members: Mehr als ein Mitglied hat die Rolle LEADER.");
            });

            _setValue(view.editor, "just a sentence");
            view.check();

            assertThat(view.problems.getProblems()).singleElement().satisfies(problem -> assertThat(
                            problem.diagnostic().message())
                    .isEqualTo("EINLESEN: Erwartet wird auf oberster Ebene eine YAML-Zuordnung (Zeilen der Form"
                            + " Schlüssel: Wert)."));
            assertThat(missingKeys(view)).isEmpty();
        } finally {
            view.discard();
        }
    }

    @Test
    void a_business_language_sentence_the_dsl_does_not_know_is_reported_in_german_with_the_closest_one() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.open("missing-style.dslr");
            _setValue(view.editor, view.editor.getValue().replace("nobody is high in S", "nobody is hihg in S"));

            view.check();

            assertThat(view.problems.getProblems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("missing-style.dslr");
                assertThat(problem.diagnostic().message())
                        .isEqualTo(
                                "EINLESEN: Kein Satz der DSL passt als Bedingung zu „nobody is hihg in S“; am nächsten"
                                        + " kommt „nobody is high in {scale}“.");
            });
        } finally {
            view.discard();
        }
    }

    @Test
    void the_parameters_form_says_in_german_that_low_must_stay_below_high() {
        login("hr");
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate("rules/edit");
        var view = _get(RuleEditorView.class);
        try {
            view.tabs.setSelectedIndex(3);
            var low = view.parametersForm.fields.get("low");

            _setValue(low, new java.math.BigDecimal("80"));

            assertThat(low.isInvalid()).isTrue();
            assertThat(low.getErrorMessage())
                    .isEqualTo("Es muss 0 <= low < high <= 100 gelten, hier ist low 80.0 und high 65.0.");
        } finally {
            view.discard();
        }
    }

    private static List<String> tabLabels(RuleEditorView view) {
        return _find(view.tabs, Tab.class).stream().map(Tab::getLabel).toList();
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    /** Every "!key!" a person could read or hear: texts, labels, helpers, placeholders, grid headers. */
    private static List<String> missingKeys(Component view) {
        var shown = new ArrayList<String>();
        collect(view.getElement(), shown);
        descendants(view).filter(Grid.class::isInstance).forEach(grid -> shown.addAll(headers((Grid<?>) grid)));
        return shown.stream().filter(text -> MISSING_KEY.matcher(text).find()).toList();
    }

    private static void collect(Element element, List<String> shown) {
        if (element.isTextNode()) {
            shown.add(element.getText());
        }
        element.getPropertyNames().forEach(name -> {
            var value = element.getPropertyRaw(name);
            if (value != null) {
                shown.add(String.valueOf(value));
            }
        });
        element.getAttributeNames().forEach(name -> shown.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, shown));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(RulesViewsGermanTest::descendants));
    }
}
