package io.blindspot.workshop;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invitation or reminder shown on the participant's home page, whether or not mail went out. The
 * message is the English text as sent, for the person's data export; the home page words it anew
 * from the kind and the workshop in the reader's language.
 */
@Entity
@Table(name = "workshop_notice")
class Notice extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String message;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {}

    Notice(Workshop workshop, UserAccount user, String kind, String message, String link, Instant createdAt) {
        this.workshop = workshop;
        this.user = user;
        this.kind = kind;
        this.message = message;
        this.link = link;
        this.createdAt = createdAt;
    }

    Workshop workshop() {
        return workshop;
    }

    String kind() {
        return kind;
    }

    String message() {
        return message;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }
}
