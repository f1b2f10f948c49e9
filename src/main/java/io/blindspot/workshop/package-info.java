/**
 * Workshops: a facilitator's engagement with one team (debrief, commitments and exports come
 * later). Facilitation is defined here, so this module implements {@link
 * io.blindspot.security.Facilitation} for the modules below it.
 */
package io.blindspot.workshop;
