package io.blindspot.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One run: open every respondent's questionnaire with a bounded number at a time, then let all of
 * them answer for the set duration, each starting at a random moment of its first interval so
 * the load is even from the start. One scheduler thread plans the answers; a small pool handles
 * the responses.
 */
final class LoadRun {

    private final LoadSettings settings;
    private final Consumer<String> progress;
    final Measurements measurements = new Measurements();

    LoadRun(LoadSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** What the run did; the report and the database check read it. */
    record Result(
            int respondents,
            int opened,
            Duration openingTook,
            Duration window,
            Duration answeringTook,
            Map<VirtualRespondent.Ending, Integer> endings,
            CpuMeter.Use cpu,
            List<VirtualRespondent.Outcome> outcomes) {}

    Result run() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), daemon("load-http"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("load-scheduler"));
        try {
            var client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.timeout())
                    .executor(pool)
                    .build();
            var respondents = new ArrayList<VirtualRespondent>();
            for (int n = settings.first(); n < settings.first() + settings.respondents(); n++) {
                respondents.add(new VirtualRespondent(
                        settings.username(n),
                        settings,
                        new HttpSession(client, settings.url(), settings.timeout()),
                        measurements,
                        scheduler));
            }
            long openStart = System.nanoTime();
            var ready = openAll(respondents);
            Duration opening = Duration.ofNanos(System.nanoTime() - openStart);
            progress.accept(String.format(
                    "opened %d of %d questionnaires in %.1f s", ready.size(), respondents.size(), seconds(opening)));
            return answer(respondents, ready, opening, scheduler);
        } finally {
            scheduler.shutdownNow();
            pool.shutdownNow();
        }
    }

    private List<VirtualRespondent> openAll(List<VirtualRespondent> respondents) throws InterruptedException {
        var opened = new ArrayList<VirtualRespondent>();
        var next = new AtomicInteger();
        var all = new CompletableFuture<Void>();
        var remaining = new AtomicInteger(respondents.size());
        Runnable[] launch = new Runnable[1];
        launch[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= respondents.size()) {
                return;
            }
            var respondent = respondents.get(i);
            respondent.open().whenComplete((ok, failure) -> {
                if (Boolean.TRUE.equals(ok)) {
                    synchronized (opened) {
                        opened.add(respondent);
                    }
                }
                if (remaining.decrementAndGet() == 0) {
                    all.complete(null);
                } else {
                    launch[0].run();
                }
            });
        };
        for (int k = 0; k < Math.min(settings.openConcurrency(), respondents.size()); k++) {
            launch[0].run();
        }
        await(all);
        return opened;
    }

    private Result answer(
            List<VirtualRespondent> respondents,
            List<VirtualRespondent> ready,
            Duration opening,
            ScheduledExecutorService scheduler)
            throws InterruptedException {
        var cpu = new CpuMeter(scheduler);
        long interval = settings.interval().toNanos();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long end = start + settings.duration().toNanos();
        var ticker = scheduler.scheduleAtFixedRate(() -> progress.accept(status(start)), 10, 10, TimeUnit.SECONDS);
        var endings = new ArrayList<CompletableFuture<VirtualRespondent.Ending>>();
        for (var respondent : ready) {
            endings.add(
                    respondent.answerUntil(start + ThreadLocalRandom.current().nextLong(interval), end));
        }
        await(CompletableFuture.allOf(endings.toArray(CompletableFuture[]::new)));
        // Answers planned inside the window but sent late, and their responses, end after it.
        var answeringTook = Duration.ofNanos(Math.max(System.nanoTime(), end) - start);
        ticker.cancel(false);
        var cpuUse = cpu.stop();
        Map<VirtualRespondent.Ending, Integer> counted = new EnumMap<>(VirtualRespondent.Ending.class);
        endings.forEach(e -> counted.merge(e.join(), 1, Integer::sum));
        return new Result(
                respondents.size(),
                ready.size(),
                opening,
                settings.duration(),
                answeringTook,
                counted,
                cpuUse,
                respondents.stream().map(VirtualRespondent::outcome).toList());
    }

    private String status(long start) {
        return String.format(
                "%4.0f s: %,d answers sent, %,d acknowledged, %,d errors",
                (System.nanoTime() - start) / 1e9,
                measurements.answersSent.sum(),
                measurements.answersAcknowledged.sum(),
                measurements.answerErrors.total());
    }

    private static void await(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The run itself failed", e.getCause());
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
