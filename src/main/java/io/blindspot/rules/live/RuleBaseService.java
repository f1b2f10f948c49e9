package io.blindspot.rules.live;

import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSet;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.TeamEvaluator;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.store.PublishedRuleSet;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the live rule base. At start-up the rules directory is compared with the newest stored
 * version: a changed set goes through the pipeline (compile, every scenario) and, only if all
 * passes, is stored as a new version and made live; otherwise the newest stored version stays
 * live and the rejection is kept for HR with every file, line and column. Other nodes' new versions
 * are picked up from the database.
 */
@Service
public class RuleBaseService {

    static final String FILE_SYSTEM = "FILE_SYSTEM";
    private static final Logger log = LoggerFactory.getLogger(RuleBaseService.class);

    private final PublishedRuleSetRepository ruleSets;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path rulesDirectory;
    private final RulePipeline pipeline = new RulePipeline();
    private final TeamEvaluator evaluator = new TeamEvaluator();
    private volatile RuleEngineStatus status = new RuleEngineStatus(0, "The rule base has not been loaded yet.", null);

    RuleBaseService(
            PublishedRuleSetRepository ruleSets,
            AuditTrail audit,
            Clock clock,
            @Value("${blindspot.rules.dir:./rules}") String rulesDirectory) {
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.clock = clock;
        this.rulesDirectory = Path.of(rulesDirectory);
    }

    /** Loads the rules directory and makes the right version live. Never throws for bad rules. */
    public synchronized void loadAtStartUp() {
        var loaded = RuleFiles.load(rulesDirectory);
        var latest = ruleSets.findLatestWithFiles();
        boolean changed = latest.map(
                        v -> !v.getContentHash().equals(loaded.source().contentHash()))
                .orElse(true);
        if (changed) {
            BuildReport report = pipeline.build(loaded.source());
            if (report.ok()) {
                var stored = store(loaded.source(), "file system", "loaded from " + loaded.origin());
                goLive(stored.getVersion(), report);
                return;
            }
            reject(loaded.origin(), report);
        }
        latest.ifPresentOrElse(
                this::makeStoredVersionLive,
                () -> unavailable(
                        changed
                                ? "No good rule set exists: the rule files were rejected (see the problems listed) and no earlier version is stored."
                                : "No rule set is stored."));
    }

    /** Another node may have published a newer version: build it and swap to it. */
    @Scheduled(
            fixedDelayString = "${blindspot.rules.refresh-ms:30000}",
            initialDelayString = "${blindspot.rules.refresh-ms:30000}")
    public synchronized void pickUpNewerVersion() {
        int live = status.liveVersion();
        if (ruleSets.findLatestVersionNumber().orElse(0) > live) {
            ruleSets.findLatestWithFiles().ifPresent(this::makeStoredVersionLive);
        }
    }

    public RuleEngineStatus status() {
        return status;
    }

    /** Evaluates one team on the live rule set. */
    public Evaluation evaluate(TeamInput team) {
        if (!status.available()) {
            throw new RuleEngineUnavailable(status.unavailableReason());
        }
        return evaluator.evaluate(team);
    }

    /**
     * The stored version that produced an evaluation, found by the content hash the evaluation
     * carries from the rule set it ran on. Asking which version is live after evaluating would name
     * the wrong one when a swap happened in between.
     */
    public Optional<PublishedRuleSet> storedVersionOf(Evaluation evaluation) {
        if (evaluation.ruleSetVersion() == null || evaluation.ruleSetVersion().isEmpty()) {
            return Optional.empty();
        }
        return ruleSets.findFirstByContentHashOrderByVersionDesc(evaluation.ruleSetVersion());
    }

    private void makeStoredVersionLive(PublishedRuleSet stored) {
        BuildReport report = pipeline.build(RuleSetSource.of(stored.files()));
        if (report.ok()) {
            goLive(stored.getVersion(), report);
        } else {
            reject("stored version " + stored.getVersion(), report);
            unavailable("Stored rule-set version " + stored.getVersion() + " no longer builds: " + report.summary());
        }
    }

    private PublishedRuleSet store(RuleSetSource source, String author, String note) {
        int next = ruleSets.findLatestVersionNumber().orElse(0) + 1;
        var stored = ruleSets.save(new PublishedRuleSet(
                next, source.contentHash(), FILE_SYSTEM, author, note, clock.instant(), source.files()));
        audit.record(author, "RULES_PUBLISHED", null, "rule-set:" + next, note);
        return stored;
    }

    private void goLive(int version, BuildReport report) {
        evaluator.publish(report);
        var previous = status;
        status = new RuleEngineStatus(version, null, previous.rejection());
        log.info(
                "Rule set version {} is live ({} scenarios passed)",
                version,
                report.scenarios().size());
    }

    private void reject(String origin, BuildReport report) {
        var failed = report.failedScenarios().stream()
                .map(s -> s.file() + ": " + String.join("; ", s.failures()))
                .toList();
        status = new RuleEngineStatus(
                status.liveVersion(),
                status.unavailableReason(),
                new RuleEngineStatus.Rejection(origin, clock.instant(), report.errors(), failed));
        log.error("Rule set from {} was rejected and did not go live:\n{}", origin, report.summary());
        report.ruleSet().ifPresent(RuleSet::close);
    }

    private void unavailable(String reason) {
        status = new RuleEngineStatus(0, reason, status.rejection());
        log.error("The rule engine is unavailable: {}", reason);
    }

    @PreDestroy
    void close() {
        evaluator.close();
    }
}
