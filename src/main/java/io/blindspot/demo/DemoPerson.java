package io.blindspot.demo;

/** One demo team member with the behavioural profile the demo answers are generated to produce. */
record DemoPerson(String username, String name, String jobTitle, boolean leader, int d, int i, int s, int c) {}
