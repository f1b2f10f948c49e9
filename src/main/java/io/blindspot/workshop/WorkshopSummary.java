package io.blindspot.workshop;

import java.time.LocalDate;

/**
 * A workshop as lists show it.
 *
 * @param instrument the questionnaire version its participants answer, e.g. {@code workplace-style v1}
 */
public record WorkshopSummary(
        long id,
        String title,
        String teamName,
        long teamId,
        WorkshopStatus status,
        LocalDate scheduledOn,
        LocalDate deadline,
        boolean revealed,
        String facilitator,
        int minimumGroupSize,
        String instrument) {

    static WorkshopSummary of(Workshop w) {
        return new WorkshopSummary(
                w.getId(),
                w.getTitle(),
                w.getTeam().getName(),
                w.getTeam().getId(),
                w.getStatus(),
                w.getScheduledOn(),
                w.getDeadline(),
                w.isRevealed(),
                w.getFacilitator().getUsername(),
                w.getMinimumGroupSize(),
                w.instrumentLabel());
    }
}
