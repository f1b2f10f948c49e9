package io.blindspot.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.blindspot.team.TeamRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one scenario file; every problem names the file and the field (see {@link YamlFields}). */
final class ScenarioFile {

    private static final Set<String> TOP = Set.of("name", "description", "team", "expect", "forbid", "onlyExpected");
    private static final Set<String> TEAM = Set.of("id", "name", "size", "members");
    private static final Set<String> MEMBER = Set.of("id", "name", "role", "D", "I", "S", "C", "flags");
    private static final Set<String> EXPECTATION = Set.of("code", "severity", "members", "evidence");

    private ScenarioFile() {}

    static Scenario read(String file, String text) {
        YamlFields yaml = new YamlFields(file);
        JsonNode root = yaml.parse(text);
        yaml.onlyKeys(root, "", TOP);
        return new Scenario(
                file,
                yaml.optionalText(root, "name", file),
                yaml.optionalText(root, "description", ""),
                team(yaml, yaml.object(root, "", "team")),
                expectations(yaml, root, "expect"),
                expectations(yaml, root, "forbid"),
                root.path("onlyExpected").asBoolean(false));
    }

    private static TeamInput team(YamlFields yaml, JsonNode team) {
        yaml.onlyKeys(team, "team", TEAM);
        JsonNode members = yaml.list(team, "team", "members");
        List<MemberInput> inputs = new ArrayList<>();
        for (int index = 0; index < members.size(); index++) {
            inputs.add(member(yaml, members.get(index), "team.members[" + index + "]"));
        }
        int size = team.has("size") ? (int) yaml.number(team, "team", "size") : Math.max(1, inputs.size());
        try {
            return new TeamInput(
                    yaml.optionalText(team, "id", null), yaml.optionalText(team, "name", ""), size, inputs);
        } catch (IllegalArgumentException e) {
            throw yaml.fail("team", e.getMessage());
        }
    }

    private static MemberInput member(YamlFields yaml, JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw yaml.fail(path, "expected a member with id, name, role, D, I, S, C");
        }
        yaml.onlyKeys(node, path, MEMBER);
        Set<String> flags = new LinkedHashSet<>();
        yaml.list(node, path, "flags").forEach(flag -> flags.add(flag.asText()));
        try {
            return new MemberInput(
                    yaml.text(node, path, "id"),
                    yaml.optionalText(node, "name", null),
                    yaml.constant(node, path, "role", TeamRole.class),
                    score(yaml, node, path, "D"),
                    score(yaml, node, path, "I"),
                    score(yaml, node, path, "S"),
                    score(yaml, node, path, "C"),
                    flags);
        } catch (IllegalArgumentException e) {
            // MemberInput names the field first, e.g. "qualityFlags: unknown flag 'SPEED'"
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            String field = colon > 0 ? message.substring(0, colon).replace("qualityFlags", "flags") : "";
            throw yaml.fail(YamlFields.join(path, field), colon > 0 ? message.substring(colon + 2) : message);
        }
    }

    private static double score(YamlFields yaml, JsonNode node, String path, String scale) {
        double value = yaml.number(node, path, scale);
        if (value < 0 || value > 100) {
            throw yaml.fail(
                    YamlFields.join(path, scale),
                    "must be from 0 to 100, was " + node.get(scale).asText());
        }
        return value;
    }

    private static List<Scenario.Expectation> expectations(YamlFields yaml, JsonNode root, String key) {
        JsonNode list = yaml.list(root, "", key);
        List<Scenario.Expectation> expectations = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            String path = key + "[" + index + "]";
            JsonNode node = list.get(index);
            if (!node.isObject()) {
                throw yaml.fail(path, "expected a mapping with at least 'code'");
            }
            yaml.onlyKeys(node, path, EXPECTATION);
            expectations.add(new Scenario.Expectation(
                    yaml.text(node, path, "code"),
                    node.has("severity") ? yaml.text(node, path, "severity") : null,
                    node.has("members") ? texts(yaml.list(node, path, "members")) : null,
                    evidence(yaml, node, path)));
        }
        return expectations;
    }

    private static Map<String, String> evidence(YamlFields yaml, JsonNode node, String path) {
        Map<String, String> evidence = new LinkedHashMap<>();
        if (node.has("evidence")) {
            yaml.object(node, path, "evidence")
                    .fields()
                    .forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
        }
        return evidence;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
