package io.blindspot.rules;

import io.blindspot.rules.engine.CompiledRuleBase;
import io.blindspot.rules.engine.SessionOutcome;
import io.blindspot.rules.facts.Parameters;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A compiled rule set with its parameters, ready to evaluate teams. The pipeline hands one out only
 * when every step passed. Close it when done, unless it was published: then the {@link
 * TeamEvaluator} owns it and retires it on the next publish.
 */
public final class RuleSet implements AutoCloseable {

    private final String version;
    private final CompiledRuleBase ruleBase;
    private final Parameters params;
    private final AtomicBoolean handedOver = new AtomicBoolean();

    RuleSet(String version, CompiledRuleBase ruleBase, Parameters params) {
        this.version = version;
        this.ruleBase = ruleBase;
        this.params = params;
    }

    /** The content hash of the files this rule set was built from. */
    public String version() {
        return version;
    }

    public Parameters parameters() {
        return params;
    }

    /** The ReleaseId of the compiled module in Drools' repository, for diagnostics and tests. */
    public String releaseId() {
        return ruleBase.releaseId();
    }

    /** Whether the compiled module is still held in Drools' repository. */
    public boolean isLoaded() {
        return ruleBase.isInRepository();
    }

    /** Evaluates a team with this rule set, whether or not it is the live one. */
    public Evaluation evaluate(TeamInput team) {
        SessionOutcome outcome = ruleBase.evaluate(team.toFacts(params), params);
        return toEvaluation(version, outcome);
    }

    static Evaluation toEvaluation(String version, SessionOutcome outcome) {
        return new Evaluation(
                version,
                outcome.findings(),
                outcome.actions(),
                outcome.rulesFired(),
                outcome.duration(),
                outcome.error());
    }

    /** Gives the compiled rule base to a new owner; afterwards {@link #close()} does nothing. */
    CompiledRuleBase handOver() {
        if (!handedOver.compareAndSet(false, true)) {
            throw new IllegalStateException("rule set " + version + " was already published");
        }
        return ruleBase;
    }

    @Override
    public void close() {
        if (handedOver.compareAndSet(false, true)) {
            ruleBase.close();
        }
    }
}
