package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.BlindspotSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@BlindspotSpringTest
class ReliabilityServiceTest {

    @Autowired
    ReliabilityService service;

    @Test
    @WithUserDetails("hr")
    void hr_gets_n_and_an_alpha_per_scale_over_the_submitted_demo_results() {
        var workplace = service.perInstrumentVersion().stream()
                .filter(r -> r.instrumentKey().equals(InstrumentCatalog.DEFAULT_INSTRUMENT) && r.version() == 1)
                .findFirst()
                .orElseThrow();

        assertThat(workplace.n()).isEqualTo(12);
        assertThat(workplace.scales()).hasSize(4).allSatisfy(s -> {
            assertThat(s.n()).isEqualTo(12);
            assertThat(s.weak()).isEqualTo(s.alpha() < 0.70);
        });
    }

    @Test
    @WithUserDetails("executive")
    void an_executive_is_refused() {
        assertThatThrownBy(service::perInstrumentVersion).isInstanceOf(AccessDeniedException.class);
    }
}
