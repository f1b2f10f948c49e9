package io.blindspot.assessment.instrument;

import io.blindspot.base.InputBinder.Kind;
import io.blindspot.base.InputBinder.Problem;
import io.blindspot.base.InputBinder.Result;
import io.blindspot.scoring.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the binder's problems into what an instrument's author reads ("item D03: missing scale"),
 * and adds the checks that span fields: texts per declared language, duplicate ids, items per
 * scale.
 */
final class InstrumentCheck {

    private static final String INSTRUMENT = "instrument";

    private final Result<InstrumentFile> bound;
    private final List<Problem> found;
    private final List<InstrumentProblem> problems = new ArrayList<>();

    private InstrumentCheck(Result<InstrumentFile> bound) {
        this.bound = bound;
        this.found = new ArrayList<>(bound.problems());
    }

    /** Every problem of the file, in file order. */
    static List<InstrumentProblem> problemsOf(Result<InstrumentFile> bound) {
        var check = new InstrumentCheck(bound);
        if (bound.value() != null) {
            check.crossFieldChecks(bound.value());
        }
        check.found.forEach(problem -> check.problems.add(check.describe(problem)));
        check.problems.sort(
                Comparator.comparingInt(InstrumentProblem::line).thenComparingInt(InstrumentProblem::column));
        return check.problems;
    }

    private void crossFieldChecks(InstrumentFile file) {
        List<String> languages = languages(file.languages());
        textPerLanguage(file.title(), languages, "title");
        fits(file.id(), InstrumentFile.MAX_ID_LENGTH, "id", "id");
        if (file.title() != null) {
            file.title()
                    .forEach((language, title) -> fits(
                            title,
                            InstrumentFile.MAX_TITLE_LENGTH,
                            "title." + language,
                            "title in '" + language + "'"));
        }
        scaleLabels(file.scaleLabels(), languages);
        if (file.items() != null) {
            items(file.items(), languages);
        }
    }

    private List<String> languages(List<String> declared) {
        List<String> languages = new ArrayList<>();
        if (declared == null || declared.isEmpty()) {
            add("languages", "languages must be a non-empty list of language codes, e.g. [en, de]");
            return languages;
        }
        for (int n = 0; n < declared.size(); n++) {
            String code = declared.get(n) == null ? "" : declared.get(n).trim();
            if (code.isEmpty() || languages.contains(code)) {
                add("languages[" + n + "]", "languages: '" + code + "' is blank, not text or repeated");
            } else {
                languages.add(code);
            }
        }
        return languages;
    }

    private void textPerLanguage(Map<String, String> texts, List<String> languages, String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (texts == null) {
            add(path, field + " must give a text per language, e.g. {en: …, de: …}");
            return;
        }
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                add(path, "missing " + field + " for language '" + language + "'");
            }
        }
        undeclared(texts.keySet(), languages, path, field);
    }

    private void scaleLabels(Map<String, List<String>> labels, List<String> languages) {
        if (labels == null) {
            add("scaleLabels", "scaleLabels must give the five answer labels per language");
            return;
        }
        for (String language : languages) {
            List<String> texts = labels.getOrDefault(language, List.of());
            boolean blank = texts.stream().anyMatch(label -> label == null || label.isBlank());
            if (texts.size() != InstrumentParser.LIKERT_POINTS || blank) {
                add(
                        "scaleLabels." + language,
                        "scaleLabels for language '" + language + "' must be " + InstrumentParser.LIKERT_POINTS
                                + " non-blank labels, for answers 1 to 5");
            }
        }
        undeclared(labels.keySet(), languages, "scaleLabels", "scaleLabels");
    }

    private void undeclared(Set<String> keys, List<String> languages, String path, String field) {
        for (String key : keys) {
            if (!languages.contains(key)) {
                add(path + "." + key, field + " in language '" + key + "', which is not in languages " + languages);
            }
        }
    }

    private void items(List<InstrumentFile.Item> items, List<String> languages) {
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            InstrumentFile.Item item = items.get(n);
            if (item == null) {
                continue;
            }
            String id = item.id() == null ? "" : item.id().trim();
            // Checked on the raw id, so a duplicate is reported even if its twin has other problems.
            if (!id.isEmpty() && !ids.add(id)) {
                add("items[" + n + "].id", "duplicate id: an earlier item already uses it");
            }
            fits(item.id(), InstrumentFile.MAX_ITEM_ID_LENGTH, "items[" + n + "].id", "id");
            textPerLanguage(item.text(), languages, "items[" + n + "].text");
        }
        scales(items);
    }

    // Scale checks count items by what they declare, so one broken item does not also make its
    // scale "too small": the author sees the item's problem once.
    private void scales(List<InstrumentFile.Item> items) {
        for (Scale scale : Scale.values()) {
            String subject = "scale " + scale + " (" + scale.label() + ")";
            long count =
                    items.stream().filter(i -> i != null && i.scale() == scale).count();
            long reversed = items.stream()
                    .filter(i -> i != null && i.scale() == scale && i.reverseKeyed())
                    .count();
            if (count < InstrumentParser.MIN_ITEMS_PER_SCALE) {
                addOn(subject, "has " + count + " items, needs at least " + InstrumentParser.MIN_ITEMS_PER_SCALE);
            }
            if (count > 0 && reversed == 0) {
                addOn(
                        subject,
                        "has no reverse-keyed (\"-\") item; without one, agreeing with everything"
                                + " raises the score and careless answering cannot be detected");
            }
        }
    }

    /** Storing longer text fails in the database, after an import said "stored": refuse it here. */
    private void fits(String text, int max, String path, String field) {
        if (text != null && text.trim().length() > max) {
            add(path, field + " is " + text.trim().length() + " characters long; at most " + max + " fit");
        }
    }

    private void add(String path, String message) {
        if (found.stream().noneMatch(p -> p.path().equals(path) || p.path().startsWith(path + "."))) {
            found.add(bound.problem(path, message, null));
        }
    }

    /** A problem of a whole scale: placed at the items list, named by the scale. */
    private void addOn(String subject, String message) {
        var at = bound.locate("items");
        problems.add(new InstrumentProblem(subject, message, at.line(), at.column()));
    }

    private InstrumentProblem describe(Problem problem) {
        if (problem.kind() == Kind.SYNTAX) {
            String where = "line " + problem.line() + ", column " + problem.column();
            return new InstrumentProblem(
                    where, "malformed YAML: " + problem.message(), problem.line(), problem.column());
        }
        return located(subjectOf(problem.path()), messageOf(problem), problem);
    }

    private static InstrumentProblem located(String subject, String message, Problem at) {
        return new InstrumentProblem(subject, message, at.line(), at.column());
    }

    /** {@code instrument} for the header, {@code item D03} (or {@code item #4} without an id) inside an item. */
    private String subjectOf(String path) {
        if (!path.startsWith("items[")) {
            return INSTRUMENT;
        }
        int index = Integer.parseInt(path.substring("items[".length(), path.indexOf(']')));
        var items = bound.value() == null ? null : bound.value().items();
        var item = items == null || index >= items.size() ? null : items.get(index);
        boolean named = item != null && item.id() != null && !item.id().isBlank();
        return named ? "item " + item.id().trim() : "item #" + (index + 1);
    }

    private static String messageOf(Problem problem) {
        String path = problem.path();
        if (problem.kind() != Kind.WRONG_VALUE) {
            return problem.message();
        }
        if (path.isEmpty()) {
            return "the file must be a mapping with id, version, title, languages, …";
        }
        if (path.equals("version")) {
            return "version must be a whole number from 1, was \"" + problem.value() + "\"";
        }
        if (path.equals("items")) {
            return "items must be a non-empty list";
        }
        if (path.matches("items\\[\\d+]")) {
            return "must be a mapping with id, scale, keyed and text";
        }
        if (path.equals("title") || path.endsWith(".text")) {
            return problem.field() + " must give a text per language, e.g. {en: …, de: …}";
        }
        if (path.equals("scaleLabels")) {
            return "scaleLabels must give the five answer labels per language";
        }
        return path.matches("items\\[\\d+]\\.scale") ? problem.message() : problem.path() + ": " + problem.message();
    }
}
