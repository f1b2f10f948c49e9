package io.blindspot.rules.facts;

/** How much a finding deserves the team's attention; findings are listed in this order. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW,
    INFO
}
