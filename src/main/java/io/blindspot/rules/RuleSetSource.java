package io.blindspot.rules;

import io.blindspot.base.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set: path (relative, with {@code /}) → content, and a SHA-256 hash of them
 * all that serves as the version of the content. Where the files come from (a directory, the
 * database, an upload) does not matter to the pipeline.
 *
 * <p>Recognised paths: {@code *.drl} (rules), {@code *.dslr} (rules in business language) with
 * {@code *.dsl} (its sentences), {@code parameters.yaml} and {@code scenarios/*.yaml}. Other files (such as {@code README.md}) are not part of the rule set.
 */
public record RuleSetSource(Map<String, String> files, String contentHash) {

    public static final String PARAMETERS = "parameters.yaml";
    public static final String SCENARIOS = "scenarios/";

    public RuleSetSource {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A rule set from an in-memory map; only recognised paths are kept. */
    public static RuleSetSource of(Map<String, String> files) {
        Map<String, String> kept = new TreeMap<>();
        files.forEach((path, content) -> {
            String normalised = path.replace('\\', '/');
            if (isRuleSetFile(normalised)) {
                kept.put(normalised, content);
            }
        });
        return new RuleSetSource(kept, hash(kept));
    }

    /** Reads the rule set from a directory such as {@code ./rules}. */
    public static RuleSetSource fromDirectory(Path directory) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                if (isRuleSetFile(relative)) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set from " + directory, e);
        }
        return of(files);
    }

    /**
     * Whether {@code path} names a file of a rule set: a top-level {@code *.drl}, {@code *.dslr}, {@code *.dsl}, {@code
     * parameters.yaml}, or {@code scenarios/*.yaml}; never a path that leaves the rule set's folder.
     */
    public static boolean isRuleSetFile(String path) {
        if (path == null
                || path.startsWith("/")
                || path.contains("\\")
                || path.contains("//")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            return false;
        }
        boolean topLevel = !path.contains("/");
        return (topLevel && (path.endsWith(".drl") || path.endsWith(".dslr") || path.endsWith(".dsl")))
                || path.equals(PARAMETERS)
                || (path.startsWith(SCENARIOS) && (path.endsWith(".yaml") || path.endsWith(".yml")));
    }

    /** The scenario files, by path. */
    public Map<String, String> scenarios() {
        Map<String, String> scenarios = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith(SCENARIOS)) {
                scenarios.put(path, content);
            }
        });
        return scenarios;
    }

    private static String hash(Map<String, String> sortedFiles) {
        StringBuilder all = new StringBuilder();
        // length-prefixed so that moving text between path and content changes the hash
        sortedFiles.forEach((path, content) -> all.append(path.length())
                .append(':')
                .append(path)
                .append(content.length())
                .append(':')
                .append(content));
        return Sha256.hex(all.toString());
    }
}
