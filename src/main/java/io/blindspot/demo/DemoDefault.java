package io.blindspot.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether demo data loads when nobody said so: only on the embedded H2 database. A real
 * database (any URL that is not H2, whatever the profile) never gets the demo accounts with their
 * well-known password unless {@code BLINDSPOT_DEMO=true} asks for them explicitly.
 */
public class DemoDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "blindspot.demo.enabled";
    private static final String SOURCE = "blindspotDemoDefault";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)
                || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        String explicit = environment.getProperty("BLINDSPOT_DEMO");
        boolean enabled = explicit != null && !explicit.isBlank()
                ? Boolean.parseBoolean(explicit.trim())
                : isEmbeddedH2(environment.getProperty("spring.datasource.url"));
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(SOURCE, Map.of(PROPERTY, String.valueOf(enabled))));
    }

    static boolean isEmbeddedH2(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }
}
