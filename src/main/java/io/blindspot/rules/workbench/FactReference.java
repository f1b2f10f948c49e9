package io.blindspot.rules.workbench;

import io.blindspot.rules.facts.Audience;
import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Meaning;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.ScaleStats;
import io.blindspot.rules.facts.Severity;
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
 * of {@code params} in a rule set's {@code parameters.yaml}. What each one means comes from the
 * {@link Meaning} annotation on it, in the same code.
 */
public final class FactReference {

    /** The types rules match on, build or read, in the order an author meets them. */
    static final List<Class<?>> TYPES = List.of(
            Team.class,
            TeamMember.class,
            ScaleStats.class,
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
     * @param properties what a pattern can test ({@code Team( size > 5 )}), or an enum's values
     * @param helpers public methods with arguments or static factories
     */
    public record FactType(String name, String kind, List<Entry> properties, List<Entry> helpers) {}

    /**
     * One property, helper or value.
     *
     * @param name as a rule writes it: {@code leader} for {@code isLeader()}
     * @param signature {@code name: type} or {@code name(types): type}
     * @param meaning from its {@link Meaning}; {@code ""} when it has none (a test forbids that)
     */
    public record Entry(String name, String signature, String meaning) {

        /** {@code signature — meaning}, as the reference lists it. */
        public String describe() {
            return meaning.isEmpty() ? signature : signature + " — " + meaning;
        }
    }

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

    /**
     * Every property, helper and value of these types that has no {@link Meaning}, as {@code
     * Type.name}: what the reference would show without saying what it means.
     */
    static List<String> withoutMeaning(List<FactType> types) {
        List<String> missing = new ArrayList<>();
        for (FactType type : types) {
            for (Entry entry : type.properties()) {
                if (entry.meaning().isBlank()) {
                    missing.add(type.name() + "." + entry.name());
                }
            }
            for (Entry entry : type.helpers()) {
                if (entry.meaning().isBlank()) {
                    missing.add(type.name() + "." + entry.name() + "(…)");
                }
            }
        }
        return missing;
    }

    static FactType describe(Class<?> type) {
        if (type.isEnum()) {
            List<Entry> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    values.add(new Entry(name, name, meaning(type.getField(name).getAnnotation(Meaning.class))));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new FactType(type.getSimpleName(), "values", values, List.of());
        }
        List<Entry> properties = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.add(new Entry(
                        c.getName(),
                        c.getName() + ": " + typeName(c.getGenericType()),
                        meaning(c.getAnnotation(Meaning.class))));
            }
        }
        List<Entry> helpers = new ArrayList<>();
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
                    String meaning = meaning(m.getAnnotation(Meaning.class));
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                        String name = propertyName(m);
                        properties.add(new Entry(name, name + ": " + typeName(m.getGenericReturnType()), meaning));
                    } else {
                        helpers.add(new Entry(
                                m.getName(),
                                (Modifier.isStatic(m.getModifiers()) ? type.getSimpleName() + "." : "")
                                        + m.getName() + "("
                                        + Arrays.stream(m.getGenericParameterTypes())
                                                .map(FactReference::typeName)
                                                .collect(Collectors.joining(", "))
                                        + "): " + typeName(m.getGenericReturnType()),
                                meaning));
                    }
                });
        return new FactType(type.getSimpleName(), type.isRecord() ? "record" : "class", properties, helpers);
    }

    /** {@code isLeader()} is {@code leader} in a rule, as Drools reads boolean getters. */
    private static String propertyName(Method m) {
        String name = m.getName();
        boolean bool = m.getReturnType() == boolean.class;
        if (bool && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return name;
    }

    private static String meaning(Meaning meaning) {
        return meaning == null ? "" : meaning.value();
    }

    private static String typeName(java.lang.reflect.Type type) {
        return type.getTypeName().replaceAll("[a-z0-9_]+\\.", "").replace("$", ".");
    }
}
