package io.blindspot.rules.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.blindspot.rules.engine.policy.testfacts.Counter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the policy allows and refuses, and that each refusal says where and what to write instead. */
class RulePolicyTest {

    private static final String HEADER =
            """
            package blindspot;

            import io.blindspot.rules.facts.*;

            global Parameters params;

            """;

    private final RulePolicy policy = new RulePolicy();

    @Test
    void an_unknown_property_is_refused_at_its_place_and_the_real_properties_are_listed() {
        PolicyReport report = policy.check("x.drl", HEADER + rule("Team( nonsense > 3 )", ""));

        assertThat(report.parseErrors()).isEmpty();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("x.drl");
            assertThat(v.line()).isEqualTo(9);
            assertThat(v.column()).isEqualTo(11);
            assertThat(v.message()).contains("Team has no property 'nonsense'", "completed", "dominantStyle");
        });
    }

    @Test
    void a_refusal_carries_its_text_key_and_says_the_same_english_as_the_command_line() {
        PolicyReport report =
                policy.check("x.drl", HEADER.replace("package blindspot;", "") + rule("Team()", "System.exit( 0 );"));

        assertThat(report.violations())
                .extracting(PolicyViolation::message)
                .containsExactly(
                        "a rule file starts with package blindspot; (this one has none)",
                        "'System' is not known here: rules may use their bound variables ($name), params, and the"
                                + " fact-model types Audience, CoachingAction, Finding, Parameters, ScaleStats,"
                                + " Severity, Team, TeamMember (classes such as System, Class, Math or Thread are not"
                                + " allowed)");
        assertThat(report.violations())
                .allSatisfy(v -> assertThat(v.message()).isEqualTo(v.text().english()))
                .extracting(v -> v.text().messageKey())
                .containsExactly("rules.policy.package-none", "rules.policy.unknown-name");
        assertThat(Statements.thenAllowed().english()).isEqualTo(ConsequenceCheck.THEN_ALLOWED);
        assertThat(PolicyText.of("rules.policy.unicode-escape").english())
                .isEqualTo("this is not a valid unicode escape (\\u and four hex digits)");
        assertThat(PolicyText.of("rules.policy.modify-no-setters", "Team", "{ setName( ... ) }")
                        .english())
                .isEqualTo("modify may only call setters of Team, e.g. modify( $fact ) { setName( ... ) }; Team has"
                        + " none, its values are fixed: insert a Finding or CoachingAction instead");
    }

    @Test
    void a_file_drools_cannot_read_is_a_parse_error_with_its_position() {
        PolicyReport report = policy.check("broken.drl", HEADER + rule("Team( completed >= , size > 2 )", ""));

        assertThat(report.passed()).isFalse();
        assertThat(report.violations()).isEmpty();
        assertThat(report.parseErrors()).first().satisfies(e -> {
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.column()).isEqualTo(24);
        });
    }

    @Test
    void only_the_fact_model_may_be_imported_whole_or_by_type() {
        String imports = "package blindspot;\n\nimport io.blindspot.rules.facts.Team;\n"
                + "import io.blindspot.rules.facts.TeamFacts;\nimport java.util.List;\n\n";

        List<PolicyViolation> refused = policy.check("x.drl", imports).violations();

        assertThat(refused).extracting(PolicyViolation::line).containsExactly(4, 5);
        assertThat(refused.get(0).message()).contains("import io.blindspot.rules.facts.TeamFacts is not allowed");
        assertThat(refused.get(1).message()).contains("import io.blindspot.rules.facts.*;");
    }

    @Test
    void the_only_global_is_params_and_the_package_is_blindspot() {
        String file = "package other;\n\nimport io.blindspot.rules.facts.*;\n\nglobal Parameters params;\n"
                + "global java.util.List names;\n";

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::line, PolicyViolation::message)
                .containsExactly(
                        tuple(1, "a rule file starts with package blindspot; (this one has other)"),
                        tuple(
                                6,
                                "global java.util.List names is not allowed: the only global is params, declared as"
                                        + " global Parameters params;"));
    }

    @Test
    void updating_a_matched_fact_needs_no_loop() {
        String loops = HEADER + rule("$team : Team()", "update( $team );");
        String guarded = HEADER + rule("$team : Team()", "update( $team );").replace("when", "    no-loop true\nwhen");

        assertThat(policy.check("x.drl", loops).violations()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(11);
            assertThat(v.message()).contains("add no-loop true");
        });
        assertThat(policy.check("x.drl", guarded).all()).isEmpty();
    }

    @Test
    void insert_takes_only_findings_and_coaching_actions_and_update_only_matched_facts() {
        String file = HEADER
                + rule("$team : Team( $leaderId : leaderId )", "insert( $team );\n    update( $leaderId );")
                        .replace("when", "    no-loop true\nwhen");

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("insert may add only a CoachingAction or Finding"),
                        m -> assertThat(m).startsWith("update and modify may change only a fact the rule matched"));
    }

    @Test
    void lists_and_maps_of_the_fact_model_may_be_read_but_not_changed() {
        String reads = HEADER
                + rule(
                        "$f : Finding( evidence[\"scale\"] == \"S\", memberIds[0] != null )",
                        "insert( Finding.of( \"X\", Severity.LOW ).withEvidence( \"n\", $f.memberIds().size() )"
                                + ".withTitle( \"\" + $f.evidence().getOrDefault( \"scale\", \"?\" ) ) );");
        String writes = HEADER + rule("$f : Finding()", "insert( $f.withMembers( $f.memberIds().subList( 0, 1 ) ) );");

        assertThat(policy.check("x.drl", reads).all()).isEmpty();
        assertThat(policy.check("x.drl", writes).violations()).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("'subList' is not allowed on a list or map"));
    }

    @Test
    void nothing_may_be_called_on_text_and_getClass_is_no_getter() {
        String file = HEADER
                + rule(
                        "$m : TeamMember( displayName.length() > 3 )",
                        "insert( Finding.of( $m.getClass().getName(), Severity.LOW ) );");

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("'length' cannot be called on a String value"),
                        m -> assertThat(m).startsWith("TeamMember has no method 'getClass' that rules may call"));
    }

    @Test
    void a_plain_value_is_neither_inserted_nor_indexed_and_the_english_words_stay_as_the_command_line_printed_them() {
        String file = HEADER
                + rule(
                        "$m : TeamMember( displayName[0] == \"A\" )",
                        "insert( \"done\" );\n    insert( Finding.of( $m.displayName().length, Severity.LOW ) );");

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::message)
                .containsExactly(
                        "A String value cannot be indexed: only lists and maps of the fact model can, e.g. memberIds[0]"
                                + " or evidence[\"scale\"]",
                        "insert may add only a CoachingAction or Finding, built with CoachingAction.forLeader,"
                                + " CoachingAction.forMember, CoachingAction.forTeam, Finding.of; this inserts a value",
                        "'length' cannot be read from a String value: only fact-model objects have properties");
    }

    @Test
    void the_only_static_calls_are_the_builders_and_casts_go_to_fact_types_or_numbers() {
        String file = HEADER
                + rule(
                        "$team : Team()",
                        "insert( Finding.of( \"X\", Severity.valueOf( \"LOW\" ) ) );\n"
                                + "    insert( Finding.of( \"Y\", Severity.LOW ).withTitle( (String) $team.name() ) );\n"
                                + "    insert( Finding.of( \"Z\", Severity.LOW ).withEvidence( \"n\", (int) ( (Team) $team ).size() ) );");

        List<PolicyViolation> refused = policy.check("x.drl", file).violations();

        assertThat(refused).extracting(PolicyViolation::line).containsExactly(11, 12);
        assertThat(refused.get(0).message())
                .startsWith("Severity.valueOf( ... ) is not allowed: the only static calls rules may make are the "
                        + "builders CoachingAction.forLeader, CoachingAction.forMember, CoachingAction.forTeam, "
                        + "Finding.of");
        assertThat(refused.get(1).message()).startsWith("a cast to String");
    }

    @Test
    void classes_of_java_lang_need_no_import_and_are_refused_all_the_same() {
        String file = HEADER + rule("Team( Math.abs( d.mean - 50 ) > 10 )", "");

        assertThat(policy.check("x.drl", file).violations()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(9);
            assertThat(v.column()).isEqualTo(11);
            assertThat(v.message()).startsWith("'Math' is not known here");
        });
    }

    @Test
    void drl_operators_beyond_comparison_are_refused_with_what_is_allowed() {
        String file = HEADER + rule("TeamMember( displayName matches \"A.*\" )", "");

        assertThat(policy.check("x.drl", file).violations()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(9);
            assertThat(v.message()).contains("matches", "are not allowed", "== != < <= > >=");
        });
    }

    @Test
    void attributes_are_literal_and_from_a_short_list() {
        String file = HEADER
                + rule("Team()", "")
                        .replace("when", "    salience -5\n    agenda-group \"x\"\n    timer ( int: 1s )\nwhen");

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::message)
                .allSatisfy(m -> assertThat(m).startsWith("the attribute"))
                .hasSize(2);
    }

    @Test
    void bindings_are_named_with_a_dollar() {
        String file = HEADER + rule("team : Team( n : size )", "");

        assertThat(policy.check("x.drl", file).violations())
                .extracting(PolicyViolation::message)
                .hasSize(2)
                .allSatisfy(m -> assertThat(m).startsWith("bind with a name of $"));
    }

    @Test
    void a_rule_set_is_checked_file_by_file_and_other_files_are_left_alone() {
        Map<String, String> files = Map.of(
                "good.drl",
                HEADER + rule("Team()", ""),
                "bad.drl",
                HEADER + rule("Team()", "System.exit( 0 );"),
                "parameters.yaml",
                "high: 65\n",
                "scenarios/x.yaml",
                "System.exit(0)");

        PolicyReport report = policy.check(files);

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("bad.drl");
            assertThat(v.line()).isEqualTo(11);
            assertThat(v.column()).isEqualTo(5);
            assertThat(v.message()).startsWith("'System' is not known here");
        });
    }

    @Test
    void input_nested_too_deeply_to_check_is_refused_not_crashing() {
        String deep = "(".repeat(50_000) + "1" + ")".repeat(50_000);

        PolicyReport report = policy.check("x.drl", HEADER + rule("Team( size > " + deep + " )", ""));

        assertThat(report.passed()).isFalse();
    }

    @Test
    void modify_may_call_setters_of_the_fact_and_nothing_else() {
        RulePolicy counting = new RulePolicy(FactModel.of(List.of(Counter.class), Set.of()));
        String header = "package blindspot;\n\nimport io.blindspot.rules.engine.policy.testfacts.*;\n\n";
        String setter = header
                + rule("$c : Counter( value < 10 )", "modify( $c ) { setValue( $c.getValue() + 1 ) }")
                        .replace("when", "    no-loop true\nwhen");
        String other = setter.replace("setValue( $c.getValue() + 1 )", "reset()");

        assertThat(counting.check("x.drl", setter).all()).isEmpty();
        assertThat(counting.check("x.drl", other).violations()).singleElement().satisfies(v -> {
            // four header lines, rule, no-loop, when, pattern, then: the modify block is on line 10
            assertThat(v.line()).isEqualTo(10);
            assertThat(v.message()).startsWith("modify may only call setters of Counter");
        });
    }

    /** A rule named "R"; its when part starts on line 9 after the header (line 8 is "when"). */
    private static String rule(String when, String then) {
        return "rule \"R\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }
}
