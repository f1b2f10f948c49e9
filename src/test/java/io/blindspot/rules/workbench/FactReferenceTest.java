package io.blindspot.rules.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.Meaning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's fact-model reference says what every property means, read from the code. */
class FactReferenceTest {

    @Test
    void every_property_helper_and_value_rules_can_see_has_a_meaning() {
        assertThat(FactReference.withoutMeaning(FactReference.types()))
                .as("add @Meaning(\"…\") to each of these in io.blindspot.rules.facts")
                .isEmpty();
    }

    @Test
    void the_reference_covers_the_types_rules_match_build_and_read() {
        assertThat(FactReference.types())
                .extracting(FactReference.FactType::name)
                .contains("Team", "TeamMember", "ScaleStats", "Finding", "CoachingAction", "Parameters", "Severity");
    }

    @Test
    void a_property_shows_its_rule_name_type_and_meaning() {
        var member = FactReference.types().stream()
                .filter(t -> t.name().equals("TeamMember"))
                .findFirst()
                .orElseThrow();

        assertThat(member.properties())
                .filteredOn(p -> p.name().equals("relationshipFocus"))
                .singleElement()
                .satisfies(p -> assertThat(p.describe())
                        .isEqualTo(
                                "relationshipFocus: double — Focus on people and relationships, (I + S) / 2, 0-100."));
        // Drools reads isLeader() as the property leader, and so does the reference
        assertThat(member.properties()).extracting(FactReference.Entry::name).contains("leader", "lowQuality");
    }

    /** A fact a developer added without saying what its properties mean. */
    record NewFact(@Meaning("Explained.") int explained, int forgotten) {

        public double derived() {
            return explained * 2;
        }
    }

    @Test
    void a_property_added_without_a_meaning_is_caught() {
        assertThat(FactReference.withoutMeaning(List.of(FactReference.describe(NewFact.class))))
                .containsExactly("NewFact.forgotten", "NewFact.derived");
    }
}
