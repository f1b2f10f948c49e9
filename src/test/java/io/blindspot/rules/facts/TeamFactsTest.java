package io.blindspot.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Team statistics are computed in Java before the rules run; rules only compare them. */
class TeamFactsTest {

    private static final Parameters PARAMS = Parameters.DEFAULTS;

    @Test
    void scale_statistics_count_high_and_low_by_the_parameters() {
        TeamFacts facts = facts(member("a", 80, 50, 50, 50), member("b", 65, 50, 50, 50), member("c", 35, 50, 50, 50));

        ScaleStats d = facts.team().d();
        assertThat(d.mean()).isCloseTo(60, within(1e-9));
        assertThat(d.min()).isEqualTo(35);
        assertThat(d.max()).isEqualTo(80);
        assertThat(d.highCount()).isEqualTo(2); // 65 counts as high: "at or above"
        assertThat(d.lowCount()).isEqualTo(1); // 35 counts as low: "at or below"
        assertThat(d.highShare()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(d.standardDeviation()).isCloseTo(Math.sqrt((400 + 25 + 625) / 3.0), within(1e-9));
    }

    @Test
    void each_member_knows_their_nearest_colleague_and_the_team_its_typical_distance() {
        TeamFacts facts = facts(member("a", 80, 40, 20, 60), member("b", 78, 42, 22, 58), member("c", 20, 90, 60, 20));

        TeamMember outlier = facts.members().get(2);
        assertThat(outlier.nearestMemberId()).isEqualTo("b");
        assertThat(outlier.nearestDistance()).isGreaterThan(80);
        assertThat(facts.members().get(0).nearestMemberId()).isEqualTo("b");
        assertThat(facts.team().typicalNearestDistance())
                .isEqualTo(facts.members().get(0).nearestDistance());
    }

    @Test
    void the_team_counts_styles_flags_and_finds_its_leader() {
        TeamMember leader = TeamMember.of("l", "Lee", TeamMember.LEADER, 90, 30, 10, 50, Set.of());
        TeamMember flagged = TeamMember.of("f", "Flo", TeamMember.MEMBER, 85, 35, 15, 55, Set.of("SPEEDING"));
        TeamFacts facts = TeamFacts.of("t1", "Team", 5, List.of(leader, flagged), PARAMS);

        Team team = facts.team();
        assertThat(team.size()).isEqualTo(5);
        assertThat(team.completed()).isEqualTo(2);
        assertThat(team.leaderId()).isEqualTo("l");
        assertThat(team.lowQualityCount()).isEqualTo(1);
        assertThat(team.lowQualityShare()).isEqualTo(0.5);
        assertThat(team.styleCount("D")).isEqualTo(2);
        assertThat(team.dominantStyle()).isEqualTo("D");
        assertThat(team.dominantStyleShare()).isEqualTo(1.0);
    }

    @Test
    void a_lone_member_has_no_nearest_colleague() {
        TeamFacts facts = facts(member("a", 50, 50, 50, 50));

        assertThat(facts.members().get(0).nearestDistance()).isNaN();
        assertThat(facts.members().get(0).nearestMemberId()).isNull();
    }

    @Test
    void derived_member_figures_read_as_the_report_shows_them() {
        TeamMember m = member("a", 85, 40, 20, 55);

        assertThat(m.taskFocus()).isEqualTo(70.0);
        assertThat(m.relationshipFocus()).isEqualTo(30.0);
        assertThat(m.isTaskFocused()).isTrue();
        assertThat(m.style()).isEqualTo("D");
        assertThat(m.isLowQuality()).isFalse();
    }

    private static TeamMember member(String id, double d, double i, double s, double c) {
        return TeamMember.of(id, id, TeamMember.MEMBER, d, i, s, c, Set.of());
    }

    private static TeamFacts facts(TeamMember... members) {
        return TeamFacts.of("t", "Team", members.length, List.of(members), PARAMS);
    }
}
