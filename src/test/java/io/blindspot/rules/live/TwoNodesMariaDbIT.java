package io.blindspot.rules.live;

import io.blindspot.support.MariaDbServer;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TwoNodesContract} on the real MariaDB server. */
@ExtendWith(MariaDbServer.class)
class TwoNodesMariaDbIT extends TwoNodesContract {

    @Override
    void emptyDatabase() {
        Flyway.configure()
                .dataSource(MariaDbServer.url(), MariaDbServer.user(), MariaDbServer.password())
                .cleanDisabled(false)
                .load()
                .clean();
    }

    @Override
    List<String> databaseArguments() {
        return List.of(
                "--spring.datasource.url=" + MariaDbServer.url(),
                "--spring.datasource.username=" + MariaDbServer.user(),
                "--spring.datasource.password=" + MariaDbServer.password(),
                "--spring.datasource.driver-class-name=org.mariadb.jdbc.Driver");
    }

    @Override
    String[] profiles() {
        return new String[] {"test", "mariadb"};
    }
}
