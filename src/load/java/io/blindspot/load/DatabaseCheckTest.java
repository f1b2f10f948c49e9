package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void sets_what_each_participant_saw_saved_against_what_the_database_holds() {
        var outcomes = List.of(
                new VirtualRespondent.Outcome("load-1", 11, 0, 20), // all 20 stored
                new VirtualRespondent.Outcome("load-2", 12, 5, 25), // 3 shown as saved are missing
                new VirtualRespondent.Outcome("load-3", 13, 0, 10)); // 2 stored without the page saying so

        var result = DatabaseCheck.compare(outcomes, Map.of(11L, 20L, 12L, 22L, 13L, 12L), 1);

        assertThat(result).isEqualTo(new DatabaseCheck.Result(54, 5, 3, 2, 1));
    }
}
