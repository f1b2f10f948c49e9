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
public record PolicyReport(List<PolicyViolation> parseErrors, List<PolicyViolation> violations) {

    public PolicyReport {
        parseErrors = List.copyOf(parseErrors);
        violations = List.copyOf(violations);
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
        reports.forEach(r -> {
            parse.addAll(r.parseErrors());
            refused.addAll(r.violations());
        });
        return new PolicyReport(parse, refused);
    }
}
