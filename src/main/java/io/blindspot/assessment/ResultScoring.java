package io.blindspot.assessment;

import io.blindspot.scoring.AnsweringTime;
import io.blindspot.scoring.PeerMedian;
import io.blindspot.scoring.ResponseTiming;
import io.blindspot.scoring.Scorer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a submitted assessment's answers into its stored result, with the pure {@link Scorer}. */
@Component
class ResultScoring {

    private final InstrumentCatalog catalog;
    private final AssessmentResultRepository results;
    private final Scorer scorer = new Scorer();
    private final Clock clock;

    ResultScoring(InstrumentCatalog catalog, AssessmentResultRepository results, Clock clock) {
        this.catalog = catalog;
        this.results = results;
        this.clock = clock;
    }

    AssessmentResult score(Assessment assessment, List<Answer> answers) {
        var instrument = catalog.instrumentOf(assessment.getInstrument());
        Map<String, Integer> byItem = answers.stream().collect(Collectors.toMap(Answer::getItemId, Answer::getValue));
        Duration took = answeringTime(assessment, answers);
        var result = scorer.score(
                instrument.itemKeys(),
                byItem,
                took == null
                        ? ResponseTiming.unknown()
                        : ResponseTiming.of(
                                took, peerMedian(assessment, instrument.items().size())));
        var profile = result.profile();
        var scores = profile.scores();
        return new AssessmentResult(
                assessment,
                new double[] {scores.d(), scores.i(), scores.s(), scores.c()},
                profile.axes().peopleVsTask(),
                profile.axes().pace(),
                profile.style().name(),
                profile.intensity(),
                result.flags().stream().map(Enum::name).collect(Collectors.toSet()),
                took == null ? null : took.toSeconds(),
                clock.instant());
    }

    /** The median answering time of this version's submitted results, or the documented floor. */
    private Duration peerMedian(Assessment assessment, int itemCount) {
        var times = results.findAnsweringSecondsOf(assessment.getInstrument().getId()).stream()
                .map(Duration::ofSeconds)
                .toList();
        return PeerMedian.of(times, itemCount);
    }

    /** Time spent answering, gaps capped; unknown when it was never started. */
    private static Duration answeringTime(Assessment assessment, List<Answer> answers) {
        if (assessment.getStartedAt() == null || answers.isEmpty()) {
            return null;
        }
        return AnsweringTime.of(
                assessment.getStartedAt(),
                answers.stream().map(Answer::getAnsweredAt).toList());
    }
}
