package io.blindspot.rules.engine;

import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.TeamFacts;
import io.blindspot.rules.facts.TeamMember;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Runs one evaluation in a new session, disposed in {@code finally}, with two bounds: {@code
 * fireAllRules(cap)} stops a rule set that keeps re-activating itself, and a timer calls {@code
 * halt()} when the time limit passes, for rule sets that are merely slow. {@code halt()} takes
 * effect between firings, so a single consequence that never returns is not stopped by it; the
 * policy check on rule files is what keeps loops out of consequences.
 */
final class BoundedSession {

    /** The name rules use for the parameters. */
    static final String PARAMS_GLOBAL = "params";

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private BoundedSession() {}

    static SessionOutcome run(KieBase kieBase, Set<String> globals, TeamFacts facts, Parameters params) {
        long start = System.nanoTime();
        FiringCounter counter = new FiringCounter();
        OutputCollector output = new OutputCollector();
        AtomicBoolean timedOut = new AtomicBoolean();
        KieSession session = kieBase.newKieSession();
        ScheduledFuture<?> halt = null;
        try {
            session.addEventListener(counter);
            session.addEventListener(output);
            if (globals.contains(PARAMS_GLOBAL)) {
                session.setGlobal(PARAMS_GLOBAL, params);
            }
            session.insert(facts.team());
            facts.members().forEach(session::insert);
            halt = TIMER.schedule(
                    () -> {
                        timedOut.set(true);
                        session.halt();
                    },
                    params.evaluationTimeLimitMs(),
                    TimeUnit.MILLISECONDS);
            int fired = session.fireAllRules(params.maxRuleFirings());
            halt.cancel(false);
            String error = limitHit(fired, timedOut.get(), params, counter);
            return outcome(output, facts, counter, start, error);
        } catch (RuntimeException e) {
            // a consequence threw: report it for this evaluation only
            String error = "A rule failed: " + rootMessage(e) + ". Rule that fired most: " + counter.busiest() + ".";
            return outcome(output, facts, counter, start, error);
        } finally {
            if (halt != null) {
                halt.cancel(false);
            }
            session.dispose();
        }
    }

    private static String limitHit(int fired, boolean timedOut, Parameters params, FiringCounter counter) {
        if (timedOut) {
            return "Evaluation stopped: it passed the time limit of " + params.evaluationTimeLimitMs()
                    + " ms (maxRuleFirings/evaluationTimeLimitMs in parameters.yaml). Rule that fired most: "
                    + counter.busiest() + ".";
        }
        if (fired >= params.maxRuleFirings()) {
            return "Evaluation stopped: it reached the cap of " + params.maxRuleFirings()
                    + " rule firings (maxRuleFirings in parameters.yaml). Rule that fired most: "
                    + counter.busiest() + ".";
        }
        return null;
    }

    private static SessionOutcome outcome(
            OutputCollector output, TeamFacts facts, FiringCounter counter, long start, String error) {
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Integer> fired = counter.counts();
        if (error != null) {
            return new SessionOutcome(List.of(), List.of(), fired, duration, error);
        }
        var findings = output.findings(
                facts.members().stream().map(TeamMember::memberId).toList());
        return new SessionOutcome(findings, output.actions(findings), fired, duration, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "blindspot-rule-halt-timer");
            thread.setDaemon(true);
            return thread;
        });
        // cancelled halts would otherwise stay queued until their time passes
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
