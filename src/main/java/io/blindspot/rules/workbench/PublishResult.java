package io.blindspot.rules.workbench;

import io.blindspot.rules.live.PublishOutcome;
import java.util.List;

/**
 * What publishing the draft gave: the pipeline's outcome and, for a conflict, the files that the
 * other publish or the draft changed, as three texts each.
 */
public record PublishResult(PublishOutcome outcome, List<ThreeWayFile> conflictingFiles) {

    public PublishResult {
        conflictingFiles = List.copyOf(conflictingFiles);
    }
}
