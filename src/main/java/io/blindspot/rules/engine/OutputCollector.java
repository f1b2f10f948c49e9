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
                findings.add(finding.raisedBy(insertedBy.get(fact)).withMembersOrderedAs(memberOrder));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity, Comparator.comparingInt(Severity::ordinal)));
        return findings;
    }

    /** Actions in the order of the findings they answer, then in the order they were given. */
    List<CoachingAction> actions(List<Finding> findings) {
        List<String> codes = findings.stream().map(Finding::code).distinct().toList();
        List<CoachingAction> actions = new ArrayList<>();
        for (Object fact : order) {
            if (fact instanceof CoachingAction action) {
                actions.add(action);
            }
        }
        actions.sort(Comparator.comparingInt(a -> rank(codes, a.findingCode())));
        return actions;
    }

    private static int rank(List<String> codes, String code) {
        int index = codes.indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
