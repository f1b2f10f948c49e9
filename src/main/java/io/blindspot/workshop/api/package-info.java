/** The workshops' HTTP API: the caller's workshops, a debrief as JSON, PDF and CSV, consent. */
package io.blindspot.workshop.api;
