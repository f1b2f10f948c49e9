package io.blindspot.rules.live;

import io.blindspot.rules.RuleSetSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Where the rule files come from: the rules directory, or the copy packaged in the jar. */
final class RuleFiles {

    private RuleFiles() {}

    /** The directory when it exists, otherwise the packaged copy; the description says which. */
    static Loaded load(Path directory) {
        if (Files.isDirectory(directory)) {
            return new Loaded(
                    RuleSetSource.fromDirectory(directory),
                    directory.toAbsolutePath().toString());
        }
        return new Loaded(packaged(), "the rules packaged in the application");
    }

    private static RuleSetSource packaged() {
        var files = new TreeMap<String, String>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            String root = resolver.getResource("classpath:rules/parameters.yaml")
                    .getURL()
                    .toString();
            root = root.substring(0, root.length() - "parameters.yaml".length());
            for (Resource resource : resolver.getResources("classpath*:rules/**/*")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && url.startsWith(root)) {
                    files.put(url.substring(root.length()), resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules packaged in the application", e);
        }
        return RuleSetSource.of(files); // keeps the rule-set files only
    }

    record Loaded(RuleSetSource source, String origin) {}
}
