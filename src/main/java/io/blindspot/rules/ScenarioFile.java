package io.blindspot.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.blindspot.base.InputRefused;
import io.blindspot.rules.engine.policy.PolicyText;
import io.blindspot.team.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one scenario file. It is bound by Jackson to the records below and checked by Bean
 * Validation; every problem names the file, the field ({@code team.members[2].D}), line and column.
 */
final class ScenarioFile {

    private static final String SCORE = "must be from 0 to 100, was ${validatedValue}";
    private static final String NUMBER = "expected a number, got nothing";

    record File(
            String name,
            String description,
            @NotNull(message = "missing") @Valid TeamYaml team,
            List<@Valid ExpectationYaml> expect,
            List<@Valid ExpectationYaml> forbid,
            Boolean onlyExpected) {}

    record TeamYaml(String id, String name, Integer size, List<@Valid MemberYaml> members) {}

    record MemberYaml(
            @NotBlank(message = "missing; expected text") String id,
            String name,
            @NotNull(message = "missing; expected LEADER or MEMBER") TeamRole role,
            @JsonProperty("D")
                    @NotNull(message = NUMBER)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal d,
            @JsonProperty("I")
                    @NotNull(message = NUMBER)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal i,
            @JsonProperty("S")
                    @NotNull(message = NUMBER)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal s,
            @JsonProperty("C")
                    @NotNull(message = NUMBER)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal c,
            Set<String> flags) {}

    record ExpectationYaml(
            @NotBlank(message = "missing; expected text") String code,
            String severity,
            List<String> members,
            Map<String, String> evidence,
            List<String> actions) {}

    private ScenarioFile() {}

    static Scenario read(String path, String text) {
        var file = DataFile.read(path, text, File.class);
        File scenario = file.content();
        if (scenario != null && scenario.team() != null) {
            checkFlags(file, scenario.team());
        }
        file.throwIfAny();
        TeamInput team;
        try {
            team = team(scenario.team());
        } catch (IllegalArgumentException e) {
            // what only the whole team can tell: duplicate ids, two leaders, a size below the members given
            if (e instanceof InputRefused refused) {
                file.problem(
                        "team",
                        PolicyText.of(
                                "rules.data.field-problem",
                                refused.field(),
                                PolicyText.of(refused.messageKey(), refused.messageArguments())));
            } else {
                file.problem("team", e.getMessage());
            }
            file.throwIfAny();
            throw e;
        }
        return new Scenario(
                path,
                scenario.name() == null ? path : scenario.name(),
                scenario.description() == null ? "" : scenario.description(),
                team,
                expectations(scenario.expect()),
                expectations(scenario.forbid()),
                Boolean.TRUE.equals(scenario.onlyExpected()));
    }

    private static void checkFlags(DataFile<File> file, TeamYaml team) {
        List<MemberYaml> members = team.members() == null ? List.of() : team.members();
        for (int index = 0; index < members.size(); index++) {
            var member = members.get(index);
            if (member != null && member.flags() != null) {
                for (String flag : member.flags()) {
                    if (!MemberInput.KNOWN_FLAGS.contains(flag)) {
                        file.problem(
                                "team.members[" + index + "].flags",
                                "unknown flag '" + flag + "', known: " + MemberInput.KNOWN_FLAGS);
                    }
                }
            }
        }
    }

    private static TeamInput team(TeamYaml team) {
        List<MemberInput> members = new ArrayList<>();
        for (MemberYaml m : team.members() == null ? List.<MemberYaml>of() : team.members()) {
            members.add(new MemberInput(
                    m.id(),
                    m.name(),
                    m.role(),
                    m.d().doubleValue(),
                    m.i().doubleValue(),
                    m.s().doubleValue(),
                    m.c().doubleValue(),
                    m.flags()));
        }
        int size = team.size() != null ? team.size() : Math.max(1, members.size());
        return new TeamInput(team.id(), team.name() == null ? "" : team.name(), size, members);
    }

    private static List<Scenario.Expectation> expectations(List<ExpectationYaml> written) {
        List<Scenario.Expectation> expectations = new ArrayList<>();
        for (ExpectationYaml e : written == null ? List.<ExpectationYaml>of() : written) {
            expectations.add(new Scenario.Expectation(e.code(), e.severity(), e.members(), e.evidence(), e.actions()));
        }
        return expectations;
    }
}
