package io.blindspot.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The driver reads and answers the questionnaire exactly as the recorded browser did. */
class QuestionnaireScreenTest {

    /** The assessment of the recorded respondent. */
    static final long RECORDED_ASSESSMENT = 300;

    final UiTree tree = Recorded.homePage();
    final QuestionnaireScreen screen = new QuestionnaireScreen(tree);

    @Test
    void on_the_home_page_it_finds_the_start_button_the_browser_clicked() {
        int clicked =
                Recorded.rpc("start-click.request.json").get(0).get("node").asInt();

        assertThat(QuestionnaireScreen.startButton(tree)).hasValue(clicked);
        assertThat(screen.isShown()).isFalse();
    }

    @Test
    void after_start_it_sees_the_first_five_open_statements_nothing_answered_and_the_assessment() {
        var start = Recorded.uidl("start-click.uidl");
        tree.apply(start);

        assertThat(screen.isShown()).isTrue();
        var statements = screen.statements();
        assertThat(statements).extracting(QuestionnaireScreen.Statement::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.answered()).isFalse();
            assertThat(screen.answersOffered(s)).containsOnlyKeys(1, 2, 3, 4, 5);
        });
        assertThat(screen.answersOffered(statements.get(0))).containsEntry(5, "5 · Strongly agree");
        assertThat(screen.progress()).isEqualTo(new QuestionnaireScreen.Progress(0, 40));
        assertThat(QuestionnaireScreen.assessmentId(start)).hasValue(RECORDED_ASSESSMENT);
        int nextClicked =
                Recorded.rpc("next-click.request.json").get(0).get("node").asInt();
        assertThat(screen.button("Next")).hasValue(nextClicked);
        assertThat(screen.button("Submit")).as("hidden until the last page").isEmpty();
    }

    @Test
    void when_a_page_appears_the_browser_sends_nothing_and_neither_does_the_driver() {
        tree.apply(Recorded.uidl("start-click.uidl"));

        assertThat(screen.pageShown()).isEmpty();
        // The browser's next message after the page appeared was the answer: no message in between.
        assertThat(Recorded.json("answer.request.json").get("clientId").asInt())
                .isEqualTo(Recorded.json("start-click.request.json")
                                .get("clientId")
                                .asInt()
                        + 1);
    }

    @Test
    void an_answer_is_sent_as_the_browser_sent_it_and_the_response_counts_it() {
        tree.apply(Recorded.uidl("start-click.uidl"));
        var first = screen.firstUnanswered().orElseThrow();

        var rpc = screen.answer(first, 1);

        assertThat(rpc).isEqualTo(Recorded.rpc("answer.request.json"));
        assertThat(screen.firstUnanswered())
                .hasValueSatisfying(s -> assertThat(s.number()).isEqualTo(2));
        tree.apply(Recorded.uidl("answer.uidl"));
        assertThat(screen.progress()).isEqualTo(new QuestionnaireScreen.Progress(1, 40));
    }

    @Test
    void a_click_carries_the_event_data_its_listener_asks_for() {
        tree.apply(Recorded.uidl("start-click.uidl"));
        var browser = Recorded.rpc("next-click.request.json").get(0);

        var click = Rpc.click(tree, screen.button("Next").orElseThrow());

        assertThat(click.get("type")).isEqualTo(browser.get("type"));
        assertThat(click.get("event")).isEqualTo(browser.get("event"));
        var data = click.get("data");
        assertThat(data.properties()).hasSameSizeAs(browser.get("data").properties());
        browser.get("data")
                .fieldNames()
                .forEachRemaining(name -> assertThat(data.has(name)).as(name).isTrue());
        // A script's click() reports detail 0, a real mouse click 1: the driver sends what a person causes.
        assertThat(data.get("event.detail").asInt()).isEqualTo(1);
        assertThat(data.get("event.shiftKey").asBoolean()).isFalse();
    }

    @Test
    void after_next_it_sees_statements_6_to_10_and_echoes_them_as_the_browser_did() {
        tree.apply(Recorded.uidl("start-click.uidl"));
        tree.apply(Recorded.uidl("answer.uidl"));

        tree.apply(Recorded.uidl("next-click.uidl"));

        assertThat(screen.statements())
                .extracting(QuestionnaireScreen.Statement::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(6, 10).boxed().toList());
        assertThat(screen.pageShown()).isEmpty();
        assertThat(screen.button("Back")).isPresent();
    }
}
