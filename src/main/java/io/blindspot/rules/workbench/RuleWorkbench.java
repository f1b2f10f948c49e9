package io.blindspot.rules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.InputRefused;
import io.blindspot.rules.BusinessLanguage;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.ParameterField;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.live.CheckMode;
import io.blindspot.rules.live.CheckResult;
import io.blindspot.rules.live.FileDiff;
import io.blindspot.rules.live.PublishOutcome;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.rules.live.RuleFileChange;
import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.rules.store.RuleDraft;
import io.blindspot.rules.store.RuleDraftRepository;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's side of the rule base: each author's draft, and the draft checked and published
 * through {@link RulePublishing}, the same pipeline the API and the command line use. The draft is
 * the whole rule set, so it is checked and published as it stands ({@link CheckMode#REPLACE}) on top
 * of the version it started from.
 */
@Service
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class RuleWorkbench {

    static final String EDITOR = "EDITOR";
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {};

    private final RulePublishing publishing;
    private final RuleBaseService ruleBase;
    private final RuleDraftRepository drafts;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;

    RuleWorkbench(
            RulePublishing publishing,
            RuleBaseService ruleBase,
            RuleDraftRepository drafts,
            AuditTrail audit,
            ObjectMapper json,
            Clock clock) {
        this.publishing = publishing;
        this.ruleBase = ruleBase;
        this.drafts = drafts;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The author's stored draft, or a fresh one from the live version (not stored until saved). */
    @Transactional(readOnly = true)
    public Draft draft(String author) {
        return drafts.findByAuthor(author).map(this::view).orElseGet(() -> fromLive(author));
    }

    /** Stores the draft as it stands now; the author keeps one draft. */
    @Transactional
    public Draft save(Draft draft) {
        for (String name : draft.files().keySet()) {
            if (!RuleSetSource.isRuleSetFile(name)) {
                throw new InputRefused("rules.refused.file-name", name);
            }
        }
        var now = clock.instant();
        String files = write(draft.files());
        var stored = drafts.findByAuthor(draft.author()).orElse(null);
        if (stored == null) {
            drafts.save(new RuleDraft(draft.author(), draft.baseVersion(), files, now));
            audit.record(
                    draft.author(),
                    "RULES_DRAFT_STARTED",
                    null,
                    "rule-draft",
                    "based on version " + draft.baseVersion());
        } else {
            stored.update(draft.baseVersion(), files, now);
        }
        return new Draft(draft.author(), draft.baseVersion(), draft.files(), now);
    }

    /** Throws the draft away; the author starts again from the live version. */
    @Transactional
    public Draft discard(String author) {
        if (drafts.findByAuthor(author).isPresent()) {
            drafts.deleteByAuthor(author);
            audit.record(author, "RULES_DRAFT_DISCARDED", null, "rule-draft", "");
        }
        return fromLive(author);
    }

    /** Parse, policy, compile and scenarios on the draft; nothing is stored or published. */
    public CheckResult check(Draft draft) {
        var result = publishing.check(changes(draft), CheckMode.REPLACE);
        audit.record(
                draft.author(),
                "RULES_DRAFT_CHECKED",
                null,
                "rule-draft",
                (result.ok() ? "passed" : "failed") + ", "
                        + result.diagnostics().size() + " problem(s), "
                        + result.failedScenarios().size() + " failed scenario(s)");
        return result;
    }

    /**
     * Publishes the draft with the author's comment on top of the version it started from. Once
     * published the draft is gone (the next one starts from the new live version); a rejected or
     * conflicting draft stays as it was.
     */
    @Transactional
    public PublishResult publish(Draft draft, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InputRefused("rules.refused.comment-missing");
        }
        var outcome = publishing.publish(
                changes(draft), CheckMode.REPLACE, draft.baseVersion(), comment, draft.author(), EDITOR);
        if (outcome instanceof PublishOutcome.Published) {
            drafts.findByAuthor(draft.author()).ifPresent(drafts::delete);
        }
        if (outcome instanceof PublishOutcome.Conflict conflict) {
            return new PublishResult(outcome, threeWay(draft, conflict.liveVersion()));
        }
        return new PublishResult(outcome, List.of());
    }

    /**
     * Starts the draft again on the live version, keeping the author's files: what to do after a
     * conflict once the author has merged the other change in.
     */
    @Transactional
    public Draft rebase(Draft draft) {
        int live = publishing.live().map(RuleVersion::version).orElse(0);
        return save(new Draft(draft.author(), live, draft.files(), draft.savedAt()));
    }

    /** The business-language sentences the draft's {@code .dsl} files define: completions in {@code .dslr} files. */
    public List<String> sentences(Draft draft) {
        return BusinessLanguage.sentences(draft.files());
    }

    /** The values of {@code parameters.yaml} with their ranges (the server's caps included) and meanings. */
    public List<ParameterField> parameterFields() {
        return ruleBase.pipeline().parameterFields();
    }

    /**
     * What the check's PARSE step says about a {@code parameters.yaml} text, each problem with its
     * key: the form shows them at their fields as HR types.
     */
    public List<Diagnostic> checkParameters(String parametersYaml) {
        return ruleBase.pipeline().checkParameters(parametersYaml);
    }

    public List<RuleVersion> history() {
        return publishing.versions();
    }

    /** One version with its files. */
    public java.util.Optional<RuleVersion> version(int version) {
        return publishing.version(version);
    }

    public List<FileDiff> diff(int from, int to) {
        return publishing.diff(from, to);
    }

    public PublishOutcome rollback(int version, String comment, String author) {
        return publishing.rollback(version, comment, author);
    }

    private List<ThreeWayFile> threeWay(Draft draft, int liveVersion) {
        Map<String, String> base = filesOf(draft.baseVersion());
        Map<String, String> theirs = filesOf(liveVersion);
        Map<String, String> yours = draft.files();
        var names = new TreeSet<>(base.keySet());
        names.addAll(theirs.keySet());
        names.addAll(yours.keySet());
        List<ThreeWayFile> files = new ArrayList<>();
        for (String name : names) {
            String b = base.get(name);
            String t = theirs.get(name);
            String y = yours.get(name);
            if (!Objects.equals(b, t) || !Objects.equals(b, y)) {
                files.add(new ThreeWayFile(name, b, t, y));
            }
        }
        return files;
    }

    private Map<String, String> filesOf(int version) {
        return publishing.version(version).map(RuleVersion::files).orElse(Map.of());
    }

    private Draft fromLive(String author) {
        return publishing
                .live()
                .map(v -> new Draft(author, v.version(), v.files(), null))
                .orElseGet(() -> new Draft(author, 0, Map.of(), null));
    }

    private static List<RuleFileChange> changes(Draft draft) {
        return draft.files().entrySet().stream()
                .map(e -> new RuleFileChange(e.getKey(), e.getValue()))
                .toList();
    }

    private Draft view(RuleDraft stored) {
        try {
            return new Draft(
                    stored.getAuthor(),
                    stored.getBaseVersion(),
                    json.readValue(stored.getFiles(), FILES),
                    stored.getSavedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored draft of " + stored.getAuthor() + " cannot be read", e);
        }
    }

    private String write(Map<String, String> files) {
        try {
            return json.writeValueAsString(new TreeMap<>(files));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the draft", e);
        }
    }
}
