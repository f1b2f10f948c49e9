package io.blindspot.rules.live;

import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Evaluation;
import io.blindspot.rules.Limits;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the live rule base on this node: runs the pipeline, stores a version that passed (STORE)
 * and swaps it in (SWAP). The rules folder is an import source, not a competing truth: it is
 * imported only when the folder itself changed since its last import (its hash is kept with the
 * version it produced), never because the newest stored version differs from it — so a version
 * published through the API is never undone by a node restarting with an unchanged folder. Versions
 * other nodes stored are picked up from the database within {@code blindspot.rules.refresh-ms}.
 */
@Service
public class RuleBaseService {

    static final String FILE_SYSTEM = "FILE_SYSTEM";
    private static final Logger log = LoggerFactory.getLogger(RuleBaseService.class);

    private final PublishedRuleSetRepository ruleSets;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path rulesDirectory;
    private final RulePipeline pipeline;
    private final TransactionTemplate transaction;
    private final TeamEvaluator evaluator = new TeamEvaluator();
    private volatile boolean loaded;
    // the rules folder's hash when this node last read it; null until the first import
    private String lastSeenFolderHash;
    private volatile RuleEngineStatus status =
            new RuleEngineStatus(0, RuleEngineStatus.Unavailable.of("rules.engine.not-loaded"), null);

    RuleBaseService(
            PublishedRuleSetRepository ruleSets,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${blindspot.rules.dir:./rules}") String rulesDirectory,
            @Value("${blindspot.rules.max-rule-firings:1000}") int maxRuleFirings,
            @Value("${blindspot.rules.evaluation-time-limit-ms:2000}") long evaluationTimeLimitMs) {
        this.ruleSets = ruleSets;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.rulesDirectory = Path.of(rulesDirectory);
        this.pipeline = new RulePipeline(new Limits(maxRuleFirings, evaluationTimeLimitMs));
    }

    /** Imports the rules folder if it changed, then makes the newest version live. Never throws for bad rules. */
    public synchronized void loadAtStartUp() {
        loaded = true;
        boolean rejected = importFolder("start-up") == FolderImport.REJECTED;
        var latest = ruleSets.findLatestWithFiles();
        if (latest.isPresent() && latest.get().getVersion() != status.liveVersion()) {
            makeStoredVersionLive(latest.get());
        } else if (latest.isEmpty()) {
            unavailable(
                    RuleEngineStatus.Unavailable.of(rejected ? "rules.engine.none-good" : "rules.engine.none-stored"));
        }
    }

    /** What importing the rules folder did. */
    public enum FolderImport {
        UNCHANGED,
        PUBLISHED,
        REJECTED
    }

    /**
     * Sends the rules folder through the pipeline when it changed, and stores and swaps it in when
     * every step passes; a rejected folder never replaces the live version. At start-up "changed"
     * means: this content was never imported from a folder before (every import keeps the folder's
     * hash), so a node restarting with the folder it always had does not undo what was published
     * since, from the API or another node's folder. For the folder watch it means: different from
     * what this node saw at its last look. Either way a folder equal to the newest version is not
     * stored again. {@code trigger} says why, for the log.
     */
    public synchronized FolderImport importFolder(String trigger) {
        var loaded = RuleFiles.load(rulesDirectory);
        String folderHash = loaded.source().contentHash();
        boolean changed = lastSeenFolderHash == null
                ? !ruleSets.existsByFolderHash(folderHash)
                : !lastSeenFolderHash.equals(folderHash);
        lastSeenFolderHash = folderHash;
        var latest = ruleSets.findFirstByOrderByVersionDesc();
        if (!changed) {
            return FolderImport.UNCHANGED;
        }
        if (latest.map(v -> v.getContentHash().equals(folderHash)).orElse(false)) {
            // the folder is back to what is live: an earlier refusal of it is answered
            status = new RuleEngineStatus(status.liveVersion(), status.unavailable(), null);
            return FolderImport.UNCHANGED;
        }
        BuildReport report = pipeline.build(loaded.source());
        if (!report.ok()) {
            reject(loaded.origin(), report);
            return FolderImport.REJECTED;
        }
        Integer base = latest.map(PublishedRuleSet::getVersion).orElse(null);
        long storing = System.nanoTime();
        var stored = store(
                loaded.source(),
                new Publication(FILE_SYSTEM, "file system", "loaded from " + loaded.origin() + " (" + trigger + ")"),
                base,
                folderHash);
        if (stored.isEmpty()) {
            report.ruleSet().ifPresent(RuleSet::close);
            log.warn("Another node stored a version while this one imported its rules folder; nothing stored");
            return FolderImport.UNCHANGED;
        }
        goLive(stored.get().getVersion(), report, true, ", STORE " + millis(System.nanoTime() - storing));
        return FolderImport.PUBLISHED;
    }

    /** Who publishes, from where, and why: kept with the stored version and in the audit trail. */
    public record Publication(String source, String author, String comment) {}

    /** The outcome of {@link #publish}: the new version, or the live version that was not the base. */
    public record Stored(int version, boolean conflict, int liveVersion) {}

    /**
     * STORE and SWAP for a build that passed: stores the version on top of {@code baseVersion} and
     * makes it live, unless the newest stored version is not {@code baseVersion} (someone else
     * published first), in which case nothing is stored and the rule set is closed.
     */
    public synchronized Stored publish(
            RuleSetSource source, BuildReport report, Publication publication, int baseVersion) {
        int latest = ruleSets.findLatestVersionNumber().orElse(0);
        if (latest != baseVersion) {
            report.ruleSet().ifPresent(RuleSet::close);
            return new Stored(0, true, latest);
        }
        long start = System.nanoTime();
        var stored = store(source, publication, baseVersion == 0 ? null : baseVersion, null);
        long storedAt = System.nanoTime();
        if (stored.isEmpty()) {
            report.ruleSet().ifPresent(RuleSet::close);
            return new Stored(0, true, ruleSets.findLatestVersionNumber().orElse(0));
        }
        goLive(stored.get().getVersion(), report, true, ", STORE " + millis(storedAt - start));
        return new Stored(stored.get().getVersion(), false, stored.get().getVersion());
    }

    /** The pipeline with this server's limits, for checks that do not publish. */
    public RulePipeline pipeline() {
        return pipeline;
    }

    /** Another node may have published a newer version: build it and swap to it. */
    @Scheduled(
            fixedDelayString = "${blindspot.rules.refresh-ms:1000}",
            initialDelayString = "${blindspot.rules.refresh-ms:1000}")
    public synchronized void pickUpNewerVersion() {
        if (!loaded) {
            return; // start-up decides what goes live first
        }
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
            throw new RuleEngineUnavailable(status.unavailable());
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
            goLive(stored.getVersion(), report, false, "");
        } else {
            reject("stored version " + stored.getVersion(), report);
            unavailable(RuleEngineStatus.Unavailable.of(
                    "rules.engine.no-longer-builds", stored.getVersion(), report.summary()));
        }
    }

    /** Stores the next version with its audit entry, together or not at all; empty when another node took the number. */
    private Optional<PublishedRuleSet> store(
            RuleSetSource source, Publication publication, Integer baseVersion, String folderHash) {
        try {
            return Optional.ofNullable(transaction.execute(tx -> {
                int next = ruleSets.findLatestVersionNumber().orElse(0) + 1;
                var stored = ruleSets.saveAndFlush(new PublishedRuleSet(
                        next,
                        source.contentHash(),
                        publication.source(),
                        publication.author(),
                        publication.comment(),
                        clock.instant(),
                        baseVersion,
                        folderHash,
                        source.files()));
                audit.record(
                        publication.author(),
                        "RULES_PUBLISHED",
                        null,
                        "rule-set:" + next,
                        publication.source() + (publication.comment() == null ? "" : ": " + publication.comment()));
                return stored;
            }));
        } catch (DataIntegrityViolationException taken) {
            return Optional.empty();
        }
    }

    /** SWAP; a newly published version answers the last rejection, one picked up from storage does not. */
    private void goLive(int version, BuildReport report, boolean clearsRejection, String storeTime) {
        long start = System.nanoTime();
        evaluator.publish(report);
        var previous = status;
        status = new RuleEngineStatus(version, null, clearsRejection ? null : previous.rejection());
        log.info(
                "Rule set version {} is live ({} scenarios passed; {}{}, SWAP {})",
                version,
                report.scenarios().size(),
                timings(report),
                storeTime,
                millis(System.nanoTime() - start));
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String timings(BuildReport report) {
        StringBuilder text = new StringBuilder();
        report.timings().forEach((stage, took) -> text.append(text.isEmpty() ? "" : ", ")
                .append(stage)
                .append(' ')
                .append(took.toMillis())
                .append(" ms"));
        return text.toString();
    }

    private void reject(String origin, BuildReport report) {
        var failed = report.failedScenarios().stream()
                .map(s -> s.file() + ": " + String.join("; ", s.failures()))
                .toList();
        status = new RuleEngineStatus(
                status.liveVersion(),
                status.unavailable(),
                new RuleEngineStatus.Rejection(origin, clock.instant(), report.errors(), failed));
        log.error("Rule set from {} was rejected and did not go live:\n{}", origin, report.summary());
        report.ruleSet().ifPresent(RuleSet::close);
    }

    private void unavailable(RuleEngineStatus.Unavailable reason) {
        status = new RuleEngineStatus(0, reason, status.rejection());
        log.error("The rule engine is unavailable: {}", reason.english());
    }

    @PreDestroy
    void close() {
        evaluator.close();
    }
}
