package io.blindspot.assessment;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of a questionnaire: its YAML text is the source of truth. */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends AbstractEntity {

    @Column(name = "instrument_key", nullable = false)
    private String instrumentKey;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String title;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InstrumentVersion() {}

    public InstrumentVersion(
            String instrumentKey,
            int version,
            String title,
            int itemCount,
            String content,
            String contentHash,
            Instant createdAt) {
        this.instrumentKey = instrumentKey;
        this.version = version;
        this.title = title;
        this.itemCount = itemCount;
        this.content = content;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
    }

    public String getInstrumentKey() {
        return instrumentKey;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public int getItemCount() {
        return itemCount;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
