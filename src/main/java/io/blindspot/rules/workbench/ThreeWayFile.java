package io.blindspot.rules.workbench;

/**
 * One file of a conflict as three texts: what the draft started from, what the other author
 * published since, and the draft. Null where the file does not exist in that version.
 */
public record ThreeWayFile(String name, String base, String theirs, String yours) {}
