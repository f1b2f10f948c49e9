package io.blindspot.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds raw answers (1–5) for the {@link ItemLayout#standard()} items. */
final class AnswerSheet {

    private final Map<String, Integer> answers = new LinkedHashMap<>();

    private AnswerSheet() {}

    static AnswerSheet anAnswerSheet() {
        return new AnswerSheet();
    }

    /** The same raw answer to every item. */
    AnswerSheet everyItem(int answer) {
        ItemLayout.standard().forEach(item -> answers.put(item.itemId(), answer));
        return this;
    }

    /** The same raw answer to every reverse-keyed item of every scale. */
    AnswerSheet everyReversedItem(int answer) {
        ItemLayout.standard().stream()
                .filter(ItemKey::reverseKeyed)
                .forEach(item -> answers.put(item.itemId(), answer));
        return this;
    }

    /** Raw answers to one scale: seven for the plain items, three for the reverse-keyed ones. */
    AnswerSheet scale(Scale scale, int[] plain, int[] reversed) {
        for (int n = 0; n < plain.length; n++) {
            answers.put(ItemLayout.id(scale, n + 1), plain[n]);
        }
        for (int n = 0; n < reversed.length; n++) {
            answers.put(ItemLayout.id(scale, ItemLayout.PLAIN_PER_SCALE + n + 1), reversed[n]);
        }
        return this;
    }

    AnswerSheet answer(String itemId, Integer answer) {
        answers.put(itemId, answer);
        return this;
    }

    AnswerSheet without(String itemId) {
        answers.remove(itemId);
        return this;
    }

    Map<String, Integer> build() {
        return new LinkedHashMap<>(answers);
    }
}
