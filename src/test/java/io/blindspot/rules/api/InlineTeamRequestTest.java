package io.blindspot.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member limit of {@code POST /api/v1/evaluations}, counted while the body is read. */
class InlineTeamRequestTest {

    @Test
    void five_hundred_members_are_accepted() {
        var parsed = InlineTeamRequest.parse(body(members(500), "]}"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.team().members()).hasSize(500);
    }

    @Test
    void member_501_is_refused_at_the_line_and_column_where_it_starts() {
        var parsed = InlineTeamRequest.parse(body(members(501), "]}"));

        assertThat(parsed.team()).isNull();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("members");
            assertThat(error.message()).startsWith("at most 500 members");
            assertThat(error.line())
                    .as("one member per line after the opening line")
                    .isEqualTo(502);
            assertThat(error.column()).isEqualTo(1);
        });
    }

    // Whatever follows member 501 is never read: a body whose tail is broken still gets the member
    // limit, where a whole-document parse would have stopped at the syntax error first.
    @Test
    void the_count_stops_at_member_501_without_reading_the_rest() {
        var parsed = InlineTeamRequest.parse(body(members(501), ",\n{\"id\": \"broken\", \"scores\": {"));

        assertThat(parsed.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .startsWith("at most 500 members"));
    }

    @Test
    void a_broken_body_within_the_limit_is_still_a_syntax_error_with_its_place() {
        var parsed = InlineTeamRequest.parse(body(members(3), ",\n{\"id\": \"broken\", \"scores\": {"));

        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("$");
            assertThat(error.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void only_the_members_array_counts_not_other_fields_or_nested_arrays() {
        String body = "{\"team\":\"members\",\"members\":[" + String.join(",", members(2)) + "]}";

        assertThat(InlineTeamRequest.parse(body).errors()).isEmpty();
    }

    static List<String> members(int count) {
        var members = new ArrayList<String>();
        for (int n = 0; n < count; n++) {
            members.add("{\"id\":\"m" + n + "\",\"scores\":{\"D\":50,\"I\":50,\"S\":50,\"C\":50},\"qualityFlags\":[]}");
        }
        return members;
    }

    /** The team on line 1, then one member per line. */
    static String body(List<String> members, String tail) {
        return "{\"team\":\"big\",\"members\":[\n" + String.join(",\n", members) + tail;
    }
}
