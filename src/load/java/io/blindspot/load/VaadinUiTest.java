package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How the driver tells a good UIDL response from what a browser would show as a failure. */
class VaadinUiTest {

    @Test
    void a_recorded_answer_response_is_accepted() {
        var message = VaadinUi.checked(200, Recorded.text("answer.uidl"), 4, 7);

        assertThat(message.get("clientId").asInt()).isEqualTo(5);
    }

    @Test
    void each_failure_is_classified_and_keeps_its_round_trip() {
        assertFailure(500, "", 0, ErrorKind.HTTP_STATUS);
        // What Vaadin sends when the UI is gone (VaadinService.createSessionExpiredJSON)
        assertFailure(
                200, "for(;;);[{\"meta\":{\"async\":false,\"sessionExpired\":true}}]", 0, ErrorKind.SESSION_EXPIRED);
        assertFailure(
                200,
                "for(;;);[{\"changes\":[],\"meta\":{\"appError\":{\"caption\":\"Communication problem\"}}}]",
                0,
                ErrorKind.APP_ERROR);
        assertFailure(200, "for(;;);[{\"clientId\":1,\"resynchronize\":true,\"changes\":[]}]", 0, ErrorKind.RESYNC);
        assertFailure(200, "for(;;);[{\"clientId\":3,\"changes\":[]}]", 0, ErrorKind.PROTOCOL);
        assertFailure(200, "<html>login</html>", 0, ErrorKind.PROTOCOL);
        assertFailure(200, "for(;;);[]", 0, ErrorKind.PROTOCOL);
    }

    private static void assertFailure(int status, String body, int sentClientId, ErrorKind kind) {
        assertThatThrownBy(() -> VaadinUi.checked(status, body, sentClientId, 42))
                .isInstanceOfSatisfying(LoadFailure.class, failure -> {
                    assertThat(failure.kind()).as(body).isEqualTo(kind);
                    assertThat(failure.roundTripNanos()).isEqualTo(42);
                });
    }
}
