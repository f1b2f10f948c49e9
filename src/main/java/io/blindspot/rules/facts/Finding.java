package io.blindspot.rules.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pattern the rules saw in a team: a prompt for the team to discuss, not a verdict.
 *
 * <p>A rule inserts one, built step by step so the rule reads top to bottom:
 *
 * <pre>
 * insert( Finding.of( "MISSING_STYLE", Severity.MEDIUM )
 *     .withTitle( "Nobody leads with S" )
 *     .withExplanation( "…the pattern, what it tends to risk, and an invitation to test it…" )
 *     .withEvidence( "scale", "S" )
 *     .withEvidence( "highest S in the team", $maxS ) );
 * </pre>
 *
 * The engine fills in {@code rule} with the name of the rule that inserted the finding, so a rule
 * never has to name itself, and orders {@code memberIds} as the team lists its members.
 *
 * @param code stable identifier (the API and exports use it), e.g. {@code UNIFORM_TASK_DOMINANCE}
 * @param memberIds the members the finding rests on
 * @param evidence named figures, in the order the rule added them; decimals rounded to one place
 * @param rule the name of the rule that raised it ({@code ""} until the engine fills it in)
 */
public record Finding(
        @Meaning("The stable code of the pattern, e.g. \"MISSING_STYLE\"; never rename one.") String code,
        @Meaning("HIGH, MEDIUM, LOW or INFO: how much the finding deserves the team's attention.") Severity severity,
        @Meaning("One line naming the pattern, as people read it.") String title,
        @Meaning("The pattern in plain words, what it tends to risk, and a question for the team.") String explanation,
        @Meaning("The members the finding is about (may be empty for the whole team).") List<String> memberIds,
        @Meaning("Named figures behind the finding, in the order the rule gave them, e.g. evidence[\"scale\"].")
                Map<String, Object> evidence,
        @Meaning("The name of the rule that raised it, filled in by the engine.") String rule) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        title = Objects.requireNonNullElse(title, "");
        explanation = Objects.requireNonNullElse(explanation, "");
        memberIds = List.copyOf(memberIds);
        // LinkedHashMap, not Map.copyOf: the order the rule gave the figures in is the reading order
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        rule = Objects.requireNonNullElse(rule, "");
    }

    /** Starts a finding with its code and severity. */
    @Meaning("Starts a finding with its code and severity: Finding.of( \"MISSING_STYLE\", Severity.LOW ).")
    public static Finding of(String code, Severity severity) {
        return new Finding(code, severity, "", "", List.of(), Map.of(), "");
    }

    @Meaning("The same finding with this title.")
    public Finding withTitle(String newTitle) {
        return new Finding(code, severity, newTitle, explanation, memberIds, evidence, rule);
    }

    @Meaning("The same finding with this explanation.")
    public Finding withExplanation(String text) {
        return new Finding(code, severity, title, text, memberIds, evidence, rule);
    }

    /** The member ids the finding rests on; takes any collection (e.g. from {@code collectList}). */
    @Meaning("The same finding about these members (a list of member ids, e.g. from collectList).")
    public Finding withMembers(Collection<?> ids) {
        List<String> list = new ArrayList<>(ids.size());
        ids.forEach(id -> list.add(String.valueOf(id)));
        return new Finding(code, severity, title, explanation, list, evidence, rule);
    }

    /** A single member the finding rests on. */
    @Meaning("The same finding about this one member.")
    public Finding withMember(String memberId) {
        return withMembers(List.of(memberId));
    }

    /** Adds one named figure; decimals are rounded to one place so evidence reads cleanly. */
    @Meaning("The same finding with one more named figure, e.g. withEvidence( \"scale\", \"S\" ).")
    public Finding withEvidence(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(evidence);
        more.put(
                name,
                value instanceof Double || value instanceof Float ? round(((Number) value).doubleValue()) : value);
        return new Finding(code, severity, title, explanation, memberIds, more, rule);
    }

    /** This finding as raised by the named rule; called by the engine, not by rules. */
    @Meaning("Set by the engine with the rule's name; rules do not call it.")
    public Finding raisedBy(String ruleName) {
        return new Finding(code, severity, title, explanation, memberIds, evidence, ruleName);
    }

    /** This finding with its member ids in the given order (ids not in it keep their place last). */
    @Meaning("Used by the engine to order members as the team lists them; rules do not call it.")
    public Finding withMembersOrderedAs(List<String> order) {
        List<String> sorted = new ArrayList<>(memberIds);
        sorted.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
        return new Finding(code, severity, title, explanation, sorted, evidence, rule);
    }

    private static int rank(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
