package io.blindspot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetSourceTest {

    @Test
    void the_content_hash_stays_what_stored_rule_set_versions_were_hashed_with() {
        // Stored versions are compared by this hash at start-up: a changed formula would republish them.
        // Expected: SHA-256 over "<path length>:<path><content length>:<content>" per file in path order.
        var source = RuleSetSource.of(Map.of("parameters.yaml", "high: 65\n", "a.drl", "rule \"x\" when then end\n"));

        assertThat(source.contentHash()).isEqualTo("1a81e1d7af4e4b87e073153905d94ae21ea95191df176e9aa2410638809f6f56");
    }
}
