/**
 * Instruments (versioned questionnaires), assessments assigned to people, their answers saved one
 * by one, and the scored results. Publishes {@link io.blindspot.assessment.AssessmentSubmitted}
 * when a person submits, and hands results to higher modules through {@link
 * io.blindspot.assessment.SubmittedResults}.
 */
package io.blindspot.assessment;
