package io.blindspot.privacy;

import io.blindspot.assessment.PersonalAssessments;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.live.EvaluationRetention;
import io.blindspot.workshop.PersonalWorkshopData;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps results only as long as the installation says ({@code BLINDSPOT_RETENTION_RESULTS}, an ISO
 * period such as {@code P2Y}; empty keeps them): once a day, results scored longer ago are
 * anonymised, and team findings and kept debrief evaluations made before then, which name members
 * with their scores, are removed (the evaluations keep their counts). Every node schedules the
 * run; ShedLock's row in the shared database lets one node do it and the others skip that day's run.
 */
@Component
public class ResultRetention {

    private static final Logger log = LoggerFactory.getLogger(ResultRetention.class);

    private final PersonalAssessments assessments;
    private final EvaluationRetention evaluations;
    private final PersonalWorkshopData workshops;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period keepFor;

    ResultRetention(
            PersonalAssessments assessments,
            EvaluationRetention evaluations,
            PersonalWorkshopData workshops,
            AuditTrail audit,
            Clock clock,
            @Value("${blindspot.retention.results:}") String keepFor) {
        this.assessments = assessments;
        this.evaluations = evaluations;
        this.workshops = workshops;
        this.audit = audit;
        this.clock = clock;
        this.keepFor = keepFor == null || keepFor.isBlank() ? null : Period.parse(keepFor.trim());
    }

    @Scheduled(cron = "${blindspot.retention.cron:0 17 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "result-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void scheduledRun() {
        anonymiseExpired();
    }

    /**
     * Anonymises the results scored before now minus the retention period.
     *
     * @return how many results were anonymised; 0 when no period is configured
     */
    public int anonymiseExpired() {
        if (keepFor == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(keepFor).toInstant();
        int count = assessments.anonymiseResultsScoredBefore(cutoff, now);
        // what was concluded from those results names the members and their scores: it goes too
        int findings = evaluations.forgetFindingsEvaluatedBefore(cutoff);
        int debriefs = workshops.forgetEvaluationsMadeBefore(cutoff);
        if (count > 0 || findings > 0 || debriefs > 0) {
            String done = count + " result(s) scored before " + cutoff + " anonymised, " + findings + " finding(s) and "
                    + debriefs + " kept debrief evaluation(s) removed";
            audit.record("system", "RESULTS_ANONYMISED", null, "retention", done);
            log.info("Retention: {}", done);
        }
        return count;
    }
}
