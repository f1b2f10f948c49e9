package io.blindspot.rules.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.rules.live.CheckMode;
import io.blindspot.rules.live.RuleFileChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The bodies of the rules API, read and checked against the documented limits (rules/README.md):
 * a body of at most {@value #MAX_BODY_BYTES} bytes and a file of at most {@value #MAX_FILE_CHARS}
 * characters (else 413), at most {@value #MAX_FILES} files, names of at most {@value #MAX_NAME}
 * characters and comments of at most {@value #MAX_COMMENT} (else 400). Each refusal says what and
 * where.
 */
final class RulesRequest {

    // the same as the API-wide cap (blindspot.api.max-body-size), which refuses larger bodies first
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_FILE_CHARS = 512 * 1024;
    static final int MAX_FILES = 100;
    static final int MAX_NAME = 200;
    static final int MAX_COMMENT = 1000;

    private RulesRequest() {}

    /** A check or publish body. */
    record Change(List<RuleFileChange> files, CheckMode mode, int baseVersion, String comment) {}

    /** A rollback body. */
    record Rollback(int version, String comment) {}

    /** A request refused before it reached the pipeline, with the status and why. */
    static final class Refused extends RuntimeException {
        private final HttpStatus status;
        private final String code;

        Refused(HttpStatus status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        HttpStatus status() {
            return status;
        }

        String code() {
            return code;
        }
    }

    static Refused tooLarge(long bytes) {
        return new Refused(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "too-large",
                "The request body has " + bytes + " bytes; the rules API takes at most " + MAX_BODY_BYTES + ".");
    }

    static Change change(ObjectMapper json, String text, boolean publishing) {
        JsonNode root = read(json, text);
        JsonNode files = root.get("files");
        if (files == null || !files.isArray()) {
            throw invalid("\"files\" must be a list of {\"name\": ..., \"content\": ...}");
        }
        if (files.size() > MAX_FILES) {
            throw invalid("\"files\" has " + files.size() + " entries; at most " + MAX_FILES + " are allowed");
        }
        List<RuleFileChange> changes = new ArrayList<>();
        var names = new HashSet<String>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode file = files.get(i);
            String where = "files[" + i + "]";
            JsonNode name = file.get("name");
            if (!file.isObject()
                    || name == null
                    || !name.isTextual()
                    || name.asText().isBlank()) {
                throw invalid(where + ".name must be the file's name, e.g. \"leader.drl\"");
            }
            if (name.asText().length() > MAX_NAME) {
                throw invalid(where + ".name is longer than " + MAX_NAME + " characters");
            }
            if (!names.add(name.asText())) {
                throw invalid(where + ".name \"" + name.asText() + "\" is given twice");
            }
            JsonNode content = file.get("content");
            if (content != null && !content.isNull() && !content.isTextual()) {
                throw invalid(where + ".content must be the file's text, or null to remove it");
            }
            String fileText = content == null || content.isNull() ? null : content.asText();
            if (fileText != null && fileText.length() > MAX_FILE_CHARS) {
                throw new Refused(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "too-large",
                        where + " (" + name.asText() + ") has " + text.length()
                                + " characters; a rule file may have at most " + MAX_FILE_CHARS + ".");
            }
            changes.add(new RuleFileChange(name.asText(), fileText));
        }
        CheckMode mode = mode(root.get("mode"));
        int baseVersion = 0;
        if (publishing) {
            JsonNode base = root.get("baseVersion");
            if (base == null || !base.canConvertToInt() || !base.isIntegralNumber() || base.asInt() < 0) {
                throw invalid("\"baseVersion\" must be the live version the change was made on (GET /api/v1/rules)");
            }
            baseVersion = base.asInt();
        }
        return new Change(changes, mode, baseVersion, comment(root));
    }

    static Rollback rollback(ObjectMapper json, String text) {
        JsonNode root = read(json, text);
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw invalid("\"version\" must be the number of the version to roll back to");
        }
        return new Rollback(version.asInt(), comment(root));
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            JsonNode root = json.readTree(text);
            if (root == null || !root.isObject()) {
                throw invalid("the body must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw invalid("the body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static CheckMode mode(JsonNode mode) {
        if (mode == null || mode.isNull()) {
            return CheckMode.OVERLAY;
        }
        try {
            return CheckMode.valueOf(mode.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("\"mode\" must be \"overlay\" or \"replace\", was \"" + mode.asText() + "\"");
        }
    }

    private static String comment(JsonNode root) {
        JsonNode comment = root.get("comment");
        if (comment == null || comment.isNull()) {
            return null;
        }
        if (!comment.isTextual()) {
            throw invalid("\"comment\" must be text");
        }
        if (comment.asText().length() > MAX_COMMENT) {
            throw invalid("\"comment\" is longer than " + MAX_COMMENT + " characters");
        }
        return comment.asText();
    }

    private static Refused invalid(String message) {
        return new Refused(HttpStatus.BAD_REQUEST, "invalid-request", message);
    }
}
