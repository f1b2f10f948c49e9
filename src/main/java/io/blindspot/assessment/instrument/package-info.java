/**
 * Instruments: versioned questionnaires kept as YAML data files, not code.
 *
 * <p>{@link io.blindspot.assessment.instrument.InstrumentParser} reads and validates one file
 * into an {@link io.blindspot.assessment.instrument.Instrument}; a bad file is rejected with an
 * {@link io.blindspot.assessment.instrument.InstrumentValidationException} that lists every
 * problem, each naming the item (or scale, or line and column) it concerns. {@link
 * io.blindspot.assessment.instrument.Instrument#itemKeys()} hands the items to scoring.
 *
 * <p>The file is bound by Jackson to records ({@code InstrumentFile}) and checked by Bean
 * Validation through {@link io.blindspot.base.InputBinder}, which gives every problem its line and
 * column; {@code InstrumentCheck} adds the checks that span fields and words each problem for the
 * author. No Spring, no Vaadin, no JPA. Shipped instruments live under {@code
 * src/main/resources/instruments/}.
 */
package io.blindspot.assessment.instrument;
