package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void only_the_password_is_required_and_blank_values_mean_the_defaults() {
        var settings = LoadSettings.from(
                properties("load.password", "secret-password", "load.url", "", "load.respondents", " "));

        assertThat(settings.url()).hasToString("http://localhost:8080");
        assertThat(settings.respondents()).isEqualTo(20);
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.database()).isEmpty();
        assertThat(settings.username(7)).isEqualTo("load-7");
        assertThat(settings.wantedAnswersPerSecond()).isEqualTo(4.0);
    }

    @Test
    void reads_the_run_as_the_maven_profile_passes_it() {
        var settings = LoadSettings.from(properties(
                "load.password", "pw",
                "load.url", "http://localhost:18140/",
                "load.respondents", "1000",
                "load.first", "201",
                "load.interval", "5s",
                "load.duration", "1.5m",
                "load.db.url", "jdbc:mariadb://127.0.0.1:3306/load"));

        assertThat(settings.url()).hasToString("http://localhost:18140");
        assertThat(settings.username(settings.first())).isEqualTo("load-201");
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.wantedAnswersPerSecond()).isEqualTo(200.0);
        assertThat(settings.database())
                .hasValue(new LoadSettings.Database("jdbc:mariadb://127.0.0.1:3306/load", "root", ""));
    }

    @Test
    void durations_in_the_usual_short_forms_and_iso() {
        assertThat(LoadSettings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LoadSettings.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoadSettings.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(LoadSettings.parseDuration("PT10S")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void each_wrong_setting_names_the_property() {
        assertThatThrownBy(() -> LoadSettings.from(properties())).hasMessageContaining("load.password is missing");
        assertThatThrownBy(() -> LoadSettings.from(properties("load.password", "pw", "load.respondents", "many")))
                .hasMessageContaining("load.respondents must be a whole number");
        assertThatThrownBy(() -> LoadSettings.from(properties("load.password", "pw", "load.interval", "soon")))
                .hasMessageContaining("load.interval: 'soon' is not a duration");
        assertThatThrownBy(() -> LoadSettings.from(properties("load.password", "pw", "load.jitter", "1")))
                .hasMessageContaining("load.jitter must be at least 0 and below 1");
        assertThatThrownBy(() -> LoadSettings.from(properties("load.password", "pw", "load.respondents", "0")))
                .hasMessageContaining("load.respondents must be at least 1");
    }

    private static Properties properties(String... pairs) {
        var properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }
}
