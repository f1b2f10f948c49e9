package io.blindspot.rules.facts;

/** How much a finding deserves the team's attention; findings are listed in this order. */
public enum Severity {
    @Meaning("Discuss first: a strong pattern on sound results.")
    HIGH,
    @Meaning("Worth discussing: a clear pattern, or a strong one on uncertain results.")
    MEDIUM,
    @Meaning("Worth a look: a gap the team may want to cover.")
    LOW,
    @Meaning("Not a pattern: something about the data, e.g. too few results.")
    INFO
}
