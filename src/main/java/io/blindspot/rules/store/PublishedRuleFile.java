package io.blindspot.rules.store;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "rule_file")
class PublishedRuleFile extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_version_id")
    private PublishedRuleSet ruleSet;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    protected PublishedRuleFile() {}

    PublishedRuleFile(PublishedRuleSet ruleSet, String path, String content) {
        this.ruleSet = ruleSet;
        this.path = path;
        this.content = content;
    }

    String getPath() {
        return path;
    }

    String getContent() {
        return content;
    }
}
