package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One published version of the whole rule set. Never changed after it is stored. */
@Entity
@Table(name = "rule_set_version")
public class PublishedRuleSet extends AbstractEntity {

    @Column(nullable = false)
    private int version;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String author;

    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The live version this one was published on top of; null for the first and for folder imports. */
    @Column(name = "base_version")
    private Integer baseVersion;

    /** For a version imported from a node's rules folder: the folder's hash at the import. */
    @Column(name = "folder_hash")
    private String folderHash;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("path")
    private List<PublishedRuleFile> files = new ArrayList<>();

    protected PublishedRuleSet() {}

    public PublishedRuleSet(
            int version,
            String contentHash,
            String source,
            String author,
            String note,
            Instant createdAt,
            Integer baseVersion,
            String folderHash,
            Map<String, String> files) {
        this.version = version;
        this.contentHash = contentHash;
        this.source = source;
        this.author = author;
        this.note = note;
        this.createdAt = createdAt;
        this.baseVersion = baseVersion;
        this.folderHash = folderHash;
        files.forEach((path, content) -> this.files.add(new PublishedRuleFile(this, path, content)));
    }

    public int getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSource() {
        return source;
    }

    public String getAuthor() {
        return author;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public String getFolderHash() {
        return folderHash;
    }

    /** The files of this version, path to content, in path order. */
    public Map<String, String> files() {
        var byPath = new LinkedHashMap<String, String>();
        files.forEach(f -> byPath.put(f.getPath(), f.getContent()));
        return byPath;
    }
}
