package io.blindspot.base;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;

/**
 * Reads JSON or YAML into records with Jackson and checks them with Bean Validation, collecting
 * every problem instead of stopping at the first: each names the field by its path in the input
 * ({@code team.members[2].D}) and carries the line and column where it is. Unknown fields are
 * refused. What a reader shows its people is its own: it words the problems from their {@link
 * Kind}, path and value.
 */
public final class InputBinder {

    /** What kind of problem: the input cannot be parsed, or a field is unknown, of the wrong type, or invalid. */
    public enum Kind {
        SYNTAX,
        UNKNOWN_FIELD,
        WRONG_VALUE,
        INVALID
    }

    /**
     * One problem in the input.
     *
     * @param path where, e.g. {@code team.members[2].D}; {@code ""} for the document itself
     * @param line 1-based; 0 when unknown
     * @param column 1-based; 0 when unknown
     * @param message what is wrong, in plain words, without the path
     * @param value the offending value or field name as written, when there is one
     */
    public record Problem(String path, int line, int column, Kind kind, String message, String value) {

        /** The last part of the path: the field's own name, or {@code ""} for an element or the document. */
        public String field() {
            String last = path.substring(path.lastIndexOf('.') + 1);
            return last.endsWith("]") ? "" : last;
        }
    }

    /**
     * The bound value ({@code null} when the input was empty or could not be read at all), every
     * problem, and where each path was read, so a reader's own checks can point at the text too.
     */
    public record Result<T>(T value, List<Problem> problems, Map<String, Location> locations) {

        public Result {
            problems = List.copyOf(problems);
            locations = Map.copyOf(locations);
        }

        public boolean ok() {
            return value != null && problems.isEmpty();
        }

        /** Where a path is in the text, or its closest enclosing part (a missing field has no place of its own). */
        public Location locate(String path) {
            String at = path;
            while (true) {
                Location found = locations.get(at);
                if (found != null) {
                    return found;
                }
                if (at.isEmpty()) {
                    return Location.UNKNOWN;
                }
                int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
                at = cut < 0 ? "" : at.substring(0, cut);
            }
        }

        /** A problem a reader found itself, located like the others. */
        public Problem problem(String path, String message, String value) {
            Location at = locate(path);
            return new Problem(path, at.line(), at.column(), Kind.INVALID, message, value);
        }
    }

    /** A line and column, both 1-based; 0 when unknown. */
    public record Location(int line, int column) {
        public static final Location UNKNOWN = new Location(0, 0);

        static Location of(JsonLocation location) {
            return location == null ? UNKNOWN : new Location(location.getLineNr(), location.getColumnNr());
        }
    }

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .propertyNodeNameProvider(new JsonPropertyNames())
            .buildValidatorFactory()
            .getValidator();

    private final ObjectMapper mapper;

    private InputBinder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** For YAML data files; a key given twice is a syntax error. */
    public static InputBinder yaml() {
        return new InputBinder(strict(YAMLMapper.builder()));
    }

    /** For JSON request bodies. */
    public static InputBinder json() {
        return new InputBinder(strict(JsonMapper.builder()));
    }

    private static ObjectMapper strict(MapperBuilder<?, ?> builder) {
        return builder.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // 1.5 where a whole number belongs is a mistake to report, not a 1 to read
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    /** Binds the text to the type, then validates the result; problems come in the order of the text. */
    public <T> Result<T> bind(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            return new Result<>(null, List.of(), Map.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Location> locations = new HashMap<>();
        T value;
        try (var parser = new LocatingParser(mapper.createParser(text), locations)) {
            value = mapper.readerFor(type)
                    .withHandler(new ProblemCollector(locations, problems))
                    .readValue(parser);
            // "{…} {…}": a second value is an error, not silently dropped (like FAIL_ON_TRAILING_TOKENS, as syntax)
            if (value != null && parser.nextToken() != null) {
                Location at = Location.of(parser.currentTokenLocation());
                return new Result<>(
                        null,
                        List.of(new Problem(
                                "",
                                at.line(),
                                at.column(),
                                Kind.SYNTAX,
                                "unexpected data after the end of the value",
                                null)),
                        locations);
            }
        } catch (JsonProcessingException e) {
            StreamReadException syntax = syntaxErrorIn(e);
            if (syntax != null) {
                // past a syntax error nothing read is reliable: report it alone
                Location at = Location.of(syntax.getLocation());
                Problem problem = new Problem(
                        "",
                        at.line(),
                        at.column(),
                        Kind.SYNTAX,
                        InputPaths.withoutEcho(syntax.getOriginalMessage()),
                        null);
                return new Result<>(null, List.of(problem), locations);
            }
            problems.add(e instanceof JsonMappingException mapping ? mappingFailure(mapping) : unreadable(e));
            value = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
        var result = new Result<>(value, problems, locations);
        if (value != null) {
            problems.addAll(violations(result));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Result<>(value, problems, locations);
    }

    private static StreamReadException syntaxErrorIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static Problem unreadable(JsonProcessingException e) {
        Location at = Location.of(e.getLocation());
        return new Problem(
                "", at.line(), at.column(), Kind.WRONG_VALUE, InputPaths.withoutEcho(e.getOriginalMessage()), null);
    }

    /** A failure the collector could not take up; Jackson's own path and location say where. */
    private static Problem mappingFailure(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        Location at = Location.of(e.getLocation());
        if (e instanceof InvalidFormatException wrong && isWholeNumber(wrong.getTargetType())) {
            String value = String.valueOf(wrong.getValue());
            return new Problem(
                    path.toString(),
                    at.line(),
                    at.column(),
                    Kind.WRONG_VALUE,
                    "expected a whole number, was " + value,
                    value);
        }
        return new Problem(
                path.toString(),
                at.line(),
                at.column(),
                Kind.WRONG_VALUE,
                InputPaths.withoutEcho(e.getOriginalMessage()),
                null);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static List<Problem> violations(Result<?> bound) {
        List<Problem> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate((Object) bound.value())) {
            String path = InputPaths.pathOf(violation.getPropertyPath());
            // a field that could not be bound is already reported; "missing" would only repeat it
            if (bound.problems().stream().noneMatch(p -> p.path().equals(path))) {
                Object invalid = violation.getInvalidValue();
                Location at = bound.locate(path);
                found.add(new Problem(
                        path,
                        at.line(),
                        at.column(),
                        Kind.INVALID,
                        violation.getMessage(),
                        invalid == null ? null : String.valueOf(invalid)));
            }
        }
        return found;
    }
}
