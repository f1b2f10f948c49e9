package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import io.blindspot.support.FreshAssessments;
import io.blindspot.support.KaribuTest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: a measurement, run only with {@code mvn -B test -Pbench} and reported in
 * docs/performance.md. It asserts nothing; it prints what it measured.
 */
class QuestionnaireSessionBenchmark extends KaribuTest {

    static final int IDLE_SESSIONS = Integer.getInteger("bench.sessions", 200);
    static final int[] RESPONDENTS = {1, 50};

    @Autowired
    ApplicationContext context;

    FreshAssessments fresh;
    QuestionnaireSessions sessions;

    @BeforeEach
    void prepare() {
        fresh = new FreshAssessments(context);
        sessions = new QuestionnaireSessions(context);
        sessions.loginOnThisThread("executive");
    }

    @AfterEach
    void cleanUp() {
        fresh.removeAll();
    }

    @Test
    void heap_retained_per_idle_questionnaire_session() throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < IDLE_SESSIONS + 20; n++) {
            ids.add(fresh.assignTo("executive"));
        }
        ids.subList(0, 20).forEach(sessions::open); // warm up: classes loaded, caches filled
        List<QuestionnaireSessions.Opened> held = new ArrayList<>();
        long before = usedHeapAfterGc();
        for (long id : ids.subList(20, ids.size())) {
            held.add(sessions.open(id));
        }
        long after = usedHeapAfterGc();
        System.out.println("BENCH sessions open");
        Thread.sleep(Long.getLong("bench.pauseMillis", 0)); // time for a heap histogram (jcmd)
        System.out.printf(
                "BENCH idle sessions: %d, heap before %.1f MB, after %.1f MB, per session %.1f KB%n",
                held.size(), before / 1e6, after / 1e6, (after - before) / 1024.0 / held.size());
        held.clear();
        List<Object> empty = new ArrayList<>();
        before = usedHeapAfterGc();
        for (int n = 0; n < IDLE_SESSIONS; n++) {
            empty.add(sessions.openEmpty());
            QuestionnaireSessions.respond();
        }
        after = usedHeapAfterGc();
        System.out.printf(
                "BENCH for comparison: %d sessions on the start page (home lists all benchmark assessments), per session %.1f KB%n",
                empty.size(), (after - before) / 1024.0 / empty.size());
    }

    @Test
    void server_time_of_one_answer_at_one_and_at_fifty_concurrent_respondents() throws Exception {
        for (int respondents : RESPONDENTS) {
            answerConcurrently(Math.min(respondents, 5)); // warm-up round
            System.out.printf("BENCH %d concurrent respondents: %s%n", respondents, answerConcurrently(respondents));
        }
    }

    private Percentiles answerConcurrently(int respondents) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < respondents; n++) {
            ids.add(fresh.assignTo("executive"));
        }
        var start = new CyclicBarrier(respondents);
        var pool = Executors.newFixedThreadPool(respondents);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (long id : ids) {
                runs.add(pool.submit(respondent(id, start)));
            }
            List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
            for (var run : runs) {
                nanos.addAll(run.get());
            }
            return Percentiles.of(nanos);
        } finally {
            pool.shutdown();
        }
    }

    /** One respondent on its own thread and session, answering all statements page by page. */
    private Callable<List<Long>> respondent(long assessmentId, CyclicBarrier start) {
        return () -> {
            sessions.loginOnThisThread("executive");
            var view = sessions.open(assessmentId).view();
            List<Long> nanos = new ArrayList<>();
            start.await();
            try {
                while (true) {
                    for (var field : view.fields) {
                        long t0 = System.nanoTime();
                        _setValue(field, 1 + (int) (assessmentId + nanos.size()) % 5);
                        QuestionnaireSessions.respond();
                        nanos.add(System.nanoTime() - t0);
                    }
                    if (!view.next.isVisible()) {
                        return nanos;
                    }
                    _click(view.next);
                }
            } finally {
                MockVaadin.tearDown();
            }
        };
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int n = 0; n < 5; n++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
