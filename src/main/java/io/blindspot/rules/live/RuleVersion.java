package io.blindspot.rules.live;

import java.time.Instant;
import java.util.Map;

/**
 * A stored rule-set version.
 *
 * @param baseVersion the version it was published on top of; null for the first and folder imports
 * @param source {@code FILE_SYSTEM}, {@code API}, {@code ROLLBACK}, {@code EDITOR}
 * @param status {@code live} for the newest version, {@code superseded} for the others
 * @param files path → content, in path order; empty in lists of versions
 */
public record RuleVersion(
        int version,
        String author,
        Instant createdAt,
        String comment,
        Integer baseVersion,
        String source,
        String status,
        Map<String, String> files) {}
