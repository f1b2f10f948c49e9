/**
 * Demo and test data: the embedded default's demo (accounts for every role, the seed's two teams with
 * submitted assessments, the facilitator's workshops), loaded only when {@code blindspot.demo.enabled}
 * is true, and the command-line test-data generator (accounts with open questionnaires for load
 * tests). It creates everything through the other modules' services; nothing depends on it.
 */
package io.blindspot.demo;
