package io.blindspot.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One participant in a browser: logs in with the real form, goes from the home page to the
 * questionnaire, then answers one statement per interval and moves to the next page when a page
 * is done. After a failed request it reloads the questionnaire, as a person would, at most
 * {@value #MAX_RELOADS} times. All of one respondent's requests are sequential, like the
 * Vaadin client's queue; many respondents run at once on shared threads.
 */
final class VirtualRespondent {

    static final int MAX_RELOADS = 3;
    private static final Duration RELOAD_PAUSE = Duration.ofSeconds(1);

    /** Why a respondent stopped answering. */
    enum Ending {
        TIME_UP,
        OUT_OF_STATEMENTS,
        LOST
    }

    /** What the database check needs to know about one respondent after the run. */
    record Outcome(String username, long assessmentId, int answeredAtOpen, int answeredSeen) {}

    private final String username;
    private final LoadSettings settings;
    private final HttpSession http;
    private final Measurements measurements;
    private final ScheduledExecutorService scheduler;

    private volatile VaadinUi ui;
    private long assessmentId = -1;
    private int answeredAtOpen = -1;
    private int answeredSeen = -1;
    private int reloads;

    VirtualRespondent(
            String username,
            LoadSettings settings,
            HttpSession http,
            Measurements measurements,
            ScheduledExecutorService scheduler) {
        this.username = username;
        this.settings = settings;
        this.http = http;
        this.measurements = measurements;
        this.scheduler = scheduler;
    }

    String username() {
        return username;
    }

    Outcome outcome() {
        return new Outcome(username, assessmentId, answeredAtOpen, answeredSeen);
    }

    /** Logs in and opens the questionnaire; completes with whether that worked (failures are counted). */
    CompletableFuture<Boolean> open() {
        long started = System.nanoTime();
        return LoginForm.logIn(http, username, settings.password())
                .thenCompose(loggedIn -> VaadinUi.open(http, ""))
                .thenCompose(this::openQuestionnaireFrom)
                .handle((opened, failure) -> {
                    if (failure != null) {
                        measurements.openErrors.add(LoadFailure.of(failure));
                        return false;
                    }
                    measurements.openTimes.add(System.nanoTime() - started);
                    return true;
                });
    }

    private CompletableFuture<Void> openQuestionnaireFrom(VaadinUi home) {
        int start = QuestionnaireScreen.startButton(home.tree)
                .orElseThrow(() -> new LoadFailure(
                        ErrorKind.UNEXPECTED_PAGE,
                        username + " has no Start or Resume button on the home page; run testdata respondents"));
        ui = home;
        return home.send(Rpc.single(Rpc.click(home.tree, start))).thenCompose(response -> {
            assessmentId = QuestionnaireScreen.assessmentId(response.message()).orElse(-1);
            return questionnaireShown();
        });
    }

    private CompletableFuture<Void> questionnaireShown() {
        var screen = new QuestionnaireScreen(ui.tree);
        if (!screen.isShown()) {
            throw new LoadFailure(ErrorKind.UNEXPECTED_PAGE, username + ": the questionnaire is not on screen");
        }
        int answered = screen.progress().answered();
        if (answeredAtOpen < 0) {
            answeredAtOpen = answered;
        }
        answeredSeen = Math.max(answeredSeen, answered);
        return sendUnlessEmpty(screen.pageShown()).thenApply(response -> null);
    }

    /** Answers from {@code firstAt} on, one statement per interval, until {@code endAt} (System.nanoTime). */
    CompletableFuture<Ending> answerUntil(long firstAt, long endAt) {
        long heartbeat = TimeUnit.SECONDS.toNanos(Math.max(1, ui.heartbeatSeconds()));
        ScheduledFuture<?> heartbeats =
                scheduler.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.NANOSECONDS);
        return new AnswerSchedule(settings, scheduler, measurements.sendLag)
                .run(firstAt, endAt, this::answerOrRecover)
                .whenComplete((ending, failure) -> heartbeats.cancel(false));
    }

    private void heartbeat() {
        ui.heartbeat().whenComplete((reply, failure) -> {
            if (failure != null) {
                measurements.otherErrors.add(LoadFailure.of(failure));
            } else {
                measurements.heartbeats.increment();
            }
        });
    }

    private CompletableFuture<Boolean> answerOrRecover() {
        CompletableFuture<Boolean> step;
        try {
            step = answerOne();
        } catch (RuntimeException failure) {
            step = CompletableFuture.failedFuture(failure);
        }
        return step.handle((goOn, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(goOn);
                    }
                    var error = LoadFailure.of(failure);
                    measurements.otherErrors.add(error);
                    return recover(error);
                })
                .thenCompose(Function.identity());
    }

    /** Answers the page's first open statement; completes with false when nothing is left to answer. */
    private CompletableFuture<Boolean> answerOne() {
        var screen = new QuestionnaireScreen(ui.tree);
        var statement = screen.firstUnanswered();
        if (statement.isEmpty()) {
            return nextPageOrFinish();
        }
        int before = screen.progress().answered();
        var rpc = screen.answer(statement.get(), 1 + ThreadLocalRandom.current().nextInt(5));
        measurements.answersSent.increment();
        return ui.send(rpc)
                .handle((response, failure) -> {
                    if (failure != null) {
                        var error = LoadFailure.of(failure);
                        if (error.roundTripNanos() != LoadFailure.NO_RESPONSE) {
                            measurements.answerRoundTrips.add(error.roundTripNanos());
                        }
                        measurements.answerErrors.add(error);
                        throw error;
                    }
                    measurements.answerRoundTrips.add(response.roundTripNanos());
                    try {
                        acknowledge(screen, statement.get().number(), before, response.roundTripNanos());
                    } catch (LoadFailure unreadable) {
                        measurements.answerErrors.add(unreadable);
                        throw unreadable;
                    }
                    return screen.firstUnanswered().isPresent();
                })
                .thenCompose(moreOnPage -> moreOnPage ? CompletableFuture.completedFuture(true) : nextPageOrFinish());
    }

    /** The participant sees the answer saved when the progress counts it; anything else is a silent loss. */
    private void acknowledge(QuestionnaireScreen screen, int statement, int before, long roundTrip) {
        int after = screen.progress().answered();
        if (after == before + 1) {
            measurements.answersAcknowledged.increment();
            answeredSeen = Math.max(answeredSeen, after);
        } else {
            measurements.answerErrors.add(new LoadFailure(
                    ErrorKind.NOT_ACKNOWLEDGED,
                    username + ", statement " + statement + ": progress shows " + after + " answered, expected "
                            + (before + 1),
                    roundTrip));
        }
    }

    private CompletableFuture<Boolean> nextPageOrFinish() {
        var screen = new QuestionnaireScreen(ui.tree);
        var next = screen.button("Next");
        if (next.isPresent()) {
            return counted(ui.send(Rpc.single(Rpc.click(ui.tree, next.getAsInt())))
                            .thenCompose(response -> {
                                measurements.pageChanges.add(response.roundTripNanos());
                                return sendUnlessEmpty(new QuestionnaireScreen(ui.tree).pageShown());
                            }))
                    .thenApply(response -> true);
        }
        return settings.submit() ? submit(screen) : CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> submit(QuestionnaireScreen screen) {
        int button = screen.button("Submit")
                .orElseThrow(() -> new LoadFailure(ErrorKind.UNEXPECTED_PAGE, "no Submit button on the last page"));
        return counted(ui.send(Rpc.single(Rpc.click(ui.tree, button)))).thenApply(response -> {
            if (ui.tree.withClass("report-view").isEmpty()) {
                measurements.otherErrors.add(
                        new LoadFailure(ErrorKind.UNEXPECTED_PAGE, username + ": no report after Submit"));
            } else {
                measurements.submitted.increment();
            }
            return false;
        });
    }

    /** Counts a failure of a request that carries no answer, then passes it on. */
    /** The browser sends no message without invocations; nor does the driver. */
    private CompletableFuture<?> sendUnlessEmpty(com.fasterxml.jackson.databind.node.ArrayNode rpc) {
        return rpc.isEmpty() ? CompletableFuture.completedFuture(null) : ui.send(rpc);
    }

    private <T> CompletableFuture<T> counted(CompletableFuture<T> request) {
        return request.handle((result, failure) -> {
            if (failure != null) {
                var error = LoadFailure.of(failure);
                measurements.otherErrors.add(error);
                throw error;
            }
            return result;
        });
    }

    /**
     * After a failed step: reload the questionnaire as a person would, a second later, and again if
     * the reload fails; give up when the respondent's {@value #MAX_RELOADS} reloads are used up.
     */
    private CompletableFuture<Boolean> recover(LoadFailure failure) {
        if (reloads >= MAX_RELOADS) {
            return CompletableFuture.failedFuture(failure);
        }
        reloads++;
        measurements.reloads.increment();
        String route = assessmentId > 0 ? "assessment/" + assessmentId : "";
        return pause(RELOAD_PAUSE)
                .thenCompose(paused -> counted(VaadinUi.open(http, route).thenCompose(reloaded -> {
                    ui = reloaded;
                    return assessmentId > 0 ? questionnaireShown() : openQuestionnaireFrom(reloaded);
                })))
                .thenApply(shown -> true)
                .exceptionallyCompose(reloadFailed -> recover(LoadFailure.of(reloadFailed)));
    }

    private CompletableFuture<Void> pause(Duration duration) {
        var paused = new CompletableFuture<Void>();
        scheduler.schedule(() -> paused.complete(null), duration.toMillis(), TimeUnit.MILLISECONDS);
        return paused;
    }
}
