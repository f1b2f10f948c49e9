package io.blindspot.assessment;

import io.blindspot.base.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stores the shipped instrument versions before anything (demo data, assignments) needs them. */
@Component
@Order(1)
class ShippedInstrumentsLoader implements StartupStep {

    private final InstrumentCatalog catalog;

    ShippedInstrumentsLoader(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void runAtStartup() {
        catalog.storeShippedInstruments();
    }
}
