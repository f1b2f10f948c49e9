package io.blindspot.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.live.InlineEvaluationService.Views;
import io.blindspot.rules.live.StoredTeamEvaluation.ActionView;
import io.blindspot.rules.live.StoredTeamEvaluation.FindingView;
import io.blindspot.workshop.DebriefAssembler.RawMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one filter on what a debrief lets leave the server. */
class DebriefAssemblerTest {

    static final Debrief.WorkshopInfo WORKSHOP = new Debrief.WorkshopInfo(
            1, "Offsite", LocalDate.of(2026, 12, 1), null, "Debriefed", true, "Fiona Hart", "workplace-style v1", null);

    @Test
    void a_member_without_consent_has_no_name_no_initials_and_no_scores() {
        var debrief = assemble(
                team(Consent.SHARE, Consent.SHARE, Consent.AGGREGATE_ONLY, Consent.AGGREGATE_ONLY),
                3,
                seedEvaluation());

        var hidden = debrief.members().get(3);
        assertThat(hidden.consent()).isEqualTo("AGGREGATE_ONLY");
        assertThat(hidden.name()).isNull();
        assertThat(hidden.initials()).isNull();
        assertThat(hidden.scores()).isNull();
        assertThat(debrief.members().get(0).name()).isEqualTo("Ann Lead");
        assertThat(debrief.members().get(0).scores()).isNotNull();
        assertThat(debrief.aggregate().anonymousDots()).hasSize(2);
    }

    @Test
    void below_the_minimum_group_size_only_counts_appear() {
        var members = team(Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.SHARE);
        var debrief = assemble(members, 5, seedEvaluation());

        assertThat(debrief.submitted()).isEqualTo(4);
        assertThat(debrief.aggregate()).isNull();
        assertThat(debrief.findings()).isEmpty();
        assertThat(debrief.members()).allSatisfy(m -> assertThat(m.scores()).isNull());
    }

    @Test
    void with_exactly_one_result_hidden_no_individual_scores_are_shown_beside_the_mean() {
        var debrief = assemble(
                team(Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.AGGREGATE_ONLY), 3, seedEvaluation());

        assertThat(debrief.aggregate()).isNotNull();
        assertThat(debrief.aggregate().individualScoresShown()).isFalse();
        assertThat(debrief.members()).allSatisfy(m -> assertThat(m.scores()).isNull());
        assertThat(debrief.aggregate().anonymousDots()).hasSize(4);
        assertThat(debrief.consentApplied()).contains("exactly one result is hidden");
    }

    @Test
    void a_finding_about_one_person_appears_only_when_that_person_shares() {
        var isolated = finding(
                "ISOLATED_MEMBER",
                List.of("dan"),
                Map.of("member", "Dan Hidden", "style", "S"),
                "Dan Hidden sits far from everyone. Is that how it feels, to Dan Hidden?");
        var views = new Views(4, List.of(isolated), List.of(), null);

        var hiddenDan = assemble(
                team(Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.AGGREGATE_ONLY, Consent.AGGREGATE_ONLY),
                3,
                views);
        var sharingDan = assemble(
                team(Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.AGGREGATE_ONLY), 3, views);

        assertThat(hiddenDan.findings()).isEmpty();
        assertThat(sharingDan.findings())
                .extracting(Debrief.DebriefFinding::code)
                .containsExactly("ISOLATED_MEMBER");
    }

    @Test
    void a_team_finding_names_only_consenting_members_and_drops_personal_evidence_and_mentions() {
        var debrief = assemble(
                team(Consent.SHARE, Consent.SHARE, Consent.AGGREGATE_ONLY, Consent.AGGREGATE_ONLY),
                3,
                seedEvaluation());

        var finding = debrief.findings().get(0);
        assertThat(finding.code()).isEqualTo("UNIFORM_TASK_DOMINANCE");
        assertThat(finding.members()).containsExactly("Ann Lead", "Bob Share");
        assertThat(finding.othersCount()).isEqualTo(2);
        assertThat(finding.evidence()).containsKey("team mean D").doesNotContainKey("lowest D among them");
        assertThat(finding.explanation()).doesNotContain("Cy Hidden").contains("a team member");
        assertThat(finding.ruleSetVersion()).isEqualTo(4);
        assertThat(finding.coachingActions()).hasSize(2);
        var forMember = finding.coachingActions().stream()
                .filter(a -> a.audience().equals("MEMBER"))
                .findFirst()
                .orElseThrow();
        assertThat(forMember.forMember()).isNull();
    }

    @Test
    void findings_are_ordered_by_severity() {
        var low = finding("MISSING_STYLE", List.of(), Map.of("scale", "S"), "Nobody high in S.");
        var views = new Views(1, List.of(low, seedEvaluation().findings().get(0)), List.of(), null);

        var debrief = assemble(team(Consent.SHARE, Consent.SHARE, Consent.SHARE, Consent.SHARE), 3, views);

        assertThat(debrief.findings())
                .extracting(Debrief.DebriefFinding::severity)
                .containsExactly("HIGH", "LOW");
    }

    @Test
    void the_question_for_the_team_is_the_explanations_own_question() {
        assertThat(DebriefAssembler.question("A pattern. Do you recognise it?", "T"))
                .isEqualTo("Do you recognise it?");
        assertThat(DebriefAssembler.question("No question here.", "Uniform team"))
                .isEqualTo("Where have we seen this in our own work: Uniform team?");
    }

    static Debrief assemble(List<RawMember> members, int minimum, Views views) {
        return DebriefAssembler.assemble(
                WORKSHOP, new Debrief.TeamInfo(1, "Team", members.size()), minimum, members, views, List.of());
    }

    static List<RawMember> team(Consent... consents) {
        String[][] people = {
            {"ann", "Ann Lead"}, {"bob", "Bob Share"}, {"cy", "Cy Hidden"}, {"dan", "Dan Hidden"}, {"eve", "Eve Other"}
        };
        var members = new ArrayList<RawMember>();
        for (int i = 0; i < consents.length; i++) {
            members.add(new RawMember(
                    people[i][0],
                    people[i][1],
                    i == 0,
                    consents[i],
                    "submitted",
                    new Debrief.Scores(80 - i, 40 + i, 20 + i, 60, -40 + i * 3, 20 - i * 2, "D")));
        }
        return members;
    }

    static Views seedEvaluation() {
        var evidence = new LinkedHashMap<String, Object>();
        evidence.put("members in the pattern", 4);
        evidence.put("lowest D among them", 77.0);
        evidence.put("team mean D", 78.5);
        var uniform = finding(
                "UNIFORM_TASK_DOMINANCE",
                List.of("ann", "bob", "cy", "dan"),
                evidence,
                "Four members, Cy Hidden among them, score high in D. Do you recognise this?");
        var actions = List.of(
                new ActionView(
                        "UNIFORM_TASK_DOMINANCE",
                        0,
                        "TEAM",
                        null,
                        "Give people a voice.",
                        "Next meeting.",
                        "weekly",
                        null),
                new ActionView(
                        "UNIFORM_TASK_DOMINANCE", 0, "MEMBER", "cy", "Cy Hidden coaches.", "Today.", "weekly", null));
        var withActions = new FindingView(
                uniform.code(),
                uniform.severity(),
                uniform.title(),
                uniform.explanation(),
                uniform.rule(),
                uniform.memberIds(),
                uniform.evidence(),
                actions);
        return new Views(4, List.of(withActions), actions, null);
    }

    static FindingView finding(String code, List<String> members, Map<String, Object> evidence, String explanation) {
        String severity =
                code.equals("UNIFORM_TASK_DOMINANCE") ? "HIGH" : code.equals("MISSING_STYLE") ? "LOW" : "MEDIUM";
        return new FindingView(
                code, severity, code + " title", explanation, code + " rule", members, evidence, List.of());
    }
}
