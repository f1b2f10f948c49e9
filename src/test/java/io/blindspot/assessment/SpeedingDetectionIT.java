package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.scoring.Scale;
import io.blindspot.support.BlindspotSpringTest;
import io.blindspot.support.FreshAssessments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The speeding check as production scoring runs it: answering time with capped gaps, compared with
 * the version's peer median (or its documented floor), not only with the one-second reading floor.
 */
@BlindspotSpringTest
class SpeedingDetectionIT {

    @Autowired
    ResultScoring scoring;

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void a_realistic_speeder_at_one_and_a_quarter_seconds_per_statement_is_flagged() {
        var flags = scoreAnsweredEvery(Duration.ofMillis(1250));

        assertThat(flags).contains("SPEEDING");
    }

    @Test
    void an_attentive_reader_at_six_seconds_per_statement_is_not_flagged() {
        var flags = scoreAnsweredEvery(Duration.ofSeconds(6));

        assertThat(flags).doesNotContain("SPEEDING");
    }

    /** Scores (without storing) a varied, consistent answer sheet given at a steady pace. */
    private java.util.Set<String> scoreAnsweredEvery(Duration pace) {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        var assessment = assessments.findById(fresh.assignTo("dana")).orElseThrow();
        assessment.markStarted(start);
        var items = catalog.instrumentOf(assessment.getInstrument()).itemKeys();
        Map<Scale, Integer> targets = new EnumMap<>(Map.of(Scale.D, 80, Scale.I, 45, Scale.S, 25, Scale.C, 60));
        List<Integer> values = AssessmentSeeder.answersFor(items, targets);
        List<Answer> answers = new ArrayList<>();
        Instant at = start;
        for (int n = 0; n < items.size(); n++) {
            at = at.plus(pace);
            answers.add(new Answer(assessment, items.get(n).itemId(), values.get(n), at));
        }
        return scoring.score(assessment, answers).getQualityFlags();
    }
}
