package io.blindspot.rules.engine.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rule files under src/test/resources/policy: hostile ones that must be refused, legal ones that must pass. */
final class Corpus {

    static final Path HOSTILE = Path.of("src/test/resources/policy/hostile");
    static final Path LEGAL = Path.of("src/test/resources/policy/legal");
    static final Path SHIPPED = Path.of("rules");

    /** Hostile files write to this path; tests replace it with a fresh temporary file per run. */
    private static final String SENTINEL = "SENTINEL";

    private Corpus() {}

    static Stream<String> drlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".drl"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path directory, String name) {
        try {
            return Files.readString(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hostile file aimed at {@code sentinel}: the file it would create if it ever ran. */
    static String armed(String name, Path sentinel) {
        String text = read(HOSTILE, name);
        if (!text.contains(SENTINEL)) {
            throw new IllegalStateException(name + " has no " + SENTINEL + " to write");
        }
        return text.replace(SENTINEL, sentinel.toAbsolutePath().toString());
    }

    /** The 1-based lines marked {@code // refused}: where the attack is, and where the policy must point. */
    static List<Integer> markedLines(String text) {
        List<String> lines = text.lines().toList();
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// refused")) {
                marked.add(i + 1);
            }
        }
        if (marked.isEmpty()) {
            throw new IllegalStateException("no line is marked // refused");
        }
        return marked;
    }
}
