package io.blindspot.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.rules.facts.Severity;
import io.blindspot.workshop.CommitmentStatus;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.WorkshopStatus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every constant whose text {@link WorkshopTexts} builds a key for has that key in both bundles. */
class WorkshopTextsTest {

    @Test
    void every_status_severity_and_consent_has_its_text_in_english_and_german() throws IOException {
        var keys = new ArrayList<String>();
        Stream.of(WorkshopStatus.values()).forEach(v -> keys.add("workshop.status." + v.name()));
        Stream.of(Consent.values()).forEach(v -> keys.add("workshop.consent." + v.name()));
        Stream.of(CommitmentStatus.values()).forEach(v -> keys.add("workshop.commitmentStatus." + v.name()));
        Stream.of(Severity.values()).forEach(v -> keys.add("workshop.severity." + v.name()));

        for (String bundle : List.of("workshop.properties", "workshop_de.properties")) {
            var texts = load(bundle);
            assertThat(keys).as(bundle).allSatisfy(key -> assertThat(texts.getProperty(key))
                    .as(key)
                    .isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
