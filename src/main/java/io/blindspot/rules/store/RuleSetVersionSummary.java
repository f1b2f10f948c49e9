package io.blindspot.rules.store;

import java.time.Instant;

/** A published rule-set version as lists and the HR home page show it. */
public record RuleSetVersionSummary(
        int version, String source, String author, String note, Instant createdAt, int fileCount) {

    static RuleSetVersionSummary of(PublishedRuleSet set) {
        return new RuleSetVersionSummary(
                set.getVersion(),
                set.getSource(),
                set.getAuthor(),
                set.getNote(),
                set.getCreatedAt(),
                set.files().size());
    }
}
