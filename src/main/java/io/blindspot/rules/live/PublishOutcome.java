package io.blindspot.rules.live;

import java.util.List;

/** What publishing (or rolling back) gave. */
public sealed interface PublishOutcome {

    /** Stored as {@code version} and live on this node; other nodes follow within seconds. */
    record Published(int version) implements PublishOutcome {}

    /** A step failed: nothing was stored, the live version stays live. */
    record Rejected(CheckResult check) implements PublishOutcome {}

    /**
     * The change was based on a version that is no longer live: nothing was stored. {@code diff} is
     * what the live version changed against the change's base, per file.
     */
    record Conflict(int liveVersion, int baseVersion, List<FileDiff> diff) implements PublishOutcome {}
}
