package io.blindspot.rules.engine;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Collects the findings and coaching actions rules insert, in insertion order, and remembers which
 * rule inserted each finding so rules never have to name themselves.
 */
final class OutputCollector extends DefaultRuleRuntimeEventListener {

    // identity, not equals: two rules may raise equal-looking findings and both count
    private final Map<Object, String> insertedBy = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();
    // a rule builds an action from the finding it matched; the report carries a copy naming the rule
    private final Map<Finding, Finding> reportedAs = new IdentityHashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (fact instanceof Finding || fact instanceof CoachingAction) {
            insertedBy.put(fact, event.getRule() == null ? "" : event.getRule().getName());
            order.add(fact);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object fact = event.getOldObject();
        if (insertedBy.remove(fact) != null) {
            order.removeIf(o -> o == fact);
        }
    }

    /** Findings by severity, then raised order; each names its rule, members in team order. */
    List<Finding> findings(List<String> memberOrder) {
        List<Finding> findings = new ArrayList<>();
        for (Object fact : order) {
            if (fact instanceof Finding finding) {
                Finding reported = finding.raisedBy(insertedBy.get(fact)).withMembersOrderedAs(memberOrder);
                reportedAs.put(finding, reported);
                findings.add(reported);
            }
        }
        findings.sort(Comparator.comparing(Finding::severity, Comparator.comparingInt(Severity::ordinal)));
        return findings;
    }

    /**
     * Actions in the order of the findings they answer, then in the order they were given, each
     * bound to its finding as reported. Call after {@link #findings(List)}.
     */
    List<CoachingAction> actions(List<Finding> findings) {
        List<CoachingAction> actions = new ArrayList<>();
        for (Object fact : order) {
            if (fact instanceof CoachingAction action) {
                actions.add(action.answering(reportedAs.get(action.finding())));
            }
        }
        actions.sort(Comparator.comparingInt(a -> rank(findings, a.finding())));
        return actions;
    }

    private static int rank(List<Finding> findings, Finding finding) {
        for (int index = 0; index < findings.size(); index++) {
            if (findings.get(index) == finding) {
                return index;
            }
        }
        return Integer.MAX_VALUE;
    }
}
