package io.blindspot.rules.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.audit.AuditTrail;
import io.blindspot.base.ApiErrors;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.live.CheckResult;
import io.blindspot.rules.live.FileDiff;
import io.blindspot.rules.live.PublishOutcome;
import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import io.blindspot.rules.live.RuleVersionNotFound;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rule sets over HTTP, for HR's own tools and CI: check a change, publish it, roll back, read and
 * compare versions, export the live version as a zip. HR and ADMIN only; everyone else gets 403,
 * and every refusal is audited. The size limits are in {@link RulesRequest}.
 */
@RestController
@RequestMapping("/api/v1/rules")
class RulesApi {

    static final String ACCESS_DENIED = "RULES_ACCESS_DENIED";

    private final RulePublishing publishing;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ObjectMapper json;

    RulesApi(RulePublishing publishing, CurrentUser currentUser, AuditTrail audit, ObjectMapper json) {
        this.publishing = publishing;
        this.currentUser = currentUser;
        this.audit = audit;
        this.json = json;
    }

    @PostMapping("/check")
    ResponseEntity<?> check(HttpServletRequest request) throws IOException {
        return withRequest(request, "check", false, body -> {
            CheckResult result = publishing.check(body.files(), body.mode());
            return ResponseEntity.ok(checkBody(result));
        });
    }

    @PostMapping("/publish")
    ResponseEntity<?> publish(HttpServletRequest request) throws IOException {
        return withRequest(
                request,
                "publish",
                true,
                body -> answer(publishing.publish(
                        body.files(), body.mode(), body.baseVersion(), body.comment(), currentUser.username())));
    }

    @PostMapping("/rollback")
    ResponseEntity<?> rollback(HttpServletRequest request) throws IOException {
        var refused = refuseEarly(request, "rollback");
        if (refused != null) {
            return refused;
        }
        RulesRequest.Rollback body;
        try {
            body = RulesRequest.rollback(json, readBody(request));
        } catch (RulesRequest.Refused e) {
            return refuse("rollback", e);
        }
        return answer(publishing.rollback(body.version(), body.comment(), currentUser.username()));
    }

    @GetMapping
    ResponseEntity<?> live() {
        return publishing
                .live()
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok(versionBody(v, true)))
                .orElseGet(() -> ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", "No rule-set version is stored."));
    }

    @GetMapping("/versions")
    List<Map<String, Object>> versions() {
        return publishing.versions().stream().map(v -> versionBody(v, false)).toList();
    }

    @GetMapping("/versions/{version}")
    ResponseEntity<?> version(@PathVariable int version) {
        RuleVersion found = publishing.version(version).orElseThrow(() -> new RuleVersionNotFound(version));
        return ResponseEntity.ok(versionBody(found, true));
    }

    @GetMapping("/versions/{from}/diff/{to}")
    Map<String, Object> diff(@PathVariable int from, @PathVariable int to) {
        var body = new LinkedHashMap<String, Object>();
        body.put("from", from);
        body.put("to", to);
        body.put("files", diffBody(publishing.diff(from, to)));
        return body;
    }

    @GetMapping("/export")
    ResponseEntity<?> export() throws IOException {
        var live = publishing.live();
        if (live.isEmpty()) {
            return ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", "No rule-set version is stored.");
        }
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : live.get().files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"rules-v" + live.get().version() + ".zip\"")
                .header("X-Rule-Set-Version", String.valueOf(live.get().version()))
                .body(bytes.toByteArray());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Map<String, Object>> forbidden(Exception e, HttpServletRequest request) {
        audit.record(
                currentUser.maybeUsername().orElse("anonymous"),
                ACCESS_DENIED,
                null,
                "rule-set",
                request.getMethod() + " " + request.getRequestURI());
        return ApiErrors.body(HttpStatus.FORBIDDEN, "forbidden", "Only HR and administrators may use the rules API.");
    }

    @ExceptionHandler(RuleVersionNotFound.class)
    ResponseEntity<Map<String, Object>> notFound(RuleVersionNotFound e) {
        return ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    private interface Handler {
        ResponseEntity<?> handle(RulesRequest.Change body);
    }

    private ResponseEntity<?> withRequest(HttpServletRequest request, String what, boolean publishing, Handler handler)
            throws IOException {
        var refused = refuseEarly(request, what);
        if (refused != null) {
            return refused;
        }
        RulesRequest.Change body;
        try {
            body = RulesRequest.change(json, readBody(request), publishing);
        } catch (RulesRequest.Refused e) {
            return refuse(what, e);
        }
        return handler.handle(body);
    }

    /** 403 before anything is read for the wrong roles; 413 from the declared length alone. */
    private ResponseEntity<?> refuseEarly(HttpServletRequest request, String what) {
        if (!currentUser.hasRole(Role.HR) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("rules API");
        }
        long declared = request.getContentLengthLong();
        if (declared > RulesRequest.MAX_BODY_BYTES) {
            return refuse(what, RulesRequest.tooLarge(declared));
        }
        return null;
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(RulesRequest.MAX_BODY_BYTES + 1);
            if (bytes.length > RulesRequest.MAX_BODY_BYTES) {
                throw RulesRequest.tooLarge(bytes.length);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private ResponseEntity<?> refuse(String what, RulesRequest.Refused e) {
        publishing.recordRefusal(currentUser.username(), what, e.getMessage());
        return ApiErrors.body(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(RulesRequest.Refused.class)
    ResponseEntity<?> refusedWhileReading(RulesRequest.Refused e) {
        return refuse("request", e);
    }

    private static ResponseEntity<?> answer(PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Published published) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("version", published.version()));
        }
        if (outcome instanceof PublishOutcome.Rejected rejected) {
            return ResponseEntity.unprocessableEntity().body(checkBody(rejected.check()));
        }
        var conflict = (PublishOutcome.Conflict) outcome;
        var body = ApiErrors.fields(
                HttpStatus.CONFLICT,
                "conflict",
                "Version " + conflict.liveVersion() + " is live, not version " + conflict.baseVersion()
                        + " this change was based on: someone published in between. Merge their change"
                        + " (the diff shows it) and publish again with baseVersion "
                        + conflict.liveVersion() + ".");
        body.put("liveVersion", conflict.liveVersion());
        body.put("baseVersion", conflict.baseVersion());
        body.put("diff", diffBody(conflict.diff()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    static Map<String, Object> checkBody(CheckResult result) {
        var body = new LinkedHashMap<String, Object>();
        body.put("ok", result.ok());
        body.put("baseVersion", result.baseVersion());
        body.put(
                "diagnostics",
                result.diagnostics().stream().map(RulesApi::diagnostic).toList());
        var scenarios = new LinkedHashMap<String, Object>();
        scenarios.put("passed", result.passedScenarios());
        scenarios.put(
                "failed",
                result.failedScenarios().stream()
                        .map(s -> {
                            var failed = new LinkedHashMap<String, Object>();
                            failed.put("name", s.name());
                            failed.put("file", s.file());
                            failed.put("expected", s.expected());
                            failed.put("actual", s.actual());
                            failed.put("failures", s.failures());
                            return failed;
                        })
                        .toList());
        body.put("scenarios", scenarios);
        return body;
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        var body = new LinkedHashMap<String, Object>();
        body.put("file", d.file());
        body.put("line", d.line());
        body.put("column", d.column());
        body.put("stage", d.stage().name());
        body.put("severity", d.severity());
        // a data file's field path leads the message, as in the command line's output
        body.put("message", d.field().isEmpty() ? d.message() : "[" + d.field() + "] " + d.message());
        return body;
    }

    private static List<Map<String, Object>> diffBody(List<FileDiff> diffs) {
        return diffs.stream()
                .map(d -> {
                    var file = new LinkedHashMap<String, Object>();
                    file.put("name", d.name());
                    file.put("change", d.change());
                    file.put("diff", d.diff());
                    return (Map<String, Object>) file;
                })
                .toList();
    }

    private static Map<String, Object> versionBody(RuleVersion v, boolean withFiles) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", v.version());
        body.put("author", v.author());
        body.put("createdAt", v.createdAt().toString());
        body.put("comment", v.comment());
        body.put("baseVersion", v.baseVersion());
        body.put("source", v.source());
        body.put("status", v.status());
        if (withFiles) {
            body.put(
                    "files",
                    v.files().entrySet().stream()
                            .map(f -> Map.of("name", f.getKey(), "content", f.getValue()))
                            .toList());
        }
        return body;
    }
}
