/** The questionnaire an executive answers and the personal profile report they read afterwards. */
package io.blindspot.assessment.ui;
