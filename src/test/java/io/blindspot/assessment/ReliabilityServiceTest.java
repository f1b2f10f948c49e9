package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.BlindspotSpringTest;
import io.blindspot.support.FreshAssessments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@BlindspotSpringTest
class ReliabilityServiceTest {

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    @Autowired
    ReliabilityService service;

    @Autowired
    AnswerService answers;

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
    void a_retake_replaces_the_persons_earlier_result_instead_of_counting_twice() {
        long retake = fresh.assignTo("dana");
        actAs("dana", "EXECUTIVE");
        var questionnaire = answers.openForAnswering(retake);
        int value = 1;
        for (var item : questionnaire.items()) {
            answers.saveAnswer(retake, item.id(), 1 + (value++ % 5));
        }
        answers.submit(retake);
        actAs("hr", "HR");

        var workplace = service.perInstrumentVersion().stream()
                .filter(r -> r.instrumentKey().equals(InstrumentCatalog.DEFAULT_INSTRUMENT) && r.version() == 1)
                .findFirst()
                .orElseThrow();

        assertThat(workplace.n()).isEqualTo(12);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }

    @Test
    @WithUserDetails("executive")
    void an_executive_is_refused() {
        assertThatThrownBy(service::perInstrumentVersion).isInstanceOf(AccessDeniedException.class);
    }
}
