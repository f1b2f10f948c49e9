package io.blindspot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RespondentsRequestTest {

    @Test
    void options_are_read_with_a_space_or_an_equals_sign_and_name_the_usernames() {
        var request =
                RespondentsRequest.parse(List.of("--count", "200", "--prefix=load", "--password", "long-password-1"));

        assertThat(request).isEqualTo(new RespondentsRequest(200, "load", "long-password-1"));
        assertThat(request.username(1)).isEqualTo("load-1");
        assertThat(request.username(200)).isEqualTo("load-200");
    }

    @Test
    void each_wrong_command_line_says_what_is_wrong() {
        assertUsageError(List.of("--prefix", "load", "--password", "long-password-1"), "--count is missing");
        assertUsageError(
                List.of("--count", "ten", "--prefix", "load", "--password", "long-password-1"), "whole number");
        assertUsageError(List.of("--count", "0", "--prefix", "load", "--password", "long-password-1"), "between 1 and");
        assertUsageError(
                List.of("--count", "5", "--prefix", "1oad", "--password", "long-password-1"), "start with a letter");
        assertUsageError(List.of("--count", "5", "--prefix", "load", "--password", "short"), "at least 12 characters");
        assertUsageError(List.of("--count", "5", "--prefix", "load", "--password"), "--password needs a value");
        assertUsageError(List.of("--count", "5", "--count", "6"), "--count is given twice");
        assertUsageError(List.of("--count", "5", "--size", "6"), "unknown option --size");
        assertUsageError(List.of("load"), "unexpected argument 'load'");
    }

    private static void assertUsageError(List<String> options, String message) {
        assertThatThrownBy(() -> RespondentsRequest.parse(options))
                .isInstanceOf(RespondentsRequest.UsageError.class)
                .hasMessageContaining(message);
    }
}
