/**
 * Instruments (versioned questionnaires), assessments assigned to people, their answers saved one
 * by one, and the scored results.
 */
package io.blindspot.assessment;
