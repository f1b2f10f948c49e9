package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    final Measurements measurements = new Measurements();
    final LoadSettings settings = settings();

    @Test
    void a_run_with_silent_losses_and_missing_answers_is_not_clean_and_says_why() {
        for (int i = 0; i < 600; i++) {
            measurements.answersSent.increment();
            measurements.answerRoundTrips.add(i < 590 ? 5_000_000 : 900_000_000);
            if (i < 598) {
                measurements.answersAcknowledged.increment();
            }
        }
        measurements.answerErrors.add(
                new LoadFailure(ErrorKind.NOT_ACKNOWLEDGED, "load-3, statement 7: progress shows 6"));
        measurements.answerErrors.add(
                new LoadFailure(ErrorKind.NOT_ACKNOWLEDGED, "load-9, statement 2: progress shows 1"));

        String report = print(new DatabaseCheck.Result(597, 0, 1, 0, 0));

        assertThat(report)
                .contains("answers sent             600")
                .contains("acknowledged             598")
                .contains("answers/s                10.0 acknowledged, 10.0 wanted (50 respondents / 5 s)")
                .contains("answer round trip        p50 5.0 ms, p95 5.0 ms, p99 900 ms, max 900 ms (600)")
                .contains("not-acknowledged        2")
                .contains("first: load-3, statement 7")
                .contains("acknowledged, not stored 1")
                .contains("Verdict: NOT clean: 2 errors, 1 acknowledged answers missing from the database");
    }

    @Test
    void a_run_without_errors_whose_answers_are_all_stored_is_clean() {
        measurements.answersSent.increment();
        measurements.answersAcknowledged.increment();

        assertThat(print(new DatabaseCheck.Result(1, 0, 0, 0, 0)))
                .contains("Verdict: clean: no errors, every acknowledged answer is in the database");
        assertThat(print(null)).contains("Verdict: no errors (stored answers not checked: give -Dload.db.url)");
    }

    private String print(DatabaseCheck.Result database) {
        var result = new LoadRun.Result(
                50,
                50,
                Duration.ofSeconds(20),
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                Map.of(VirtualRespondent.Ending.TIME_UP, 50),
                new CpuMeter.Use(0.1, 0.05, 0.5),
                List.of());
        var out = new ByteArrayOutputStream();
        new LoadReport(settings, result, measurements, new PrintStream(out, true, StandardCharsets.UTF_8))
                .print(database, "not checked (give -Dload.db.url)");
        return out.toString(StandardCharsets.UTF_8);
    }

    private static LoadSettings settings() {
        var properties = new Properties();
        properties.setProperty("load.password", "pw");
        properties.setProperty("load.respondents", "50");
        properties.setProperty("load.duration", "1m");
        properties.setProperty("load.db.url", "jdbc:mariadb://127.0.0.1:3306/load");
        return LoadSettings.from(properties);
    }
}
