package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.FreshAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Answers are stored one by one and found again, on the embedded database and on MariaDB (see the
 * two subclasses).
 */
@WithUserDetails("executive")
abstract class AnswerPersistenceContract {

    @Autowired
    AnswerService service;

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    long id;

    @BeforeEach
    void assignAnAssessment() {
        id = fresh.assignTo("executive");
    }

    @Test
    void every_answer_of_a_half_answered_assessment_is_found_again() {
        var items = service.openForAnswering(id).items();
        for (int n = 0; n < 20; n++) {
            service.saveAnswer(id, items.get(n).id(), 1 + n % 5);
        }

        var reopened = service.openForAnswering(id);

        assertThat(fresh.answersStored(id)).isEqualTo(20);
        assertThat(reopened.firstUnanswered()).isEqualTo(20);
        for (int n = 0; n < 20; n++) {
            assertThat(reopened.answers()).containsEntry(items.get(n).id(), 1 + n % 5);
        }
    }

    @Test
    void a_changed_answer_replaces_the_row_and_a_double_submit_stores_one_result() {
        var items = service.openForAnswering(id).items();
        items.forEach(item -> service.saveAnswer(id, item.id(), 2));
        service.saveAnswer(id, items.get(0).id(), 5);

        long first = service.submit(id);

        assertThat(service.submit(id)).isEqualTo(first);
        assertThat(fresh.answersStored(id)).isEqualTo(40);
        assertThat(fresh.resultsStored(id)).isEqualTo(1);
    }
}
