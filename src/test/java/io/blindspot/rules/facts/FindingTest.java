package io.blindspot.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void evidence_keeps_the_order_rules_give_and_rounds_decimals() {
        Finding finding = Finding.of("X", Severity.LOW)
                .withEvidence("second", 2.345)
                .withEvidence("first", 1)
                .withEvidence("scale", "S");

        assertThat(finding.evidence().keySet()).containsExactly("second", "first", "scale");
        assertThat(finding.evidence().get("second")).isEqualTo(2.3);
    }

    @Test
    void members_can_be_put_in_team_order_and_the_rule_filled_in() {
        Finding finding = Finding.of("X", Severity.LOW).withMembers(List.of("c", "a", "b"));

        Finding done = finding.raisedBy("Some rule").withMembersOrderedAs(List.of("a", "b", "c"));

        assertThat(done.memberIds()).containsExactly("a", "b", "c");
        assertThat(done.rule()).isEqualTo("Some rule");
    }

    @Test
    void a_leader_action_without_a_leader_goes_to_the_team() {
        Finding finding = Finding.of("X", Severity.LOW);

        assertThat(CoachingAction.forLeader(finding, null).audience()).isEqualTo(Audience.TEAM);
        assertThat(CoachingAction.forLeader(finding, "l1").memberId()).isEqualTo("l1");
    }
}
