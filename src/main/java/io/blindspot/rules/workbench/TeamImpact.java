package io.blindspot.rules.workbench;

import java.util.List;

/** One team whose findings the draft would change, and how. */
public record TeamImpact(String teamId, String teamName, List<FindingChange> changes) {

    public TeamImpact {
        changes = List.copyOf(changes);
    }
}
