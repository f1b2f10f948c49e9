package io.blindspot.rules.live;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.blindspot.audit.AuditTrail;
import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.Stage;
import io.blindspot.rules.store.PublishedRuleSet;
import io.blindspot.rules.store.PublishedRuleSetRepository;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Checking, publishing and rolling back rule sets: the one service the API, the command line and
 * HR's editor call. Every change goes through the same pipeline (PARSE, POLICY, COMPILE, SCENARIO)
 * and, when publishing, STORE and SWAP; a check never stores and never changes the live rules. A
 * publish names the version it was based on: when that is no longer the newest stored version,
 * someone else published first and the answer is a conflict with what they changed, never a silent
 * overwrite. Every publish and every refusal is audited.
 */
@Service
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RulePublishing {

    static final String API = "API";
    static final String ROLLBACK = "ROLLBACK";

    private final RuleBaseService ruleBase;
    private final PublishedRuleSetRepository ruleSets;
    private final AuditTrail audit;

    RulePublishing(RuleBaseService ruleBase, PublishedRuleSetRepository ruleSets, AuditTrail audit) {
        this.ruleBase = ruleBase;
        this.ruleSets = ruleSets;
        this.audit = audit;
    }

    /** Steps PARSE to SCENARIO on the change; stores nothing, changes nothing live. */
    public CheckResult check(List<RuleFileChange> files, CheckMode mode) {
        Change change = prepare(files, mode);
        BuildReport report = build(change);
        report.ruleSet().ifPresent(rs -> rs.close());
        return CheckResult.of(report, change.baseVersion());
    }

    /**
     * Publishes the change as the next version when every step passes and {@code baseVersion} is
     * still the newest stored version; the author and comment are kept with it.
     */
    public PublishOutcome publish(
            List<RuleFileChange> files, CheckMode mode, int baseVersion, String comment, String author) {
        return publish(files, mode, baseVersion, comment, author, API);
    }

    /**
     * Publishes with a source of the caller's choosing ({@code EDITOR} for HR's editor), otherwise as
     * {@link #publish(List, CheckMode, int, String, String)}.
     */
    public PublishOutcome publish(
            List<RuleFileChange> files, CheckMode mode, int baseVersion, String comment, String author, String source) {
        Change change = prepare(files, mode);
        if (change.baseVersion() != baseVersion) {
            return conflict(change.baseVersion(), baseVersion, author);
        }
        return storeAndSwap(change, new RuleBaseService.Publication(source, author, comment), author);
    }

    /** A new version with version {@code version}'s files, through the whole pipeline. */
    public PublishOutcome rollback(int version, String comment, String author) {
        PublishedRuleSet target =
                ruleSets.findWithFilesByVersion(version).orElseThrow(() -> new RuleVersionNotFound(version));
        int live = latestNumber();
        List<RuleFileChange> files = new ArrayList<>();
        target.files().forEach((name, content) -> files.add(new RuleFileChange(name, content)));
        Change change = new Change(RuleSetSource.of(target.files()), List.of(), live);
        String note = "rollback to version " + version + (comment == null || comment.isBlank() ? "" : ": " + comment);
        return storeAndSwap(change, new RuleBaseService.Publication(ROLLBACK, author, note), author);
    }

    /** The newest stored version with its files. */
    public Optional<RuleVersion> live() {
        return ruleSets.findLatestWithFiles().map(v -> view(v, latestNumber(), true));
    }

    /** Every version, newest first, without files. */
    public List<RuleVersion> versions() {
        int latest = latestNumber();
        return ruleSets.findAllByOrderByVersionDesc().stream()
                .map(v -> view(v, latest, false))
                .toList();
    }

    /** One version with its files. */
    public Optional<RuleVersion> version(int version) {
        return ruleSets.findWithFilesByVersion(version).map(v -> view(v, latestNumber(), true));
    }

    /** A unified diff per file that differs from version {@code from} to version {@code to}. */
    public List<FileDiff> diff(int from, int to) {
        var a = ruleSets.findWithFilesByVersion(from).orElseThrow(() -> new RuleVersionNotFound(from));
        var b = ruleSets.findWithFilesByVersion(to).orElseThrow(() -> new RuleVersionNotFound(to));
        return diff(a.files(), b.files());
    }

    /** Records a request the API refused before it reached the pipeline (too large, malformed). */
    public void recordRefusal(String author, String what, String reason) {
        audit.record(author, "RULES_REQUEST_REFUSED", null, "rule-set", what + ": " + reason);
    }

    static List<FileDiff> diff(Map<String, String> from, Map<String, String> to) {
        List<FileDiff> diffs = new ArrayList<>();
        for (String name : new TreeSet<>(union(from, to))) {
            String before = from.get(name);
            String after = to.get(name);
            if (before != null && before.equals(after)) {
                continue;
            }
            List<String> a = lines(before);
            List<String> b = lines(after);
            var patch = DiffUtils.diff(a, b);
            String text = String.join(
                    "\n",
                    UnifiedDiffUtils.generateUnifiedDiff(
                            before == null ? "/dev/null" : "a/" + name,
                            after == null ? "/dev/null" : "b/" + name,
                            a,
                            patch,
                            3));
            diffs.add(new FileDiff(name, before == null ? "added" : after == null ? "removed" : "changed", text));
        }
        return diffs;
    }

    private PublishOutcome storeAndSwap(Change change, RuleBaseService.Publication publication, String author) {
        BuildReport report = build(change);
        if (!report.ok()) {
            audit.record(
                    author,
                    "RULES_PUBLISH_REJECTED",
                    null,
                    "rule-set",
                    "stopped at " + report.failedStage() + ": " + firstProblem(report));
            return new PublishOutcome.Rejected(CheckResult.of(report, change.baseVersion()));
        }
        var stored = ruleBase.publish(change.source(), report, publication, change.baseVersion());
        if (stored.conflict()) {
            return conflict(stored.liveVersion(), change.baseVersion(), author);
        }
        return new PublishOutcome.Published(stored.version());
    }

    private PublishOutcome conflict(int live, int base, String author) {
        audit.record(
                author,
                "RULES_PUBLISH_CONFLICT",
                null,
                "rule-set:" + live,
                "based on version " + base + " but version " + live + " is live");
        Map<String, String> baseFiles = ruleSets.findWithFilesByVersion(base)
                .map(PublishedRuleSet::files)
                .orElse(Map.of());
        Map<String, String> liveFiles = ruleSets.findWithFilesByVersion(live)
                .map(PublishedRuleSet::files)
                .orElse(Map.of());
        return new PublishOutcome.Conflict(live, base, diff(baseFiles, liveFiles));
    }

    private BuildReport build(Change change) {
        if (!change.nameProblems().isEmpty()) {
            return new BuildReport(
                    change.source().contentHash(),
                    change.nameProblems(),
                    List.of(),
                    Optional.empty(),
                    Stage.PARSE,
                    Map.of());
        }
        return ruleBase.pipeline().build(change.source());
    }

    /** The files to build, the base they were put on, and names that are no rule-set file. */
    private record Change(RuleSetSource source, List<Diagnostic> nameProblems, int baseVersion) {}

    private Change prepare(List<RuleFileChange> files, CheckMode mode) {
        var latest = mode == CheckMode.OVERLAY ? ruleSets.findLatestWithFiles() : Optional.<PublishedRuleSet>empty();
        int base = mode == CheckMode.OVERLAY
                ? latest.map(PublishedRuleSet::getVersion).orElse(0)
                : latestNumber();
        Map<String, String> result =
                new TreeMap<>(latest.map(PublishedRuleSet::files).orElse(Map.of()));
        List<Diagnostic> problems = new ArrayList<>();
        for (RuleFileChange file : files) {
            if (!RuleSetSource.isRuleSetFile(file.name())) {
                problems.add(Diagnostic.error(
                        Stage.PARSE,
                        String.valueOf(file.name()),
                        0,
                        0,
                        "not a rule-set file name: use NAME.drl, parameters.yaml or scenarios/NAME.yaml"));
            } else if (file.content() == null) {
                if (mode == CheckMode.REPLACE) {
                    problems.add(Diagnostic.error(
                            Stage.PARSE, file.name(), 0, 0, "a file without content removes it only in overlay mode"));
                }
                result.remove(file.name());
            } else {
                result.put(file.name(), file.content());
            }
        }
        return new Change(RuleSetSource.of(result), problems, base);
    }

    private int latestNumber() {
        return ruleSets.findLatestVersionNumber().orElse(0);
    }

    private static RuleVersion view(PublishedRuleSet v, int latest, boolean withFiles) {
        return new RuleVersion(
                v.getVersion(),
                v.getAuthor(),
                v.getCreatedAt(),
                v.getNote(),
                v.getBaseVersion(),
                v.getSource(),
                v.getVersion() == latest ? "live" : "superseded",
                withFiles ? new LinkedHashMap<>(v.files()) : Map.of());
    }

    private static String firstProblem(BuildReport report) {
        if (!report.errors().isEmpty()) {
            return report.errors().get(0).toString();
        }
        return report.failedScenarios().isEmpty()
                ? ""
                : "scenario " + report.failedScenarios().get(0).name() + " failed";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        var all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
