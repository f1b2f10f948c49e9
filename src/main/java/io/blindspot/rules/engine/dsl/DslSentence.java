package io.blindspot.rules.engine.dsl;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of a DSL file: a sentence (with {@code {placeholders}}) in a scope, and the DRL it
 * stands for.
 *
 * @param file the {@code .dsl} file it comes from
 * @param line its line there
 * @param scope {@link Scope#WHEN} (a condition) or {@link Scope#THEN} (an action)
 * @param continuation a sentence that starts with {@code -}: it adds to the condition or action on
 *     the line above instead of standing alone
 * @param sentence the sentence as written, e.g. {@code nobody is high in {scale}}
 * @param expansion the DRL, e.g. {@code Team( {scale!lc}.highCount == 0 )}
 * @param variables the placeholders' names in the order they occur in the sentence
 * @param pattern the sentence as a regular expression over a whole (trimmed) line
 */
public record DslSentence(
        String file,
        int line,
        Scope scope,
        boolean continuation,
        String sentence,
        String expansion,
        List<String> variables,
        Pattern pattern) {

    /** Where in a rule a sentence may be used. */
    public enum Scope {
        WHEN,
        THEN
    }

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?:!(lc|uc|ucfirst))?}");

    /** The DRL for a line this sentence matched (the matcher is on {@link #pattern()}). */
    String expand(Matcher match) {
        Matcher ref = REFERENCE.matcher(expansion);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            int index = variables.indexOf(ref.group(1));
            String value = match.group(index + 1).strip();
            String transform = ref.group(2);
            if ("lc".equals(transform)) {
                value = value.toLowerCase(Locale.ROOT);
            } else if ("uc".equals(transform)) {
                value = value.toUpperCase(Locale.ROOT);
            } else if ("ucfirst".equals(transform) && !value.isEmpty()) {
                value = value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
            }
            ref.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        ref.appendTail(out);
        return out.toString();
    }

    /** The sentence as an editor offers it for completion: {@code - } kept, placeholders as written. */
    public String completion() {
        return (continuation ? "- " : "") + sentence.replaceAll("\\{([A-Za-z][A-Za-z0-9_]*):[^}]*}", "{$1}");
    }

    /** The placeholder names a reference in an expansion may use. */
    static Pattern referencePattern() {
        return REFERENCE;
    }
}
