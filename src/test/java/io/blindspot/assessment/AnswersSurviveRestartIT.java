package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.Application;
import io.blindspot.security.UserAccountRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Half an assessment is answered, the application stops (as a crash would end it), a new one starts
 * on the same database file and finds every answer.
 */
class AnswersSurviveRestartIT {

    private final String url = "jdbc:h2:file:./target/restart-" + UUID.randomUUID()
            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";

    @Test
    void every_answer_given_before_a_restart_is_there_after_it() {
        long id;
        Map<String, Integer> given = new HashMap<>();
        try (var first = start()) {
            loginAsExecutive(first);
            var user = first.getBean(UserAccountRepository.class)
                    .findByUsername("executive")
                    .orElseThrow();
            id = first.getBean(AssessmentSeeder.class)
                    .assignOpenAssessment(user, "test", Instant.now())
                    .getId();
            var service = first.getBean(AnswerService.class);
            List<Questionnaire.QuestionnaireItem> items =
                    service.openForAnswering(id).items();
            for (int n = 0; n < 20; n++) {
                int value = 1 + (n * 3) % 5;
                service.saveAnswer(id, items.get(n).id(), value);
                given.put(items.get(n).id(), value);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (var second = start()) {
            loginAsExecutive(second);
            var reopened = second.getBean(AnswerService.class).openForAnswering(id);

            assertThat(reopened.answers()).isEqualTo(given);
            assertThat(reopened.firstUnanswered()).isEqualTo(20);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("spring.datasource.url=" + url, "server.port=0")
                .run();
    }

    private static void loginAsExecutive(ConfigurableApplicationContext context) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername("executive");
        var context0 = SecurityContextHolder.createEmptyContext();
        context0.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context0);
    }
}
