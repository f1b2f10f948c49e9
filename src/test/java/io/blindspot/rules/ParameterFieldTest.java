package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.Parameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameters form's fields come from the code that checks and uses parameters.yaml. */
class ParameterFieldTest {

    private final RulePipeline pipeline = new RulePipeline(new Limits(500, 1500));

    @Test
    void every_parameter_is_a_field_with_its_range_shipped_value_and_meaning() {
        List<ParameterField> fields = pipeline.parameterFields();

        assertThat(fields)
                .extracting(ParameterField::name)
                .containsExactlyElementsOf(Arrays.stream(Parameters.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList());
        assertThat(fields).allSatisfy(f -> assertThat(f.meaning()).isNotBlank());
        assertThat(field("high").range()).isEqualTo("from 0 to 100");
        assertThat(field("high").shipped()).isEqualByComparingTo("65");
        assertThat(field("uniformityShare").range()).isEqualTo("above 0, at most 1");
        assertThat(field("lowSpread").range()).isEqualTo("at least 0");
        assertThat(field("minimumTeamSize").whole()).isTrue();
        // the server's caps are the limits' ceiling: parameters.yaml may only lower them
        assertThat(field("maxRuleFirings").range()).isEqualTo("from 1 to 500");
        assertThat(field("evaluationTimeLimitMs").shipped()).isEqualByComparingTo("1500");
    }

    @Test
    void allows_follows_the_range_and_wholeness() {
        assertThat(field("uniformityShare").allows(new BigDecimal("0"))).isFalse();
        assertThat(field("uniformityShare").allows(new BigDecimal("1"))).isTrue();
        assertThat(field("uniformityShare").allows(new BigDecimal("1.01"))).isFalse();
        assertThat(field("minimumTeamSize").allows(new BigDecimal("2.5"))).isFalse();
        assertThat(field("minimumTeamSize").allows(new BigDecimal("4"))).isTrue();
    }

    @Test
    void the_parameters_check_names_the_key_of_each_problem() {
        assertThat(pipeline.checkParameters("high: 65\nlow: 35\n")).isEmpty();
        assertThat(pipeline.checkParameters("high: 120\n")).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("high");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("0 <= low < high <= 100");
        });
        assertThat(pipeline.checkParameters("maxRuleFirings: 900\n"))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("may only lower the server's limit of 500"));
    }

    private ParameterField field(String name) {
        return pipeline.parameterFields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
