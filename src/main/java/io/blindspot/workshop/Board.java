package io.blindspot.workshop;

import java.time.Instant;
import java.util.List;

/**
 * The completion board of a workshop.
 *
 * @param ready whether enough participants have submitted to debrief (the minimum group size)
 * @param mailConfigured whether invitations and reminders go out by e-mail; if not, links are shown to copy
 */
public record Board(
        WorkshopSummary workshop,
        List<Row> rows,
        int submitted,
        int minimumGroupSize,
        boolean ready,
        boolean mailConfigured) {

    /**
     * One participant.
     *
     * @param status {@code not started}, {@code n of N}, {@code submitted} or {@code flagged for quality}
     */
    public record Row(
            String username,
            String name,
            String email,
            String status,
            Instant lastActivity,
            Instant lastReminded,
            boolean submitted) {}
}
