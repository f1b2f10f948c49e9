package io.blindspot.rules.workbench;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One author's work in progress.
 *
 * @param baseVersion the live version the draft started from; a publish names it as its base (0 when
 *     nothing was live)
 * @param files path → content, in path order: the whole rule set as the author would publish it
 * @param savedAt when the server last stored it; null for a draft not stored yet
 */
public record Draft(String author, int baseVersion, Map<String, String> files, Instant savedAt) {

    public Draft {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
