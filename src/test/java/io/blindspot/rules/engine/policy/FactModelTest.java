package io.blindspot.rules.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.ScaleStats;
import io.blindspot.rules.facts.Severity;
import io.blindspot.rules.facts.Team;
import io.blindspot.rules.facts.TeamFacts;
import io.blindspot.rules.facts.TeamMember;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The allowlist is read from the fact model's public API, so it follows the code. */
class FactModelTest {

    private final FactModel model = FactModel.ruleFacts();

    @Test
    void the_fact_types_are_those_rules_can_be_given_or_insert() {
        assertThat(model.typeNames())
                .isEqualTo("Audience, CoachingAction, Finding, Parameters, ScaleStats, Severity, Team, TeamMember");
        assertThat(model.isFactType(TeamFacts.class)).isFalse();
        assertThat(model.isOutput(Finding.class)).isTrue();
        assertThat(model.isOutput(Team.class)).isFalse();
    }

    @Test
    void properties_are_record_components_bean_getters_and_other_getters_without_arguments() {
        assertThat(model.property(Team.class, "completed")).map(Method::getName).contains("completed");
        assertThat(model.property(TeamMember.class, "taskFocused"))
                .map(Method::getName)
                .contains("isTaskFocused");
        assertThat(model.property(Team.class, "dominantStyleShare")).isPresent();
        assertThat(model.property(Team.class, "d")).map(Method::getReturnType).contains(ScaleStats.class);
        assertThat(model.property(Parameters.class, "high")).isPresent();
        assertThat(model.property(Team.class, "class")).isEmpty();
        assertThat(model.property(Team.class, "styleCount"))
                .as("needs an argument")
                .isEmpty();
    }

    @Test
    void builders_are_the_factories_and_withers_of_the_output_types() {
        assertThat(model.factory(Finding.class, "of", 2)).isPresent();
        assertThat(model.factory(CoachingAction.class, "forLeader", 2)).isPresent();
        assertThat(model.factory(Severity.class, "valueOf", 1)).isEmpty();
        assertThat(model.factory(TeamMember.class, "of", 8))
                .as("facts rules are given are not built")
                .isEmpty();
        assertThat(model.method(Finding.class, "withEvidence", 2)).isPresent();
        assertThat(model.method(Team.class, "styleCount", 1)).isPresent();
        assertThat(model.method(Team.class, "getClass", 0)).isEmpty();
        assertThat(model.method(Team.class, "hashCode", 0)).isEmpty();
    }

    @Test
    void the_fact_model_has_no_setters_its_records_are_fixed() {
        assertThat(model.setter(Finding.class, "setTitle")).isEmpty();
        assertThat(model.isEnumConstant(Severity.class, "HIGH")).isTrue();
        assertThat(model.isEnumConstant(Severity.class, "valueOf")).isFalse();
    }
}
