package io.blindspot.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Internal-consistency reliability (Cronbach's alpha) of each scale over many people's responses.
 *
 * <p>For a scale of k items, {@code α = k / (k − 1) × (1 − Σ var(item) / var(total))}, with keyed
 * answers and sample variances (n − 1). Alpha says how strongly the items of a scale move
 * together across people: near 1 they measure one thing; near 0 the scale score is mostly noise.
 */
public final class Reliability {

    private Reliability() {}

    /**
     * Alpha per scale, in {@link Scale} order. For each scale only the responses that answered all
     * of its items are used; {@code n} says how many.
     *
     * @param items the instrument's items
     * @param responses raw answers (1–5) by item id, one map per person
     * @throws IllegalArgumentException naming the item, for unknown items or answers outside 1–5
     */
    public static List<ScaleReliability> cronbachAlpha(List<ItemKey> items, List<Map<String, Integer>> responses) {
        List<AnsweredItems> validated =
                responses.stream().map(r -> AnsweredItems.validate(items, r)).toList();
        List<ScaleReliability> result = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            int itemCount = (int) items.stream().filter(i -> i.scale() == scale).count();
            List<int[]> rows = completeRows(validated, scale, itemCount);
            result.add(ScaleReliability.of(scale, alpha(rows, itemCount), rows.size()));
        }
        return List.copyOf(result);
    }

    /**
     * Cronbach's alpha of a person × item matrix of keyed answers; NaN when undefined.
     *
     * @param rows one array of k keyed answers per person
     * @param k number of items
     */
    static double alpha(List<int[]> rows, int k) {
        if (rows.size() < 2 || k < 2) {
            return Double.NaN;
        }
        double itemVariances = 0;
        for (int j = 0; j < k; j++) {
            final int item = j;
            itemVariances +=
                    sampleVariance(rows.stream().mapToDouble(r -> r[item]).toArray());
        }
        double totalVariance = sampleVariance(
                rows.stream().mapToDouble(r -> Arrays.stream(r).sum()).toArray());
        if (totalVariance == 0) {
            return Double.NaN;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    private static List<int[]> completeRows(List<AnsweredItems> responses, Scale scale, int itemCount) {
        List<int[]> rows = new ArrayList<>();
        if (itemCount == 0) {
            return rows;
        }
        for (AnsweredItems response : responses) {
            List<AnsweredItem> answered = response.of(scale);
            if (answered.size() == itemCount) {
                rows.add(answered.stream().mapToInt(AnsweredItem::keyed).toArray());
            }
        }
        return rows;
    }

    private static double sampleVariance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
