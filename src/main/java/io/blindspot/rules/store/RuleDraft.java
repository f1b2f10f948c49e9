package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One author's work in progress on the rule set: every file, and the version it started from. */
@Entity
@Table(name = "rule_draft")
public class RuleDraft extends AbstractEntity {

    @Column(nullable = false)
    private String author;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    /** path → content as a JSON object; the store does not look inside. */
    @Column(nullable = false, columnDefinition = "longtext")
    private String files;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected RuleDraft() {}

    public RuleDraft(String author, int baseVersion, String files, Instant savedAt) {
        this.author = author;
        this.baseVersion = baseVersion;
        this.files = files;
        this.savedAt = savedAt;
    }

    public String getAuthor() {
        return author;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getFiles() {
        return files;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public void update(int baseVersion, String files, Instant savedAt) {
        this.baseVersion = baseVersion;
        this.files = files;
        this.savedAt = savedAt;
    }
}
