package io.blindspot.rules.engine.dsl;

import io.blindspot.rules.engine.policy.PolicyText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a DSL file in Drools' format: one mapping per line, {@code [when]sentence=DRL} or {@code
 * [then]sentence=DRL} ({@code [condition]}, {@code [consequence]} and {@code [*]} (both) too);
 * {@code #} or {@code //} starts a comment line. A sentence's {@code {name}} matches any text and
 * {@code {name:regex}} text the regular expression matches; the DRL repeats {@code {name}}, or
 * {@code {name!lc}}, {@code {name!uc}}, {@code {name!ucfirst}} for the text in lower case, upper
 * case or with a capital first letter. A sentence starting with {@code -} adds to the line above.
 * {@code \=} is an equals sign inside the sentence.
 */
public final class DslFile {

    private static final Pattern ENTRY =
            Pattern.compile("^\\[(when|condition|then|consequence|\\*|keyword)](?:\\[[^]]*])?(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?::([^}]*))?}");

    private static final Pattern RUN = Pattern.compile("\\s+|\\S+");

    private DslFile() {}

    /** Every sentence of the file, and what in it cannot be read. */
    public record Parsed(List<DslSentence> sentences, List<DslProblem> problems) {}

    public static Parsed parse(String file, String text) {
        List<DslSentence> sentences = new ArrayList<>();
        List<DslProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                problems.add(new DslProblem(
                        file,
                        lineNo,
                        1,
                        false,
                        PolicyText.of("rules.dsl.mapping-start", "[when]nobody is high in {scale}=Team( …")));
                continue;
            }
            String kind = entry.group(1);
            if (kind.equals("keyword")) {
                problems.add(new DslProblem(file, lineNo, 1, false, PolicyText.of("rules.dsl.keyword")));
                continue;
            }
            String mapping = entry.group(2);
            int split = splitAt(mapping);
            if (split < 0) {
                problems.add(new DslProblem(file, lineNo, 1, false, PolicyText.of("rules.dsl.mapping-equals")));
                continue;
            }
            String sentence = mapping.substring(0, split).replace("\\=", "=").strip();
            String expansion = mapping.substring(split + 1).strip();
            boolean continuation = sentence.startsWith("-");
            if (continuation) {
                sentence = sentence.substring(1).strip();
            }
            if (sentence.isEmpty() || expansion.isEmpty()) {
                problems.add(new DslProblem(file, lineNo, 1, false, PolicyText.of("rules.dsl.mapping-both")));
                continue;
            }
            List<DslSentence.Scope> scopes =
                    switch (kind) {
                        case "when", "condition" -> List.of(DslSentence.Scope.WHEN);
                        case "then", "consequence" -> List.of(DslSentence.Scope.THEN);
                        default -> List.of(DslSentence.Scope.WHEN, DslSentence.Scope.THEN);
                    };
            try {
                List<String> variables = new ArrayList<>();
                Pattern pattern = compile(sentence, variables);
                String unknown = unknownReference(expansion, variables);
                if (unknown != null) {
                    problems.add(new DslProblem(
                            file,
                            lineNo,
                            1,
                            false,
                            PolicyText.of("rules.dsl.unknown-placeholder", "{" + unknown + "}")));
                    continue;
                }
                for (DslSentence.Scope scope : scopes) {
                    sentences.add(new DslSentence(
                            file, lineNo, scope, continuation, sentence, expansion, List.copyOf(variables), pattern));
                }
            } catch (BadSentence e) {
                problems.add(new DslProblem(file, lineNo, 1, false, e.text));
            } catch (IllegalArgumentException e) {
                // the regular expression library's own words, as it gave them
                problems.add(new DslProblem(file, lineNo, 1, false, e.getMessage(), null));
            }
        }
        return new Parsed(List.copyOf(sentences), List.copyOf(problems));
    }

    /** The index of the first '=' not written as {@code \=} and not inside a placeholder. */
    private static int splitAt(String mapping) {
        int depth = 0;
        for (int i = 0; i < mapping.length(); i++) {
            char c = mapping.charAt(i);
            if (c == '\\' && i + 1 < mapping.length()) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A sentence as a regular expression over a whole line: words literal, any run of spaces alike. */
    /** A sentence whose placeholders cannot become a pattern; says why. */
    private static final class BadSentence extends IllegalArgumentException {
        private final transient PolicyText text;

        BadSentence(PolicyText text) {
            super(text.english());
            this.text = text;
        }
    }

    private static Pattern compile(String sentence, List<String> variables) {
        StringBuilder regex = new StringBuilder("^");
        Matcher placeholder = PLACEHOLDER.matcher(sentence);
        int at = 0;
        Set<String> seen = new LinkedHashSet<>();
        while (placeholder.find()) {
            regex.append(literal(sentence.substring(at, placeholder.start())));
            String name = placeholder.group(1);
            if (!seen.add(name)) {
                throw new BadSentence(PolicyText.of("rules.dsl.placeholder-twice", "{" + name + "}"));
            }
            variables.add(name);
            String own = placeholder.group(2);
            if (own != null) {
                try {
                    Pattern.compile(own);
                } catch (PatternSyntaxException e) {
                    throw new BadSentence(PolicyText.of("rules.dsl.placeholder-pattern", "{" + name + ":" + own + "}"));
                }
            }
            regex.append('(').append(own == null ? ".+?" : "(?:" + own + ")").append(')');
            at = placeholder.end();
        }
        regex.append(literal(sentence.substring(at))).append('$');
        return Pattern.compile(regex.toString());
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            out.append(Character.isWhitespace(run.group().charAt(0)) ? "\\s+" : Pattern.quote(run.group()));
        }
        return out.toString();
    }

    private static String unknownReference(String expansion, List<String> variables) {
        Matcher ref = DslSentence.referencePattern().matcher(expansion);
        while (ref.find()) {
            if (!variables.contains(ref.group(1))) {
                return ref.group(1);
            }
        }
        return null;
    }
}
