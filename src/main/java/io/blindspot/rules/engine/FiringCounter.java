package io.blindspot.rules.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts firings per rule, so results can say which rules fired and a runaway names its rule. */
final class FiringCounter extends DefaultAgendaEventListener {

    // one session fires on one thread, but the halt timer reads the busiest rule from another
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    @Override
    public synchronized void afterMatchFired(AfterMatchFiredEvent event) {
        counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    synchronized Map<String, Integer> counts() {
        return new LinkedHashMap<>(counts);
    }

    /** "'Rule name' (n times)" for the rule that fired most, or "no rule" when none fired. */
    synchronized String busiest() {
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " times)")
                .orElse("no rule");
    }
}
