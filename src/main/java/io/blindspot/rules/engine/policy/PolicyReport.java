package io.blindspot.rules.engine.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What the policy check found. A rule set may be compiled only when {@link #passed()}.
 *
 * @param parseErrors files Drools' parser could not read (the PARSE step): the policy cannot vouch
 *     for what it cannot read, so these block compiling too
 * @param violations what the policy refused (the POLICY step), in file order
 */
public record PolicyReport(
        List<PolicyViolation> parseErrors, List<PolicyViolation> violations, long parseNanos, long checkNanos) {

    public PolicyReport {
        parseErrors = List.copyOf(parseErrors);
        violations = List.copyOf(violations);
    }

    public PolicyReport(List<PolicyViolation> parseErrors, List<PolicyViolation> violations) {
        this(parseErrors, violations, 0, 0);
    }

    /** The same findings with the time Drools' parser and the policy's walk took. */
    PolicyReport timed(long parse, long check) {
        return new PolicyReport(parseErrors, violations, parse, check);
    }

    /** Every file was read and nothing in it was refused. */
    public boolean passed() {
        return parseErrors.isEmpty() && violations.isEmpty();
    }

    /** Parse errors first, then violations. */
    public List<PolicyViolation> all() {
        List<PolicyViolation> all = new ArrayList<>(parseErrors);
        all.addAll(violations);
        return all;
    }

    static PolicyReport merge(List<PolicyReport> reports) {
        List<PolicyViolation> parse = new ArrayList<>();
        List<PolicyViolation> refused = new ArrayList<>();
        long parseNanos = 0;
        long checkNanos = 0;
        for (PolicyReport r : reports) {
            parse.addAll(r.parseErrors());
            refused.addAll(r.violations());
            parseNanos += r.parseNanos();
            checkNanos += r.checkNanos();
        }
        return new PolicyReport(parse, refused, parseNanos, checkNanos);
    }
}
