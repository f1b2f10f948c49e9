package io.blindspot.assessment;

import io.blindspot.scoring.ItemKey;
import io.blindspot.scoring.Scale;
import io.blindspot.security.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates assessments for demo and test data through the same path real ones take: answers item by
 * item, then scoring. Answers are generated to produce a wanted profile.
 */
@Service
public class AssessmentSeeder {

    private static final Duration SECONDS_PER_ANSWER = Duration.ofSeconds(9);

    private final InstrumentCatalog catalog;
    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final AssessmentResultRepository results;
    private final ResultScoring scoring;

    AssessmentSeeder(
            InstrumentCatalog catalog,
            AssessmentRepository assessments,
            AnswerRepository answers,
            AssessmentResultRepository results,
            ResultScoring scoring) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.answers = answers;
        this.results = results;
        this.scoring = scoring;
    }

    @Transactional
    public Assessment assignOpenAssessment(UserAccount user, String assignedBy, Instant at) {
        return assessments.save(
                new Assessment(user, catalog.latest(InstrumentCatalog.DEFAULT_INSTRUMENT), assignedBy, at));
    }

    /** A submitted assessment whose scale scores come out close to the given 0–100 targets. */
    @Transactional
    public Assessment seedSubmittedAssessment(UserAccount user, int d, int i, int s, int c, Instant startedAt) {
        return seedSubmittedAssessment(user, null, d, i, s, c, startedAt);
    }

    /** The same, assigned for a workshop ({@code null}: for none). */
    @Transactional
    public Assessment seedSubmittedAssessment(
            UserAccount user, Long workshopId, int d, int i, int s, int c, Instant startedAt) {
        var assessment = assignOpenAssessment(user, "demo", startedAt.minus(Duration.ofDays(7)));
        if (workshopId != null) {
            assessment.forWorkshop(workshopId);
        }
        assessment.markStarted(startedAt);
        var items = catalog.instrumentOf(assessment.getInstrument()).itemKeys();
        var values = answersFor(items, Map.of(Scale.D, d, Scale.I, i, Scale.S, s, Scale.C, c));
        var saved = new ArrayList<Answer>();
        Instant at = startedAt;
        for (int n = 0; n < items.size(); n++) {
            at = at.plus(SECONDS_PER_ANSWER);
            saved.add(new Answer(assessment, items.get(n).itemId(), values.get(n), at));
        }
        answers.saveAll(saved);
        assessment.markSubmitted(at);
        results.save(scoring.score(assessment, saved));
        return assessment;
    }

    /**
     * Raw answers, in item order, whose keyed mean per scale is as close to the target as whole
     * answers allow: the keyed total is spread evenly over the scale's items, reverse-keyed ones
     * answered the other way round.
     */
    static List<Integer> answersFor(List<ItemKey> items, Map<Scale, Integer> targets) {
        var result = new ArrayList<Integer>(items.size());
        var seenPerScale = new EnumMap<Scale, Integer>(Scale.class);
        for (ItemKey item : items) {
            long perScale =
                    items.stream().filter(k -> k.scale() == item.scale()).count();
            double targetMean = 1 + 4 * targets.get(item.scale()) / 100.0;
            long keyedTotal = Math.round(targetMean * perScale);
            int index = seenPerScale.merge(item.scale(), 1, Integer::sum) - 1;
            int keyed = (int) (keyedTotal / perScale + (index < keyedTotal % perScale ? 1 : 0));
            keyed = Math.max(1, Math.min(5, keyed));
            result.add(item.reverseKeyed() ? 6 - keyed : keyed);
        }
        return result;
    }
}
