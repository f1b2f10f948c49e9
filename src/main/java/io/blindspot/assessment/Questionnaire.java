package io.blindspot.assessment;

import java.util.List;
import java.util.Map;

/**
 * What a person needs to answer an assessment: the statements in one language, the answer labels
 * and the answers saved so far.
 *
 * @param answers saved answers by item id
 * @param firstUnanswered index of the first statement without an answer; {@code items.size()} when all are answered
 */
public record Questionnaire(
        long assessmentId,
        String title,
        List<String> scaleLabels,
        List<QuestionnaireItem> items,
        Map<String, Integer> answers,
        int firstUnanswered) {

    public Questionnaire {
        scaleLabels = List.copyOf(scaleLabels);
        items = List.copyOf(items);
        answers = Map.copyOf(answers);
    }

    public int total() {
        return items.size();
    }

    /** One statement as shown: its id, its 1-based number and its text. */
    public record QuestionnaireItem(String id, int number, String text) {}
}
