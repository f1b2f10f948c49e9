/**
 * Demo data for the embedded default: accounts for every role, the seed's two teams with submitted
 * assessments, and the facilitator's workshops. Loaded only when {@code blindspot.demo.enabled} is
 * true. It creates everything through the other modules' services; nothing depends on it.
 */
package io.blindspot.demo;
