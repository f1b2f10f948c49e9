package io.blindspot.workshop;

import java.time.LocalDate;

public record WorkshopSummary(
        long id, String title, String teamName, long teamId, WorkshopStatus status, LocalDate scheduledOn) {

    static WorkshopSummary of(Workshop w) {
        return new WorkshopSummary(
                w.getId(), w.getTitle(), w.getTeam().getName(), w.getTeam().getId(), w.getStatus(), w.getScheduledOn());
    }
}
