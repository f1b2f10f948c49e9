package io.blindspot.rules;

import io.blindspot.rules.facts.Meaning;
import io.blindspot.rules.facts.Parameters;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of {@code parameters.yaml} as the editor's form shows it: its allowed range and what
 * it changes, both read from the code that checks and uses it (the range from the validation of
 * {@code parameters.yaml}, the sentence from the {@link Meaning} of {@link Parameters}), so the form
 * cannot promise what the check refuses.
 *
 * @param name the key, e.g. {@code high}
 * @param whole a whole number (a count, a cap) rather than a decimal
 * @param min the lowest value allowed, or {@code null} for none
 * @param minInclusive whether {@code min} itself is allowed
 * @param max the highest value allowed, or {@code null} for none (a server cap applies to the limits)
 * @param shipped the value when the key is left out
 * @param meaning one sentence on what the value changes
 */
public record ParameterField(
        String name,
        boolean whole,
        BigDecimal min,
        boolean minInclusive,
        BigDecimal max,
        BigDecimal shipped,
        String meaning) {

    /** Every value of {@code parameters.yaml}, in the order of {@link Parameters}; the limits' caps are the server's. */
    public static List<ParameterField> all(Limits limits) {
        List<ParameterField> fields = new ArrayList<>();
        for (RecordComponent value : ParametersFile.Values.class.getRecordComponents()) {
            String name = value.getName();
            RecordComponent used = component(name);
            BigDecimal min = null;
            boolean minInclusive = true;
            BigDecimal max = null;
            // Bean Validation's annotations go to the record's field (they do not target record components)
            java.lang.reflect.Field checked = field(name);
            DecimalMin decimalMin = checked.getAnnotation(DecimalMin.class);
            Min least = checked.getAnnotation(Min.class);
            DecimalMax decimalMax = checked.getAnnotation(DecimalMax.class);
            if (decimalMin != null) {
                min = new BigDecimal(decimalMin.value());
                minInclusive = decimalMin.inclusive();
            }
            if (least != null) {
                min = BigDecimal.valueOf(least.value());
            }
            if (checked.getAnnotation(PositiveOrZero.class) != null) {
                min = BigDecimal.ZERO;
            }
            if (decimalMax != null) {
                max = new BigDecimal(decimalMax.value());
            }
            if (name.equals("maxRuleFirings")) {
                max = BigDecimal.valueOf(limits.maxRuleFirings());
            } else if (name.equals("evaluationTimeLimitMs")) {
                max = BigDecimal.valueOf(limits.evaluationTimeLimitMs());
            }
            Class<?> type = value.getType();
            boolean whole = type == Integer.class || type == Long.class;
            Meaning meaning = used.getAnnotation(Meaning.class);
            fields.add(new ParameterField(
                    name,
                    whole,
                    min,
                    minInclusive,
                    max,
                    shipped(used, limits),
                    meaning == null ? "" : meaning.value()));
        }
        return fields;
    }

    /** The range in words, e.g. {@code from 0 to 100}, {@code above 0, at most 1}, {@code at least 1}. */
    public String range() {
        String low = min == null ? null : (minInclusive ? "at least " : "above ") + plain(min);
        if (max == null) {
            return low == null ? "any number" : low;
        }
        if (low == null) {
            return "at most " + plain(max);
        }
        return minInclusive ? "from " + plain(min) + " to " + plain(max) : low + ", at most " + plain(max);
    }

    /** Whether {@code value} lies in the range (the check still has the last word, e.g. low < high). */
    public boolean allows(BigDecimal value) {
        if (min != null && (minInclusive ? value.compareTo(min) < 0 : value.compareTo(min) <= 0)) {
            return false;
        }
        if (max != null && value.compareTo(max) > 0) {
            return false;
        }
        return !whole || value.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static java.lang.reflect.Field field(String name) {
        try {
            return ParametersFile.Values.class.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordComponent component(String name) {
        for (RecordComponent c : Parameters.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("parameters.yaml has " + name + ", which Parameters does not");
    }

    private static BigDecimal shipped(RecordComponent c, Limits limits) {
        if (c.getName().equals("maxRuleFirings")) {
            return BigDecimal.valueOf(limits.maxRuleFirings());
        }
        if (c.getName().equals("evaluationTimeLimitMs")) {
            return BigDecimal.valueOf(limits.evaluationTimeLimitMs());
        }
        try {
            return new BigDecimal(String.valueOf(c.getAccessor().invoke(Parameters.DEFAULTS)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
