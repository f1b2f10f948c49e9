/**
 * The questionnaire an executive answers and the personal profile report they read afterwards,
 * the executive's section of the home page, assigning questionnaires, and for administrators and
 * HR the instrument versions and the reliability of their scales.
 */
package io.blindspot.assessment.ui;
