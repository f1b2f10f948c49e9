/**
 * Instruments: versioned questionnaires kept as YAML data files, not code.
 *
 * <p>{@link io.blindspot.assessment.instrument.InstrumentParser} reads and validates one file
 * into an {@link io.blindspot.assessment.instrument.Instrument}; a bad file is rejected with an
 * {@link io.blindspot.assessment.instrument.InstrumentValidationException} that lists every
 * problem, each naming the item (or scale, or line and column) it concerns. {@link
 * io.blindspot.assessment.instrument.Instrument#itemKeys()} hands the items to scoring.
 *
 * <p>Plain Java and Jackson only: no Spring, no Vaadin, no JPA. Shipped instruments live under
 * {@code src/main/resources/instruments/}.
 */
package io.blindspot.assessment.instrument;
