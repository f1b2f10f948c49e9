package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.team.TeamRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad input is refused with the offending field named, before any rule runs. */
class TeamInputTest {

    @Test
    void duplicate_member_ids_are_refused_naming_the_second() {
        List<MemberInput> members = List.of(member("a", TeamRole.LEADER), member("a", TeamRole.MEMBER));

        assertThatThrownBy(() -> TeamInput.of("T", members)).hasMessage("members[1].id: duplicate id 'a'");
    }

    @Test
    void two_leaders_are_refused() {
        List<MemberInput> members = List.of(member("a", TeamRole.LEADER), member("b", TeamRole.LEADER));

        assertThatThrownBy(() -> TeamInput.of("T", members)).hasMessage("members: more than one LEADER");
    }

    @Test
    void a_score_outside_zero_to_a_hundred_is_refused_naming_the_scale() {
        assertThatThrownBy(() -> MemberInput.of("a", "A", TeamRole.MEMBER, 50, 101, 50, 50))
                .hasMessageStartingWith("I:");
        assertThatThrownBy(() -> MemberInput.of("a", "A", TeamRole.MEMBER, Double.NaN, 50, 50, 50))
                .hasMessageStartingWith("D:");
    }

    @Test
    void an_unknown_quality_flag_is_refused() {
        assertThatThrownBy(() -> new MemberInput("a", "A", TeamRole.MEMBER, 50, 50, 50, 50, Set.of("LAZY")))
                .hasMessageStartingWith("qualityFlags:");
    }

    @Test
    void a_team_size_below_the_number_of_results_is_refused() {
        assertThatThrownBy(() -> new TeamInput(
                        null, "T", 1, List.of(member("a", TeamRole.LEADER), member("b", TeamRole.MEMBER))))
                .hasMessage("size: must be at least 1 and at least the 2 members given, was 1");
    }

    @Test
    void a_team_without_results_yet_can_still_be_evaluated() {
        TeamInput team = new TeamInput("t1", "T", 5, List.of());

        assertThat(team.toFacts(io.blindspot.rules.facts.Parameters.DEFAULTS)
                        .team()
                        .completed())
                .isZero();
    }

    private static MemberInput member(String id, TeamRole role) {
        return MemberInput.of(id, id, role, 50, 50, 50, 50);
    }
}
