package io.blindspot.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
public class MariaDbTestConfig {

    @Bean
    DynamicPropertyRegistrar mariaDbProperties() {
        return registry -> {
            registry.add("spring.datasource.url", MariaDbServer::url);
            registry.add("spring.datasource.username", MariaDbServer::user);
            registry.add("spring.datasource.password", MariaDbServer::password);
        };
    }

    /** The test database is shared by runs: start each context from an empty schema. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
