package io.blindspot.rules.live;

/** How a change's files combine with the live rule set. */
public enum CheckMode {
    /** The given files on top of the live set; a file given without content is removed. */
    OVERLAY,
    /** The given files alone are the whole rule set. */
    REPLACE
}
