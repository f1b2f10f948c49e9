package io.blindspot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage errors stop the command before Spring starts; the full run is in {@code MariaDbTestDataCommandIT}. */
class TestDataCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_usage_error_exits_with_2_and_prints_the_problem_and_the_usage() {
        int exit = run("testdata", "respondents", "--count", "many", "--prefix", "load", "--password", "x");

        assertThat(exit).isEqualTo(2);
        assertThat(text(err))
                .startsWith("testdata: --count must be a whole number, not 'many'")
                .contains("Usage: java -jar blindspot.jar testdata respondents --count N");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void a_missing_or_unknown_kind_of_test_data_is_a_usage_error() {
        assertThat(run("testdata")).isEqualTo(2);
        assertThat(run("testdata", "teams", "--count", "3")).isEqualTo(2);
        assertThat(text(err)).contains("say what to create: testdata respondents");
    }

    private int run(String... args) {
        return TestDataCommand.run(
                Application.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
