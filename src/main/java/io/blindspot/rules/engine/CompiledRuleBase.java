package io.blindspot.rules.engine;

import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.TeamFacts;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;

/**
 * A compiled rule set, ready to evaluate teams. Its owner closes it when done; an evaluation still
 * running then keeps it alive until it finishes, and the last one out disposes the container and
 * removes the module from the KieRepository (without that, every rebuild leaks about a megabyte of
 * heap and metaspace).
 */
public final class CompiledRuleBase implements AutoCloseable {

    private final ReleaseId releaseId;
    private final KieContainer container;
    private final KieBase kieBase;
    private final Set<String> globals;
    // 1 for the owner, plus 1 per running evaluation; 0 means disposed
    private final AtomicInteger holds = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    CompiledRuleBase(ReleaseId releaseId, KieContainer container) {
        this.releaseId = releaseId;
        this.container = container;
        this.kieBase = container.getKieBase();
        this.globals = kieBase.getKiePackages().stream()
                .map(KiePackage::getGlobalVariables)
                .flatMap(g -> g.stream().map(v -> v.getName()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ReleaseId this build has in the KieRepository, as {@code group:artifact:version}. */
    public String releaseId() {
        return releaseId.toExternalForm();
    }

    /** Whether the rule base is still in the KieRepository (false once disposed). */
    public boolean isInRepository() {
        return KieServices.get().getRepository().getKieModule(releaseId) != null;
    }

    /**
     * Evaluates one team in a new session, bounded by {@code params.maxRuleFirings()} and {@code
     * params.evaluationTimeLimitMs()}.
     *
     * @throws IllegalStateException if this rule base has been closed
     */
    public SessionOutcome evaluate(TeamFacts facts, Parameters params) {
        if (!acquire()) {
            throw new IllegalStateException("rule base " + releaseId() + " is closed");
        }
        try {
            return BoundedSession.run(kieBase, globals, facts, params);
        } finally {
            release();
        }
    }

    /** Takes a hold for one evaluation; false when already disposed. */
    boolean acquire() {
        while (true) {
            int current = holds.get();
            if (current == 0) {
                return false;
            }
            if (holds.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            container.dispose();
            KieServices.get().getRepository().removeKieModule(releaseId);
        }
    }

    /** Gives up the owner's hold; disposes now, or when the last running evaluation ends. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }
}
