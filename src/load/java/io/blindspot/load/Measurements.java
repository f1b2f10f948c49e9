package io.blindspot.load;

import java.util.concurrent.atomic.LongAdder;

/** Everything one run counts and times, shared by all virtual respondents. */
final class Measurements {

    /** From the request carrying an answer until its response, for every answer that got a response. */
    final Samples answerRoundTrips = new Samples();
    /** The Next click that brings the following page of statements. */
    final Samples pageChanges = new Samples();
    /** Login page to questionnaire on screen, per respondent. */
    final Samples openTimes = new Samples();
    /** How late the driver sent each answer against its plan: the driver's own health. */
    final Samples sendLag = new Samples();

    final ErrorCounts openErrors = new ErrorCounts();
    final ErrorCounts answerErrors = new ErrorCounts();
    final ErrorCounts otherErrors = new ErrorCounts();

    final LongAdder answersSent = new LongAdder();
    final LongAdder answersAcknowledged = new LongAdder();
    final LongAdder reloads = new LongAdder();
    final LongAdder heartbeats = new LongAdder();
    final LongAdder submitted = new LongAdder();
}
