package io.blindspot.scoring;

import java.util.ArrayList;
import java.util.List;

/** The test instrument's layout: like the shipped one, 10 items per scale, 3 reverse-keyed. */
final class ItemLayout {

    static final int PLAIN_PER_SCALE = 7;
    static final int REVERSED_PER_SCALE = 3;
    static final int PER_SCALE = PLAIN_PER_SCALE + REVERSED_PER_SCALE;

    private ItemLayout() {}

    /** D01–D07 plainly keyed, D08–D10 reverse-keyed, likewise for I, S and C: 40 items. */
    static List<ItemKey> standard() {
        List<ItemKey> items = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            for (int n = 1; n <= PER_SCALE; n++) {
                items.add(new ItemKey(id(scale, n), scale, n > PLAIN_PER_SCALE));
            }
        }
        return List.copyOf(items);
    }

    static String id(Scale scale, int number) {
        return String.format("%s%02d", scale, number);
    }
}
