package io.blindspot.assessment;

import java.time.Instant;

/** A stored instrument version as the administration lists show it. */
public record InstrumentVersionSummary(
        long id, String instrumentKey, int version, String title, int itemCount, Instant storedAt) {

    static InstrumentVersionSummary of(InstrumentVersion v) {
        return new InstrumentVersionSummary(
                v.getId(), v.getInstrumentKey(), v.getVersion(), v.getTitle(), v.getItemCount(), v.getCreatedAt());
    }

    public String label() {
        return title + " (" + instrumentKey + " v" + version + ")";
    }
}
