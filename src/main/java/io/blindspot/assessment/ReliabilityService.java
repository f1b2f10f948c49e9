package io.blindspot.assessment;

import io.blindspot.scoring.Reliability;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How reliable each scale of each instrument version is, for HR and administrators. Reads the
 * answers of submitted assessments but hands out only aggregates: n and Cronbach's alpha per scale.
 */
@Service
public class ReliabilityService {

    private final InstrumentVersionRepository versions;
    private final AnswerRepository answers;
    private final InstrumentCatalog catalog;

    ReliabilityService(InstrumentVersionRepository versions, AnswerRepository answers, InstrumentCatalog catalog) {
        this.versions = versions;
        this.answers = answers;
        this.catalog = catalog;
    }

    /**
     * Alpha per scale for every stored instrument version, ordered by instrument and version. Only
     * submitted assessments that answered every item of their version count, and each person once
     * per version, with their latest result: a retake replaces, it does not add.
     */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<InstrumentReliability> perInstrumentVersion() {
        return versions.findAll(Sort.by("instrumentKey", "version")).stream()
                .map(this::reliabilityOf)
                .toList();
    }

    private InstrumentReliability reliabilityOf(InstrumentVersion version) {
        var instrument = catalog.instrumentOf(version);
        List<Map<String, Integer>> complete =
                completeAnswerSets(version.getId(), instrument.items().size());
        return new InstrumentReliability(
                version.getInstrumentKey(),
                version.getVersion(),
                version.getTitle(),
                complete.size(),
                Reliability.cronbachAlpha(instrument.itemKeys(), complete));
    }

    private List<Map<String, Integer>> completeAnswerSets(long versionId, int itemCount) {
        List<SubmittedAnswer> submitted = answers.findSubmittedOf(versionId);
        Map<Long, SubmittedAnswer> latestPerPerson = new HashMap<>();
        for (SubmittedAnswer answer : submitted) {
            latestPerPerson.merge(answer.userId(), answer, ReliabilityService::later);
        }
        Map<Long, Map<String, Integer>> byAssessment = new LinkedHashMap<>();
        for (SubmittedAnswer answer : submitted) {
            if (latestPerPerson.get(answer.userId()).assessmentId().equals(answer.assessmentId())) {
                byAssessment
                        .computeIfAbsent(answer.assessmentId(), id -> new HashMap<>())
                        .put(answer.itemId(), answer.value());
            }
        }
        return byAssessment.values().stream()
                .filter(set -> set.size() == itemCount)
                .toList();
    }

    private static SubmittedAnswer later(SubmittedAnswer a, SubmittedAnswer b) {
        int bySubmit =
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).compare(a.submittedAt(), b.submittedAt());
        if (bySubmit != 0) {
            return bySubmit > 0 ? a : b;
        }
        return a.assessmentId() >= b.assessmentId() ? a : b;
    }
}
