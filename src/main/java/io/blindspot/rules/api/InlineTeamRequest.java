package io.blindspot.rules.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.blindspot.base.InputBinder;
import io.blindspot.base.InputBinder.Kind;
import io.blindspot.base.InputBinder.Problem;
import io.blindspot.base.InputBinder.Result;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.team.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/evaluations}, bound by Jackson and checked by Bean Validation:
 * {@code {"team":"…","members":[{"id","name","role","scores":{"D","I","S","C"},"qualityFlags"}]}}.
 * Every offending field is named, with its line and column, so a client fixes all of them in one
 * go.
 */
record InlineTeamRequest(
        @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = NON_EMPTY) String team,
        @NotEmpty(message = "must be a non-empty array of members") List<@Valid Member> members) {

    /** More members than this is refused: the API is for one team, not a whole organisation. */
    static final int MAX_MEMBERS = 500;

    static final String REQUIRED = "is required";
    static final String NON_EMPTY = "must be a non-empty string";
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String SCORE = "must be from 0 to 100, was ${validatedValue}";

    private static final InputBinder JSON = InputBinder.json();

    record Member(
            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = NON_EMPTY) String id,
            @Pattern(regexp = NOT_BLANK, message = NON_EMPTY) String name,
            TeamRole role,
            @NotNull(message = "must be an object with D, I, S and C") @Valid Scores scores,
            Set<String> qualityFlags) {}

    record Scores(
            @JsonProperty("D")
                    @NotNull(message = REQUIRED)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal d,
            @JsonProperty("I")
                    @NotNull(message = REQUIRED)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal i,
            @JsonProperty("S")
                    @NotNull(message = REQUIRED)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal s,
            @JsonProperty("C")
                    @NotNull(message = REQUIRED)
                    @DecimalMin(value = "0", message = SCORE)
                    @DecimalMax(value = "100", message = SCORE)
                    BigDecimal c) {}

    /** One offending field: its path ({@code $} for the body itself), what is wrong, and where. */
    record FieldError(String field, String message, int line, int column) {}

    /** The team to evaluate, or why there is none. */
    record Parsed(TeamInput team, List<FieldError> errors) {}

    static Parsed parse(String body) {
        var pastLimit = MemberLimit.firstPast(body, MAX_MEMBERS);
        if (pastLimit.isPresent()) {
            var at = pastLimit.get();
            return new Parsed(
                    null,
                    List.of(new FieldError(
                            "members",
                            "at most " + MAX_MEMBERS + " members; member " + (MAX_MEMBERS + 1) + " starts here",
                            at.getLineNr(),
                            at.getColumnNr())));
        }
        Result<InlineTeamRequest> bound = JSON.bind(body, InlineTeamRequest.class);
        List<FieldError> errors = new ArrayList<>();
        bound.problems().forEach(problem -> errors.add(fieldError(problem)));
        InlineTeamRequest request = bound.value();
        if (request == null) {
            if (errors.isEmpty()) {
                errors.add(new FieldError("$", "the body must be a JSON object with 'team' and 'members'", 0, 0));
            }
            return new Parsed(null, errors);
        }
        request.checkMembers(bound, errors);
        return new Parsed(errors.isEmpty() ? request.toTeam() : null, errors);
    }

    private static FieldError fieldError(Problem problem) {
        String message =
                switch (problem.kind()) {
                    case SYNTAX -> "malformed JSON at line " + problem.line() + ", column " + problem.column() + ": "
                            + problem.message();
                    case WRONG_VALUE -> problem.path().isEmpty()
                            ? "the body must be a JSON object with 'team' and 'members'"
                            : problem.message();
                    default -> problem.message();
                };
        String field = problem.path().isEmpty() || problem.kind() == Kind.SYNTAX ? "$" : problem.path();
        return new FieldError(field, message, problem.line(), problem.column());
    }

    /** What no single field can tell: ids repeated across members, and flags outside the known ones. */
    private void checkMembers(Result<InlineTeamRequest> bound, List<FieldError> errors) {
        if (members == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < members.size(); n++) {
            Member member = members.get(n);
            if (member == null) {
                continue;
            }
            if (member.id() != null && !ids.add(member.id())) {
                errors.add(located(bound, "members[" + n + "].id", "duplicate member id '" + member.id() + "'"));
            }
            for (String flag : member.qualityFlags() == null ? Set.<String>of() : member.qualityFlags()) {
                if (!MemberInput.KNOWN_FLAGS.contains(flag)) {
                    errors.add(located(
                            bound,
                            "members[" + n + "].qualityFlags",
                            "unknown flag \"" + flag + "\"; known: " + MemberInput.KNOWN_FLAGS));
                }
            }
        }
    }

    private static FieldError located(Result<InlineTeamRequest> bound, String path, String message) {
        var at = bound.locate(path);
        return new FieldError(path, message, at.line(), at.column());
    }

    private TeamInput toTeam() {
        List<MemberInput> inputs = members.stream()
                .map(m -> new MemberInput(
                        m.id(),
                        m.name() == null ? m.id() : m.name(),
                        m.role() == null ? TeamRole.MEMBER : m.role(),
                        m.scores().d().doubleValue(),
                        m.scores().i().doubleValue(),
                        m.scores().s().doubleValue(),
                        m.scores().c().doubleValue(),
                        m.qualityFlags()))
                .toList();
        return new TeamInput(team, team, inputs.size(), inputs);
    }
}
