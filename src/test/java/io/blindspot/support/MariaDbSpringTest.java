package io.blindspot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the real MariaDB server, schema rebuilt from the migrations once per
 * context, with demo data (as BLINDSPOT_DEMO=true would give).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbServer.class)
@SpringBootTest(
        properties = {
            "spring.flyway.clean-disabled=false",
            "blindspot.demo.enabled=true",
            "spring.datasource.driver-class-name=org.mariadb.jdbc.Driver"
        })
@ActiveProfiles({"test", "mariadb"})
@Import(MariaDbTestConfig.class)
public @interface MariaDbSpringTest {}
