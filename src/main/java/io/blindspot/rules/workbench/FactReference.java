package io.blindspot.rules.workbench;

import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.ScaleStats;
import io.blindspot.rules.facts.Severity;
import io.blindspot.rules.facts.StyleMap;
import io.blindspot.rules.facts.Team;
import io.blindspot.rules.facts.TeamMember;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fact model as rule authors see it, read from the Java types at run time so the editor's
 * reference never drifts from the code: each type's properties and helper methods, and the values
 * of {@code params} in a rule set's {@code parameters.yaml}.
 */
public final class FactReference {

    /** The types rules match on, build or read, in the order an author meets them. */
    static final List<Class<?>> TYPES = List.of(
            Team.class,
            TeamMember.class,
            ScaleStats.class,
            StyleMap.class,
            Finding.class,
            CoachingAction.class,
            Severity.class,
            Audience.class,
            Parameters.class);

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass");
    private static final Pattern PARAMETER = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):\\s*(\\S+)");

    private FactReference() {}

    /**
     * One fact type.
     *
     * @param properties {@code name: type}, what a pattern can test ({@code Team( size > 5 )})
     * @param helpers public methods with arguments or static factories, {@code name(types): type}
     */
    public record FactType(String name, String kind, List<String> properties, List<String> helpers) {}

    public static List<FactType> types() {
        return TYPES.stream().map(FactReference::describe).toList();
    }

    /** {@code params.<name>} → value, as the rule set's {@code parameters.yaml} sets them; defaults otherwise. */
    public static Map<String, String> parameters(String parametersYaml) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent c : Parameters.class.getRecordComponents()) {
            try {
                values.put(c.getName(), String.valueOf(c.getAccessor().invoke(Parameters.DEFAULTS)) + " (default)");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (parametersYaml != null) {
            parametersYaml
                    .lines()
                    .map(PARAMETER::matcher)
                    .filter(java.util.regex.Matcher::find)
                    .forEach(m -> {
                        if (values.containsKey(m.group(1))) {
                            values.put(m.group(1), m.group(2));
                        }
                    });
        }
        return values;
    }

    private static FactType describe(Class<?> type) {
        if (type.isEnum()) {
            return new FactType(
                    type.getSimpleName(),
                    "values",
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).toList(),
                    List.of());
        }
        List<String> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.add(c.getName() + ": " + typeName(c.getGenericType()));
            }
        }
        List<String> helpers = new ArrayList<>();
        Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .filter(m -> !OBJECT_METHODS.contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .forEach(m -> {
                    boolean component = type.isRecord()
                            && m.getParameterCount() == 0
                            && Arrays.stream(type.getRecordComponents())
                                    .anyMatch(c -> c.getName().equals(m.getName()));
                    if (component) {
                        return;
                    }
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                        properties.add(m.getName() + ": " + typeName(m.getGenericReturnType()));
                    } else {
                        helpers.add((Modifier.isStatic(m.getModifiers()) ? type.getSimpleName() + "." : "")
                                + m.getName() + "("
                                + Arrays.stream(m.getGenericParameterTypes())
                                        .map(FactReference::typeName)
                                        .collect(Collectors.joining(", "))
                                + "): " + typeName(m.getGenericReturnType()));
                    }
                });
        return new FactType(type.getSimpleName(), type.isRecord() ? "record" : "class", properties, helpers);
    }

    private static String typeName(java.lang.reflect.Type type) {
        return type.getTypeName().replaceAll("[a-z0-9_]+\\.", "").replace("$", ".");
    }
}
