package io.blindspot.rules.live;

import java.util.List;
import java.util.UUID;

/** {@link TwoNodesContract} on the embedded H2 database, one file both nodes open. */
class TwoNodesEmbeddedIT extends TwoNodesContract {

    final String url = "jdbc:h2:file:./target/two-nodes-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";

    @Override
    void emptyDatabase() {
        // a new file per run
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url);
    }

    @Override
    String[] profiles() {
        return new String[] {"test"};
    }
}
