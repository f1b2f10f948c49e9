package io.blindspot.rules.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The policy check on rule files, the step between parsing and compiling: compiling and firing a
 * {@code .drl} runs the Java in it, so only what this check allows may reach the compiler.
 *
 * <p>It is an allowlist over the parsed structure, never a search for bad words: each file is parsed
 * with Drools' own parser and every part of it is checked against what rules may use — the fact
 * model's types, properties, getters and builders, {@code params}, literals, comparison, arithmetic
 * and the accumulate functions. What it does not recognise is refused, with the place and what to
 * write instead. rules/README.md lists what rule files may use.
 *
 * <p>Stateless and thread-safe: one instance can check any number of rule sets at once.
 */
public final class RulePolicy {

    private final FactModel model;

    /** The policy for rules written against Blindspot's fact model, {@code io.blindspot.rules.facts}. */
    public RulePolicy() {
        this(FactModel.ruleFacts());
    }

    RulePolicy(FactModel model) {
        this.model = model;
    }

    /**
     * Checks every {@code .drl} and {@code .dslr} entry of a rule set (path → content), the same
     * entries the rule compiler compiles; a {@code .dslr} entry must already be expanded to DRL (as
     * {@code DslExpander} does), and one that is not fails to parse. Other entries are not rule code
     * and are left alone.
     */
    public PolicyReport check(Map<String, String> files) {
        List<PolicyReport> reports = new ArrayList<>();
        files.forEach((path, content) -> {
            if (path.endsWith(".drl") || path.endsWith(".dslr")) {
                reports.add(check(path, content));
            }
        });
        return PolicyReport.merge(reports);
    }

    /**
     * Checks one rule file.
     *
     * @param file the name to report problems under, e.g. {@code team-composition.drl}
     * @param drl the file's text
     */
    public PolicyReport check(String file, String drl) {
        try {
            return checkParsed(file, drl);
        } catch (StackOverflowError e) {
            // fail closed on input nested deeper than the parsers can follow
            return unreadable(file, PolicyText.of("rules.policy.nested-too-deeply"));
        }
    }

    private PolicyReport checkParsed(String file, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        long start = System.nanoTime();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            // Drools' own words say why; our sentence around them is translated
            return unreadable(
                    file, PolicyText.of("rules.policy.drools-cannot-read-why", String.valueOf(e.getMessage())));
        }
        long parsed = System.nanoTime();
        if (parser.hasErrors() || pkg == null) {
            return new PolicyReport(parseErrors(file, parser.getErrors()), List.of()).timed(parsed - start, 0);
        }
        Violations violations = new Violations(file, drl);
        try {
            new PackageCheck(model, violations).check(pkg);
        } catch (RuntimeException e) {
            // fail closed: what the policy could not check does not reach the compiler
            violations.at(-1, PolicyText.of("rules.policy.could-not-check", e.toString()));
        }
        return new PolicyReport(List.of(), violations.list()).timed(parsed - start, System.nanoTime() - parsed);
    }

    private static List<PolicyViolation> parseErrors(String file, List<DroolsError> errors) {
        if (errors.isEmpty()) {
            return List.of(new PolicyViolation(file, 0, 0, PolicyText.of("rules.policy.drools-cannot-read")));
        }
        return errors.stream().map(error -> parseError(file, error)).toList();
    }

    private static PolicyViolation parseError(String file, DroolsError error) {
        if (error instanceof ParserError parserError) {
            // Drools counts columns from 0
            return new PolicyViolation(file, parserError.getRow(), parserError.getCol() + 1, parserError.getMessage());
        }
        int[] lines = error.getLines();
        return new PolicyViolation(file, lines.length > 0 ? lines[0] : 0, 0, error.getMessage());
    }

    private static PolicyReport unreadable(String file, PolicyText text) {
        return new PolicyReport(List.of(new PolicyViolation(file, 0, 0, text)), List.of());
    }
}
