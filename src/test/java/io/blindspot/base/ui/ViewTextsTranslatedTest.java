package io.blindspot.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a view shows comes from the translation bundles, in English and German. The check
 * reads the views' source: a string literal that reads like words for a person fails unless it is
 * a key both bundles hold, and the two bundles of each feature hold the same keys with the same
 * arguments.
 */
class ViewTextsTranslatedTest {

    private static final Path SOURCES = Path.of("src/main/java/io/blindspot");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** Calls whose string arguments are ids, CSS, script, routes or log lines, never shown as words. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "setId",
            "addClassName",
            "addClassNames",
            "removeClassName",
            "removeClassNames",
            "setClassName",
            "setWidth",
            "setHeight",
            "setMinWidth",
            "setMaxWidth",
            "setMinHeight",
            "setMaxHeight",
            "set",
            "remove",
            "executeJs",
            "callJsFunction",
            "addEventListener",
            "navigate",
            "forwardTo",
            "rerouteTo",
            "trace",
            "debug",
            "info",
            "warn",
            "error",
            "requireNonNull",
            "setThemeName",
            "addThemeName",
            "getAttribute",
            "getProperty",
            "hasAttribute",
            "removeAttribute",
            "equals",
            "startsWith",
            "endsWith",
            "contains",
            "matches",
            "split",
            "replace",
            "replaceAll",
            "setPattern",
            "setAllowedCharPattern",
            "setFlexGrow",
            "setKey",
            "getColumnByKey",
            "setSlot",
            "setTarget",
            "setRouterIgnore",
            "addAttachListener",
            "withProperty",
            "setStyle",
            "setFlexBasis",
            "setSrc",
            "setHref",
            "setResponsiveSteps",
            "ResponsiveStep",
            "getTranslation",
            "translate",
            "text");

    /** Attributes whose values a person reads or hears. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt", "label");

    /** Words that are the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Blindspot", "CSV", "PDF", "JSON", "API", "OK");

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern FILE_NAME =
            Pattern.compile(".*\\.(csv|pdf|json|zip|drl|dslr|dsl|yaml|yml|txt|png|svg|js|css)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final Map<String, Properties> english = new TreeMap<>();
    private static final Map<String, Properties> german = new TreeMap<>();

    @BeforeAll
    static void readBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                if (!name.endsWith(".properties")) {
                    continue;
                }
                var feature = name.replace("_de.properties", "").replace(".properties", "");
                (name.endsWith("_de.properties") ? german : english).put(feature, load(file));
            }
        }
    }

    @Test
    void everyFeatureHasBothLanguagesWithTheSameKeysAndArguments() {
        assertThat(english).isNotEmpty();
        assertThat(german.keySet()).as("features with a German bundle").isEqualTo(english.keySet());
        var problems = new ArrayList<String>();
        english.forEach((feature, en) -> {
            var de = german.get(feature);
            for (String key : union(en.stringPropertyNames(), de.stringPropertyNames())) {
                if (!key.startsWith(feature + ".")) {
                    problems.add(feature + ": key " + key + " must start with '" + feature + ".'");
                }
                String enValue = en.getProperty(key);
                String deValue = de.getProperty(key);
                if (enValue == null || enValue.isBlank()) {
                    problems.add(feature + ".properties: no English text for " + key);
                    continue;
                }
                if (deValue == null || deValue.isBlank()) {
                    problems.add(feature + "_de.properties: no German text for " + key);
                    continue;
                }
                check(feature + ".properties", key, enValue, problems);
                check(feature + "_de.properties", key, deValue, problems);
                if (!arguments(enValue).equals(arguments(deValue))) {
                    problems.add(
                            key + ": English uses arguments " + arguments(enValue) + ", German " + arguments(deValue));
                }
            }
        });
        assertThat(problems).as("bundle problems").isEmpty();
    }

    @Test
    void viewsShowNoWordsThatAreNotInBothBundles() throws IOException {
        var problems = new ArrayList<String>();
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(ViewTextsTranslatedTest::isViewSource).sorted().toList()) {
                var relative = SOURCES.relativize(file).toString().replace('\\', '/');
                var unit = StaticJavaParser.parse(file);
                for (LiteralStringValueExpr literal : unit.findAll(LiteralStringValueExpr.class)) {
                    if (!(literal instanceof StringLiteralExpr) && !(literal instanceof TextBlockLiteralExpr)) {
                        continue;
                    }
                    var text = literal instanceof TextBlockLiteralExpr block
                            ? block.asString()
                            : ((StringLiteralExpr) literal).asString();
                    var where =
                            relative + ":" + literal.getBegin().map(p -> p.line).orElse(0);
                    if (looksLikeKey(text)) {
                        if (!english.containsKey(text.substring(0, text.indexOf('.')))) {
                            continue;
                        }
                        if (Translations.pattern(text, Translations.ENGLISH) == null
                                || !german.get(text.substring(0, text.indexOf('.')))
                                        .containsKey(text)) {
                            problems.add(where + ": key \"" + text + "\" is missing from a bundle");
                        }
                    } else if (readsAsWords(text) && shown(literal)) {
                        problems.add(where + ": \"" + text + "\" is shown without a translation key");
                    }
                }
            }
        }
        assertThat(problems).as("view texts without keys in both bundles").isEmpty();
    }

    /**
     * An exception's message is written for developers and logs, in English; a view that shows it
     * shows English to a German reader. Views show {@link ProblemText#of} (the refusal's text key)
     * instead; logging the message stays allowed.
     */
    @Test
    void viewsShowNoExceptionMessages() throws IOException {
        var problems = new ArrayList<String>();
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(ViewTextsTranslatedTest::isViewSource).sorted().toList()) {
                var relative = SOURCES.relativize(file).toString().replace('\\', '/');
                for (MethodCallExpr call : StaticJavaParser.parse(file).findAll(MethodCallExpr.class)) {
                    if ((call.getNameAsString().equals("getMessage")
                                    || call.getNameAsString().equals("getLocalizedMessage"))
                            && call.getArguments().isEmpty()
                            && call.getScope()
                                    .filter(ViewTextsTranslatedTest::namesAnException)
                                    .isPresent()
                            && !insideLogCall(call)) {
                        problems.add(relative + ":"
                                + call.getBegin().map(p -> p.line).orElse(0) + ": " + call
                                + " shows an exception's English message; show ProblemText.of(…) instead");
                    }
                }
            }
        }
        assertThat(problems).as("exception messages shown in views").isEmpty();
    }

    @Test
    void theExceptionMessageCheckFindsAShownMessageAndLetsALoggedOneBe() {
        var unit = StaticJavaParser.parse(
                """
                class V {
                    void save() {
                        try { run(); } catch (IllegalArgumentException refused) {
                            log.warn("not saved: {}", refused.getMessage());
                            status.setText(refused.getMessage());
                        }
                    }
                }
                """);
        var calls = unit.findAll(MethodCallExpr.class).stream()
                .filter(c -> c.getNameAsString().equals("getMessage"))
                .toList();

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getScope().filter(ViewTextsTranslatedTest::namesAnException))
                .isPresent();
        assertThat(insideLogCall(calls.get(0))).isTrue();
        assertThat(insideLogCall(calls.get(1))).isFalse();
    }

    /** The scope is a catch parameter or a parameter declared with an exception type. */
    private static boolean namesAnException(com.github.javaparser.ast.expr.Expression scope) {
        if (!(scope instanceof com.github.javaparser.ast.expr.NameExpr name)) {
            return false;
        }
        String variable = name.getNameAsString();
        for (Node parent = scope.getParentNode().orElse(null);
                parent != null;
                parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof com.github.javaparser.ast.stmt.CatchClause clause
                    && clause.getParameter().getNameAsString().equals(variable)) {
                return true;
            }
            if (parent instanceof com.github.javaparser.ast.nodeTypes.NodeWithParameters<?> withParameters) {
                for (var parameter : withParameters.getParameters()) {
                    if (parameter.getNameAsString().equals(variable)) {
                        return parameter
                                .getType()
                                .asString()
                                .matches(".*(Exception|Throwable|Error|Refused|Unavailable)");
                    }
                }
            }
        }
        return false;
    }

    private static boolean insideLogCall(Node node) {
        for (Node parent = node.getParentNode().orElse(null);
                parent != null;
                parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof MethodCallExpr call
                    && call.getScope()
                            .map(Object::toString)
                            .filter(scope -> scope.equals("log") || scope.equals("LOG") || scope.equals("logger"))
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void translationsFallBackToEnglishAndFormatArguments() {
        var translations = new Translations();
        assertThat(translations.getProvidedLocales()).containsExactly(Translations.ENGLISH, Translations.GERMAN);
        assertThat(Translations.supported(java.util.Locale.forLanguageTag("de-AT")))
                .isEqualTo(Translations.GERMAN);
        assertThat(Translations.supported(java.util.Locale.forLanguageTag("fr-FR")))
                .isEqualTo(Translations.ENGLISH);
        assertThat(translations.getTranslation("nowhere.to.be.found", Translations.GERMAN))
                .isEqualTo("!nowhere.to.be.found!");
    }

    private static boolean isViewSource(Path file) {
        var path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/ui/") && !path.endsWith("package-info.java");
    }

    private static boolean looksLikeKey(String text) {
        return KEY.matcher(text).matches() && !FILE_NAME.matcher(text).matches();
    }

    static boolean readsAsWords(String text) {
        var trimmed = text.strip();
        if (trimmed.startsWith("<") || trimmed.contains("var(--") || SAME_IN_EVERY_LANGUAGE.contains(trimmed)) {
            return false;
        }
        return trimmed.matches("(?s).*\\p{L}\\s+\\p{L}.*") || trimmed.matches("(?s)\\p{Lu}\\p{Ll}+.*");
    }

    /** Whether the literal can reach a person: not an id, CSS, a log line, an exception or a non-text attribute. */
    private static boolean shown(Node literal) {
        Node child = literal;
        for (Node parent = literal.getParentNode().orElse(null);
                parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof AnnotationExpr annotation) {
                var name = annotation.getNameAsString();
                return name.equals("PageTitle") || (name.equals("Menu") && annotation instanceof NormalAnnotationExpr);
            }
            if (parent instanceof ObjectCreationExpr creation
                    && creation.getArguments().contains(child)) {
                var type = creation.getType().getNameAsString();
                if (type.endsWith("Exception") || type.endsWith("Error")) {
                    return false;
                }
            }
            if (parent instanceof MethodCallExpr call && call.getArguments().contains(child)) {
                var name = call.getNameAsString();
                if (name.equals("setAttribute") && call.getArguments().get(0) instanceof StringLiteralExpr attribute) {
                    return call.getArguments().indexOf(child) == 1 && SHOWN_ATTRIBUTES.contains(attribute.asString());
                }
                if (NOT_SHOWN.contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void check(String file, String key, String value, List<String> problems) {
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + key + " is not a valid message pattern: " + e.getMessage());
        }
        if (value.replace("''", "").contains("'")) {
            problems.add(file + ": " + key + " has a plain apostrophe, which hides the text after it; use ’");
        }
    }

    private static Set<String> arguments(String value) {
        var found = new TreeSet<String>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
