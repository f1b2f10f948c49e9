package io.blindspot.rules.engine.dsl;

import io.blindspot.rules.engine.policy.PolicyText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the {@code .dslr} files of a rule set into DRL with its {@code .dsl} files, line for line:
 * line N of the DRL is what line N of the {@code .dslr} says, so a problem the policy or the
 * compiler finds in the DRL is reported at the {@code .dslr} file's own line. We expand ourselves
 * rather than with Drools' expander because the policy must check exactly what is compiled, and
 * because Drools lets a line through unexpanded (as raw DRL) when no sentence matches it.
 *
 * <p>In a rule's {@code when} and {@code then} parts every line must be a sentence of the DSL (or a
 * comment): a line no sentence matches is an error at its line, and a raw-DRL passthrough line
 * ({@code >}) is refused, since it would put DRL past the sentences HR agreed on. Everything outside
 * the rule bodies ({@code package}, {@code import}, {@code global}, {@code rule "…"}, attributes,
 * {@code end}) is DRL and passes to the policy unchanged. {@code expander NAME.dsl} names the DSL
 * file to use; without it every {@code .dsl} file of the rule set is used.
 *
 * <p>A sentence starting with {@code -} adds to the condition or action on the line above, as in
 * Drools: in {@code when} its DRL becomes one more constraint of that pattern, in {@code then} one
 * more builder call of that action (the closing brackets move down to the last line).
 */
public final class DslExpander {

    private static final Pattern EXPANDER = Pattern.compile("^expander\\s+(\\S+?)\\s*;?$");
    private static final Pattern RULE = Pattern.compile("^rule\\b.*");

    private DslExpander() {}

    /**
     * The rule set's rule files as the policy and compiler see them: each {@code .drl} as it is, each
     * {@code .dslr} expanded to DRL under its own name.
     *
     * @param ruleFiles the DRL of each rule file, by name ({@code .drl} and expanded {@code .dslr})
     * @param expandedLines per {@code .dslr} file, the lines that were sentences: line → the column
     *     the sentence starts at, to point a problem in the DRL of a sentence at the sentence
     * @param problems sentences nothing matches, malformed mappings, refused raw-DRL lines
     * @param sentences every sentence of the rule set's DSL files, for completion
     */
    public record Expansion(
            Map<String, String> ruleFiles,
            Map<String, Map<Integer, Integer>> expandedLines,
            List<DslProblem> problems,
            List<DslSentence> sentences) {}

    /** Expands every {@code .dslr} entry of {@code files} (name → content); other entries are not read. */
    public static Expansion expand(Map<String, String> files) {
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> expandedLines = new LinkedHashMap<>();
        List<DslProblem> problems = new ArrayList<>();
        Map<String, List<DslSentence>> dsls = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".dsl")) {
                DslFile.Parsed parsed = DslFile.parse(name, content);
                dsls.put(name, parsed.sentences());
                problems.addAll(parsed.problems());
            }
        });
        files.forEach((name, content) -> {
            if (name.endsWith(".drl")) {
                ruleFiles.put(name, content);
            } else if (name.endsWith(".dslr")) {
                Map<Integer, Integer> lines = new HashMap<>();
                ruleFiles.put(name, new FileExpansion(name, content, dsls, problems, lines).run());
                expandedLines.put(name, lines);
            }
        });
        List<DslSentence> all = dsls.values().stream().flatMap(List::stream).toList();
        return new Expansion(ruleFiles, expandedLines, List.copyOf(problems), all);
    }

    /** One {@code .dslr} file being expanded. */
    private static final class FileExpansion {
        private final String file;
        private final String[] lines;
        private final Map<String, List<DslSentence>> dsls;
        private final List<DslProblem> problems;
        private final Map<Integer, Integer> expandedLines;
        private final String[] out;
        private List<DslSentence> sentences;
        private DslSentence.Scope scope;
        private int open = -1; // the line a "-" sentence adds to
        private boolean inBlockComment;

        FileExpansion(
                String file,
                String text,
                Map<String, List<DslSentence>> dsls,
                List<DslProblem> problems,
                Map<Integer, Integer> expandedLines) {
            this.file = file;
            this.lines = text.split("\r?\n", -1);
            this.dsls = dsls;
            this.problems = problems;
            this.expandedLines = expandedLines;
            this.out = new String[lines.length];
            this.sentences = dsls.values().stream().flatMap(List::stream).toList();
        }

        String run() {
            for (int i = 0; i < lines.length; i++) {
                out[i] = lines[i];
                line(i);
            }
            return String.join("\n", out);
        }

        private void line(int i) {
            String raw = lines[i];
            String text = raw.strip();
            int column = indent(raw).length() + 1;
            if (inBlockComment) {
                inBlockComment = !text.contains("*/");
                return;
            }
            if (text.startsWith("/*")) {
                inBlockComment = !text.contains("*/");
                return;
            }
            if (text.isEmpty() || text.startsWith("//")) {
                return;
            }
            if (text.startsWith("#")) {
                out[i] = raw.replaceFirst("#", "//");
                return;
            }
            if (text.startsWith(">")) {
                out[i] = "";
                problems.add(new DslProblem(file, i + 1, column, true, PolicyText.of("rules.dsl.raw-drl")));
                return;
            }
            String keyword = text.toLowerCase(Locale.ROOT);
            if (scope == null) {
                Matcher expander = EXPANDER.matcher(text);
                if (expander.matches()) {
                    useExpander(expander.group(1), i, column);
                    return;
                }
                if (keyword.equals("when")) {
                    scope = DslSentence.Scope.WHEN;
                    open = -1;
                }
                return; // package, import, global, rule "…", attributes: DRL for the policy to check
            }
            if (keyword.equals("then")) {
                scope = DslSentence.Scope.THEN;
                open = -1;
                return;
            }
            if (keyword.equals("end")) {
                scope = null;
                return;
            }
            if (RULE.matcher(text).matches() || keyword.equals("when")) {
                problems.add(new DslProblem(file, i + 1, column, false, PolicyText.of("rules.dsl.no-end")));
                scope = keyword.equals("when") ? DslSentence.Scope.WHEN : null;
                return;
            }
            boolean continuation = text.startsWith("-");
            String sentence = continuation ? text.substring(1).strip() : text;
            Matcher match = null;
            DslSentence used = null;
            for (DslSentence candidate : sentences) {
                if (candidate.scope() == scope && candidate.continuation() == continuation) {
                    Matcher m = candidate.pattern().matcher(sentence);
                    if (m.matches()) {
                        match = m;
                        used = candidate;
                        break;
                    }
                }
            }
            if (used == null) {
                out[i] = "";
                problems.add(new DslProblem(file, i + 1, column, false, unknown(sentence, continuation)));
                return;
            }
            String drl = used.expand(match);
            expandedLines.put(i + 1, column);
            if (!continuation) {
                out[i] = indent(raw) + drl;
                open = i;
                return;
            }
            if (open < 0) {
                out[i] = "";
                problems.add(new DslProblem(file, i + 1, column, false, PolicyText.of("rules.dsl.continuation-first")));
                return;
            }
            // the closing brackets of the line above move down to this line, after what it adds
            String above = out[open];
            int close = above.lastIndexOf(')');
            if (close < 0) {
                out[i] = "";
                problems.add(
                        new DslProblem(file, i + 1, column, false, PolicyText.of("rules.dsl.continuation-nothing")));
                return;
            }
            String head = above.substring(0, close);
            String closer = above.substring(close);
            // a constraint joins the pattern's others with a comma; a builder call chains on as it is
            String separator = scope == DslSentence.Scope.WHEN && !head.strip().endsWith("(") ? ", " : "";
            out[open] = head.stripTrailing();
            out[i] = indent(raw) + separator + drl + " " + closer;
            open = i;
        }

        private void useExpander(String name, int i, int column) {
            out[i] = "// " + lines[i].strip();
            List<DslSentence> named = dsls.get(name);
            if (named == null) {
                problems.add(new DslProblem(file, i + 1, column, false, PolicyText.of("rules.dsl.no-such-dsl", name)));
                return;
            }
            sentences = named;
        }

        private PolicyText unknown(String sentence, boolean continuation) {
            String closest = sentences.stream()
                    .filter(s -> s.scope() == scope)
                    .max(Comparator.comparingInt(s -> sharedWords(s.sentence(), sentence)))
                    .map(DslSentence::completion)
                    .orElse(null);
            String key = "rules.dsl.unknown-" + (scope == DslSentence.Scope.WHEN ? "condition" : "action")
                    + (closest == null ? "" : "-closest");
            String written = (continuation ? "- " : "") + sentence;
            return closest == null ? PolicyText.of(key, written) : PolicyText.of(key, written, closest);
        }

        private static int sharedWords(String a, String b) {
            var words = new java.util.HashSet<>(
                    java.util.Arrays.asList(a.toLowerCase(Locale.ROOT).split("\\W+")));
            int shared = 0;
            for (String w : b.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (words.contains(w)) {
                    shared++;
                }
            }
            return shared;
        }

        private static String indent(String raw) {
            int n = 0;
            while (n < raw.length() && Character.isWhitespace(raw.charAt(n))) {
                n++;
            }
            return raw.substring(0, n);
        }
    }
}
