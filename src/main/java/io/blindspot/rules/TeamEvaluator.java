package io.blindspot.rules;

import io.blindspot.rules.engine.LiveRuleBase;
import java.util.Optional;

/**
 * Evaluates teams with the live rule set. Publishing swaps the live rule set atomically: an
 * evaluation in progress finishes on the rule set it started with, and the replaced one is disposed
 * once nothing uses it. Safe to share between threads.
 */
public final class TeamEvaluator implements AutoCloseable {

    private final LiveRuleBase live = new LiveRuleBase();

    /**
     * Makes the report's rule set live.
     *
     * @throws IllegalArgumentException when the report is not {@link BuildReport#ok()}: a rule set
     *     with errors or failing scenarios never goes live
     */
    public void publish(BuildReport report) {
        RuleSet ruleSet = report.ruleSet()
                .orElseThrow(
                        () -> new IllegalArgumentException("not publishing a rejected rule set:\n" + report.summary()));
        live.swap(new LiveRuleBase.Published(ruleSet.version(), ruleSet.handOver(), ruleSet.parameters()));
    }

    /**
     * Evaluates one team. Never throws for a rule problem: a runaway or failing rule set, or no live
     * rule set at all, gives an {@link Evaluation} with an error.
     */
    public Evaluation evaluate(TeamInput team) {
        return live.evaluate(team::toFacts)
                .map(done -> RuleSet.toEvaluation(done.version(), done.outcome()))
                .orElseGet(() -> Evaluation.failed("", "No rule set is live: none has been published yet."));
    }

    /** The content hash of the live rule set, if there is one. */
    public Optional<String> liveVersion() {
        return live.current().map(LiveRuleBase.Published::version);
    }

    /** Retires the live rule set; evaluations afterwards report that none is live. */
    @Override
    public void close() {
        live.close();
    }
}
