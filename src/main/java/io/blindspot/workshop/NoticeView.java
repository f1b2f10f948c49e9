package io.blindspot.workshop;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invitation or reminder on a participant's home page. Its words are composed when it is read,
 * from its kind and its workshop, so each reader gets them in their own language, notices stored
 * before there was a second language included.
 *
 * @param message the English text stored when it was sent; shown only for a kind without a text key
 */
public record NoticeView(
        String kind, String workshop, String team, LocalDate deadline, String message, String link, Instant createdAt) {

    static final String INVITATION = "INVITATION";
    static final String REMINDER = "REMINDER";

    /** The text key for this notice's kind, or {@code null} for a kind that has none. */
    public String textKey() {
        boolean by = deadline != null;
        return switch (kind) {
            case INVITATION -> by ? "workshop.notice.invitationBy" : "workshop.notice.invitation";
            case REMINDER -> by ? "workshop.notice.reminderBy" : "workshop.notice.reminder";
            default -> null;
        };
    }

    /**
     * The key's arguments: the workshop, its team and the deadline.
     *
     * @param writtenDeadline the deadline as the reader writes dates
     */
    public Object[] textArguments(String writtenDeadline) {
        return new Object[] {workshop, team, writtenDeadline};
    }

    static NoticeView of(Workshop workshop, String kind, String message, String link, Instant createdAt) {
        return new NoticeView(
                kind,
                workshop.getTitle(),
                workshop.getTeam().getName(),
                workshop.getDeadline(),
                message,
                link,
                createdAt);
    }
}
