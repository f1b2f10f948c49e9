/** Workshops: a facilitator's engagement with one team (debrief, commitments and exports come later). */
package io.blindspot.workshop;
