/**
 * The load-test driver: virtual respondents that log in with the real form, open their
 * questionnaire and answer it through Vaadin Flow's own client protocol over real HTTP, against a
 * running instance. Not part of the application and not a test; see docs/performance.md.
 */
package io.blindspot.load;
