package io.blindspot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.assessment.AnswerService;
import io.blindspot.assessment.BulkAssignments.OpenAssessment;
import io.blindspot.demo.TestRespondents.Respondent;
import io.blindspot.security.AccountProvisioning;
import io.blindspot.security.AccountProvisioning.NewAccount;
import io.blindspot.security.Role;
import io.blindspot.security.UserAccountRepository;
import io.blindspot.support.BlindspotSpringTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Load-test respondents through the real services and the embedded database. */
@BlindspotSpringTest
@WithMockUser(username = TestDataCommand.ACTOR, roles = "ADMIN")
class TestRespondentsIT {

    static final String PASSWORD = "respondent-password";

    @Autowired
    TestRespondents respondents;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    AnswerService answers;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void removeTheTestRespondents() {
        var jdbc = new JdbcTemplate(dataSource);
        String ours = "(select id from app_user where username like 'it\\_%')";
        jdbc.update(
                "delete from answer where assessment_id in (select id from assessment where user_id in " + ours + ")");
        jdbc.update("delete from assessment where user_id in " + ours);
        jdbc.update("delete from app_user where username like 'it\\_%'");
    }

    @Test
    void each_respondent_is_an_executive_with_the_password_and_an_open_questionnaire() {
        var created = respondents.create(new RespondentsRequest(3, "it_new", PASSWORD));

        assertThat(created).extracting(Respondent::username).containsExactly("it_new-1", "it_new-2", "it_new-3");
        assertThat(created).allSatisfy(r -> {
            assertThat(r.accountCreated()).isTrue();
            assertThat(r.assessment()).hasValueSatisfying(a -> {
                assertThat(a.newlyAssigned()).isTrue();
                assertThat(a.answered()).isZero();
                assertThat(a.statements()).isEqualTo(40);
            });
            var account = accounts.findByUsername(r.username()).orElseThrow();
            assertThat(account.getRoles()).containsExactly(Role.EXECUTIVE);
            assertThat(encoder.matches(PASSWORD, account.getPasswordHash())).isTrue();
        });
        assertThat(created.stream().map(r -> r.assessment().orElseThrow().assessmentId()))
                .doesNotHaveDuplicates();
    }

    @Test
    void asking_again_creates_nothing_and_keeps_each_questionnaire_with_its_answers() {
        var first = respondents.create(new RespondentsRequest(2, "it_again", PASSWORD));
        long firstAssessment = first.get(0).assessment().orElseThrow().assessmentId();
        answerFirstStatementAs("it_again-1", firstAssessment);

        var second = respondents.create(new RespondentsRequest(3, "it_again", "another-password"));

        assertThat(second).extracting(Respondent::accountCreated).containsExactly(false, false, true);
        assertThat(second.get(0).assessment()).map(OpenAssessment::assessmentId).contains(firstAssessment);
        assertThat(second.get(0).assessment()).map(OpenAssessment::answered).contains(1);
        assertThat(second.get(0).assessment())
                .map(OpenAssessment::newlyAssigned)
                .contains(false);
        assertThat(second.get(2).assessment())
                .map(OpenAssessment::newlyAssigned)
                .contains(true);
        var kept = accounts.findByUsername("it_again-1").orElseThrow();
        assertThat(encoder.matches(PASSWORD, kept.getPasswordHash())).isTrue();
    }

    @Test
    void an_existing_account_that_is_no_executive_is_left_alone_and_gets_no_questionnaire() {
        provisioning.provision(List.of(new NewAccount("it_mixed-1", "Someone from HR", Set.of(Role.HR))), PASSWORD);

        var result = respondents.create(new RespondentsRequest(2, "it_mixed", PASSWORD));

        assertThat(result.get(0)).isEqualTo(new Respondent("it_mixed-1", false, Optional.empty()));
        assertThat(accounts.findByUsername("it_mixed-1").orElseThrow().getRoles())
                .containsExactly(Role.HR);
        assertThat(result.get(1).assessment()).isPresent();
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void only_an_administrator_may_create_respondents() {
        assertThatThrownBy(() -> respondents.create(new RespondentsRequest(1, "it_denied", PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> provisioning.provision(
                        List.of(new NewAccount("it_denied-1", "Nobody", Set.of(Role.ADMIN))), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByUsername("it_denied-1")).isEmpty();
    }

    private void answerFirstStatementAs(String username, long assessmentId) {
        var admin = SecurityContextHolder.getContext();
        var respondent = SecurityContextHolder.createEmptyContext();
        respondent.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_EXECUTIVE")));
        SecurityContextHolder.setContext(respondent);
        try {
            var first = answers.openForAnswering(assessmentId).items().get(0);
            answers.saveAnswer(assessmentId, first.id(), 4);
        } finally {
            SecurityContextHolder.setContext(admin);
        }
    }
}
