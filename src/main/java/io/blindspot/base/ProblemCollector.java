package io.blindspot.base;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.blindspot.base.InputBinder.Kind;
import io.blindspot.base.InputBinder.Location;
import io.blindspot.base.InputBinder.Problem;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jackson's hook for input it cannot bind: instead of failing on the first such field, note the
 * problem with its path and place, skip the value (it binds as {@code null}) and read on, so the
 * author sees every problem at once.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    private final Map<String, Location> locations;
    private final List<Problem> problems;

    ProblemCollector(Map<String, Location> locations, List<Problem> problems) {
        this.locations = locations;
        this.problems = problems;
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        String path = InputPaths.pathOf(p.getParsingContext());
        add(
                path,
                Kind.UNKNOWN_FIELD,
                "unknown field '" + propertyName + "' (expected " + fieldsOf(type) + ")",
                propertyName);
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
        wrongValue(ctxt.getParser(), targetType, "'" + valueToConvert + "'", valueToConvert);
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
        wrongValue(ctxt.getParser(), targetType, String.valueOf(valueToConvert), String.valueOf(valueToConvert));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
            throws IOException {
        String given =
                switch (t) {
                    case START_OBJECT -> "a mapping";
                    case START_ARRAY -> "a list";
                    case VALUE_NULL -> "nothing";
                    default -> "'" + p.getText() + "'";
                };
        wrongValue(p, targetType.getRawClass(), given, t.isScalarValue() ? p.getText() : null);
        p.skipChildren();
        return null;
    }

    private void wrongValue(JsonParser p, Class<?> targetType, String given, String value) {
        String path = InputPaths.pathOf(p.getParsingContext());
        String message = targetType.isEnum()
                ? "unknown " + lastName(path) + " " + given + " (expected one of "
                        + Arrays.toString(targetType.getEnumConstants()) + ")"
                : "expected " + describe(targetType) + ", was " + given;
        add(path, Kind.WRONG_VALUE, message, value);
    }

    private void add(String path, Kind kind, String message, String value) {
        Location at = locations.getOrDefault(path, Location.UNKNOWN);
        problems.add(new Problem(path, at.line(), at.column(), kind, message, value));
    }

    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.isEmpty() || last.endsWith("]") ? "value" : last;
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return type.isRecord() ? "a mapping with " + fieldsOf(type) : "a mapping";
    }

    /** The fields a record accepts, in the order it declares them, by the names the input uses. */
    static String fieldsOf(Class<?> type) {
        if (!type.isRecord()) {
            return "other fields";
        }
        return Arrays.stream(type.getRecordComponents())
                .map(ProblemCollector::inputName)
                .collect(Collectors.joining(", "));
    }

    private static String inputName(RecordComponent component) {
        try {
            // @JsonProperty does not target record components; Java puts it on the component's field
            JsonProperty renamed = component
                    .getDeclaringRecord()
                    .getDeclaredField(component.getName())
                    .getAnnotation(JsonProperty.class);
            return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
        } catch (NoSuchFieldException e) {
            return component.getName();
        }
    }
}
