package io.blindspot.rules.engine;

import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.TeamFacts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The rule base in use, with the parameters it was published with. Swapping is atomic: an
 * evaluation sees the old or the new rule set, never a mix, and the old one is disposed (and
 * removed from the KieRepository) as soon as no evaluation uses it any more.
 */
public final class LiveRuleBase implements AutoCloseable {

    /** A rule base and the parameters that belong to it, published together. */
    public record Published(String version, CompiledRuleBase ruleBase, Parameters params) {}

    private final AtomicReference<Published> live = new AtomicReference<>();

    /** Makes {@code next} live and retires the one it replaces. */
    public void swap(Published next) {
        Published previous = live.getAndSet(next);
        if (previous != null && previous.ruleBase() != next.ruleBase()) {
            previous.ruleBase().close();
        }
    }

    public Optional<Published> current() {
        return Optional.ofNullable(live.get());
    }

    /**
     * Evaluates on the live rule base, or returns empty when none has been published. Retries once
     * per swap that happens between reading the reference and taking a hold on it.
     */
    public Optional<Evaluated> evaluate(Function<Parameters, TeamFacts> facts) {
        while (true) {
            Published published = live.get();
            if (published == null) {
                return Optional.empty();
            }
            CompiledRuleBase base = published.ruleBase();
            if (base.acquire()) {
                try {
                    TeamFacts built = facts.apply(published.params());
                    return Optional.of(new Evaluated(published.version(), base.evaluate(built, published.params())));
                } finally {
                    base.release();
                }
            }
        }
    }

    /** An outcome with the version of the rule set that produced it. */
    public record Evaluated(String version, SessionOutcome outcome) {}

    @Override
    public void close() {
        Published previous = live.getAndSet(null);
        if (previous != null) {
            previous.ruleBase().close();
        }
    }
}
