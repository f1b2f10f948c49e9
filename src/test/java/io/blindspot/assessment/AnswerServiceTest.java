package io.blindspot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.support.BlindspotSpringTest;
import io.blindspot.support.FreshAssessments;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@BlindspotSpringTest
@WithUserDetails("executive")
@RecordApplicationEvents
class AnswerServiceTest {

    @Autowired
    AnswerService service;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    AnswerRepository answerRows;

    @RegisterExtension
    final FreshAssessments fresh = new FreshAssessments();

    long id;

    @BeforeEach
    void assignAnAssessment() {
        id = fresh.assignTo("executive");
    }

    @Test
    void a_new_assessment_opens_at_the_first_statement_with_english_labels() {
        var questionnaire = service.openForAnswering(id);

        assertThat(questionnaire.total()).isEqualTo(40);
        assertThat(questionnaire.firstUnanswered()).isZero();
        assertThat(questionnaire.answers()).isEmpty();
        assertThat(questionnaire.scaleLabels()).first().isEqualTo("Strongly disagree");
    }

    @Test
    void an_answer_is_stored_at_once_and_changing_it_updates_the_same_row() {
        service.saveAnswer(id, "D01", 2);
        var saved = service.saveAnswer(id, "D01", 4);

        assertThat(fresh.answersStored(id)).isEqualTo(1);
        assertThat(saved.value()).isEqualTo(4);
        assertThat(service.openForAnswering(id).answers()).containsEntry("D01", 4);
    }

    @Test
    void the_first_answer_starts_the_assessment_and_later_answers_keep_its_start_time() {
        assertThat(assessments.findById(id).orElseThrow().getStatus()).isEqualTo(AssessmentStatus.NOT_STARTED);

        var first = service.saveAnswer(id, "D01", 3);
        service.saveAnswer(id, "D02", 4);

        var assessment = assessments.findById(id).orElseThrow();
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(assessment.getStartedAt()).isEqualTo(first.answeredAt());
        // Written with plain SQL, read back through JPA: the same instant, whatever the JVM's time zone.
        assertThat(answerRows
                        .findByAssessmentIdAndItemId(id, "D01")
                        .orElseThrow()
                        .getAnsweredAt())
                .isEqualTo(first.answeredAt());
    }

    @Test
    void reopening_resumes_at_the_first_unanswered_statement() {
        var items = service.openForAnswering(id).items();
        service.saveAnswer(id, items.get(0).id(), 3);
        service.saveAnswer(id, items.get(1).id(), 5);

        assertThat(service.openForAnswering(id).firstUnanswered()).isEqualTo(2);
    }

    @Test
    void german_statements_are_shown_to_a_german_reader_and_english_for_unknown_languages() {
        assertThat(service.openForAnswering(id, "de").scaleLabels()).first().isEqualTo("Stimme überhaupt nicht zu");
        assertThat(service.openForAnswering(id, "fr").scaleLabels()).first().isEqualTo("Strongly disagree");
    }

    @Test
    void an_answer_outside_one_to_five_is_refused_naming_the_value_and_item() {
        assertThatThrownBy(() -> service.saveAnswer(id, "D01", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Answer 6 to item D01")
                .hasMessageContaining("outside the scale 1 to 5");
        assertThatThrownBy(() -> service.saveAnswer(id, "D01", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fresh.answersStored(id)).isZero();
    }

    @Test
    void an_item_that_is_not_in_the_instrument_is_refused() {
        assertThatThrownBy(() -> service.saveAnswer(id, "X99", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Item 'X99' is not part of instrument workplace-style");
    }

    @Test
    void another_persons_assessment_can_be_neither_opened_nor_answered_nor_submitted() {
        long danas = fresh.assignTo("dana");

        assertThatThrownBy(() -> service.openForAnswering(danas))
                .isInstanceOf(AssessmentNotFound.class)
                .hasMessage("Assessment " + danas + " was not found.");
        assertThatThrownBy(() -> service.saveAnswer(danas, "D01", 3)).isInstanceOf(AssessmentNotFound.class);
        assertThatThrownBy(() -> service.submit(danas)).isInstanceOf(AssessmentNotFound.class);
        assertThat(fresh.answersStored(danas)).isZero();
    }

    @Test
    void an_incomplete_assessment_is_not_submitted_and_the_unanswered_items_are_named() {
        service.saveAnswer(id, "D01", 3);

        assertThatThrownBy(() -> service.submit(id))
                .isInstanceOfSatisfying(UnansweredItemsException.class, e -> assertThat(e.itemIds())
                        .hasSize(39)
                        .doesNotContain("D01")
                        .contains("I01"));
        assertThat(fresh.resultsStored(id)).isZero();
    }

    @Test
    void submitting_twice_yields_one_result_and_freezes_the_answers() {
        answerEverything(3);

        long first = service.submit(id);
        long second = service.submit(id);

        assertThat(second).isEqualTo(first);
        assertThat(fresh.resultsStored(id)).isEqualTo(1);
        assertThatThrownBy(() -> service.saveAnswer(id, "D01", 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is submitted");
    }

    @Test
    void a_submit_is_announced_once_with_the_stored_result_for_the_modules_above() {
        answerEverything(3);

        long result = service.submit(id);
        service.submit(id);

        assertThat(events.stream(AssessmentSubmitted.class)).singleElement().satisfies(submitted -> {
            assertThat(submitted.assessmentId()).isEqualTo(id);
            assertThat(submitted.resultId()).isEqualTo(result);
            assertThat(submitted.username()).isEqualTo("executive");
            assertThat(submitted.submittedAt()).isNotNull();
        });
    }

    @Test
    void an_incomplete_submit_is_not_announced() {
        assertThatThrownBy(() -> service.submit(id)).isInstanceOf(UnansweredItemsException.class);

        assertThat(events.stream(AssessmentSubmitted.class)).isEmpty();
    }

    @Test
    void two_tabs_submitting_at_the_same_moment_yield_one_result() throws Exception {
        answerEverything(4);
        var login = SecurityContextHolder.getContext();
        Callable<Long> submit = () -> {
            SecurityContextHolder.setContext(login);
            try {
                return service.submit(id);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(submit);
            var b = pool.submit(submit);
            assertThat(a.get()).isEqualTo(b.get());
        } finally {
            pool.shutdown();
        }
        assertThat(fresh.resultsStored(id)).isEqualTo(1);
    }

    private void answerEverything(int value) {
        service.openForAnswering(id).items().forEach(item -> service.saveAnswer(id, item.id(), value));
    }
}
