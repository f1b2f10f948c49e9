package io.blindspot.rules.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.team.TeamRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/v1/evaluations} and names every offending field, so a client
 * fixes all of them in one go: {@code {"team":"…","members":[{"id","name","role","scores":{"D","I","S","C"}}]}}.
 */
final class InlineTeamRequest {

    /** More members than this is refused: the API is for one team, not a whole organisation. */
    static final int MAX_MEMBERS = 500;

    private static final List<String> SCALES = List.of("D", "I", "S", "C");

    private final List<FieldError> errors = new ArrayList<>();

    private InlineTeamRequest() {}

    record FieldError(String field, String message) {}

    record Parsed(TeamInput team, List<FieldError> errors) {}

    static Parsed parse(JsonNode body) {
        var request = new InlineTeamRequest();
        TeamInput team = request.read(body);
        return new Parsed(request.errors.isEmpty() ? team : null, List.copyOf(request.errors));
    }

    private TeamInput read(JsonNode body) {
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("$", "the body must be a JSON object with 'team' and 'members'"));
            return null;
        }
        String teamName = text(body, "team", "team", true);
        JsonNode members = body.get("members");
        if (members == null || !members.isArray() || members.isEmpty()) {
            errors.add(new FieldError("members", "must be a non-empty array of members"));
            return null;
        }
        if (members.size() > MAX_MEMBERS) {
            errors.add(new FieldError("members", "at most " + MAX_MEMBERS + " members, got " + members.size()));
            return null;
        }
        var inputs = new ArrayList<MemberInput>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < members.size(); n++) {
            MemberInput member = member(members.get(n), "members[" + n + "]", ids);
            if (member != null) {
                inputs.add(member);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new TeamInput(teamName, teamName, inputs.size(), inputs);
    }

    private MemberInput member(JsonNode node, String at, Set<String> ids) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object"));
            return null;
        }
        int before = errors.size();
        String id = text(node, "id", at + ".id", true);
        if (id != null && !ids.add(id)) {
            errors.add(new FieldError(at + ".id", "duplicate member id '" + id + "'"));
        }
        String name = text(node, "name", at + ".name", false);
        TeamRole role = role(node.get("role"), at + ".role");
        double[] scores = scores(node.get("scores"), at + ".scores");
        Set<String> flags = flags(node.get("qualityFlags"), at + ".qualityFlags");
        if (errors.size() > before) {
            return null;
        }
        return new MemberInput(id, name == null ? id : name, role, scores[0], scores[1], scores[2], scores[3], flags);
    }

    private String text(JsonNode node, String name, String at, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(at, "is required"));
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(at, "must be a non-empty string"));
            return null;
        }
        return value.asText();
    }

    private TeamRole role(JsonNode value, String at) {
        if (value == null || value.isNull()) {
            return TeamRole.MEMBER;
        }
        for (TeamRole role : TeamRole.values()) {
            if (value.isTextual() && role.name().equals(value.asText())) {
                return role;
            }
        }
        errors.add(new FieldError(at, "must be LEADER or MEMBER, was " + value));
        return TeamRole.MEMBER;
    }

    private double[] scores(JsonNode node, String at) {
        double[] scores = new double[4];
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object with D, I, S and C"));
            return scores;
        }
        for (int n = 0; n < SCALES.size(); n++) {
            String scale = SCALES.get(n);
            JsonNode value = node.get(scale);
            if (value == null || value.isNull()) {
                errors.add(new FieldError(at + "." + scale, "is required"));
            } else if (!value.isNumber()) {
                errors.add(new FieldError(at + "." + scale, "must be a number, was " + value));
            } else if (value.asDouble() < 0 || value.asDouble() > 100 || Double.isNaN(value.asDouble())) {
                errors.add(new FieldError(at + "." + scale, "must be from 0 to 100, was " + value));
            } else {
                scores[n] = value.asDouble();
            }
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!SCALES.contains(field)) {
                errors.add(new FieldError(at + "." + field, "unknown scale; use D, I, S and C"));
            }
        });
        return scores;
    }

    private Set<String> flags(JsonNode node, String at) {
        Set<String> flags = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return flags;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(at, "must be an array of flag names"));
            return flags;
        }
        for (JsonNode flag : node) {
            if (!flag.isTextual() || !MemberInput.KNOWN_FLAGS.contains(flag.asText())) {
                errors.add(new FieldError(at, "unknown flag " + flag + "; known: " + MemberInput.KNOWN_FLAGS));
            } else {
                flags.add(flag.asText());
            }
        }
        return flags;
    }
}
