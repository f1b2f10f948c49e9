package io.blindspot.assessment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stores the shipped instrument versions before anything (demo data, assignments) needs them. */
@Component
@Order(1)
class ShippedInstrumentsLoader implements ApplicationRunner {

    private final InstrumentCatalog catalog;

    ShippedInstrumentsLoader(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalog.storeShippedInstruments();
    }
}
