package io.blindspot.rules.engine.policy;

import io.blindspot.rules.facts.CoachingAction;
import io.blindspot.rules.facts.Finding;
import io.blindspot.rules.facts.Parameters;
import io.blindspot.rules.facts.Team;
import io.blindspot.rules.facts.TeamMember;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What rules may see of the fact model, read by reflection from its public API so it never drifts
 * from the code.
 *
 * <p>The fact types are those reachable from what rules are given — the facts the engine inserts
 * ({@link Team}, {@link TeamMember}), the global ({@link Parameters}) and what rules insert ({@link
 * Finding}, {@link CoachingAction}) — through the return and parameter types of their public
 * methods, within their package. Reachability rather than listing the package keeps helpers rules
 * never receive (such as {@code TeamFacts}) out, and works the same from a jar.
 *
 * <ul>
 *   <li>getters: public instance methods that return a value; with no parameters they are also
 *       properties, by name ({@code completed}) or bean name ({@code isTaskFocused} → {@code
 *       taskFocused});
 *   <li>builder methods: on an output type, its public static methods that return it (factories such
 *       as {@code Finding.of}) and its instance methods that return it ({@code withTitle});
 *   <li>setters: public {@code void setX(value)}, the only calls a {@code modify} block may make.
 * </ul>
 */
final class FactModel {

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass");

    private static final FactModel RULE_FACTS = of(
            List.of(Team.class, TeamMember.class, Parameters.class, Finding.class, CoachingAction.class),
            Set.of(Finding.class, CoachingAction.class));

    private final String packageName;
    private final Map<String, Class<?>> types;
    private final Set<Class<?>> outputs;
    // per fact type, its public methods declared there: read once, the policy asks for them often
    private final Map<Class<?>, List<Method>> methods;

    private FactModel(List<Class<?>> roots, Set<Class<?>> outputs) {
        this.packageName = roots.get(0).getPackageName();
        this.types = FactTypes.reachableFrom(roots);
        this.outputs = Set.copyOf(outputs);
        this.methods = types.values().stream()
                .collect(Collectors.toUnmodifiableMap(type -> type, type -> Arrays.stream(type.getMethods())
                        .filter(m -> m.getDeclaringClass() == type && !m.isSynthetic() && !m.isBridge())
                        .toList()));
    }

    /** Blindspot's fact model, {@code io.blindspot.rules.facts}. */
    static FactModel ruleFacts() {
        return RULE_FACTS;
    }

    /**
     * The fact model reachable from {@code roots}, all in one package, of which {@code outputs} are
     * what rules insert.
     */
    static FactModel of(List<Class<?>> roots, Set<Class<?>> outputs) {
        return new FactModel(roots, outputs);
    }

    /** The fact type with this simple name. */
    Optional<Class<?>> type(String simpleName) {
        return Optional.ofNullable(types.get(simpleName));
    }

    boolean isFactType(Class<?> type) {
        return types.containsValue(type);
    }

    /** A type rules may insert: {@code Finding} and {@code CoachingAction}. */
    boolean isOutput(Class<?> type) {
        return outputs.contains(type);
    }

    /** The package rule files import the fact model from. */
    String packageName() {
        return packageName;
    }

    /** The simple names of the fact types, sorted, for messages. */
    String typeNames() {
        return String.join(", ", types.keySet());
    }

    /** The output types, "CoachingAction or Finding", with the "or" in the reader's language. */
    PolicyText outputNames() {
        List<String> names = outputs.stream().map(Class::getSimpleName).sorted().toList();
        if (names.size() == 1) {
            return PolicyText.of("rules.policy.what.type", names.get(0));
        }
        return PolicyText.of(
                "rules.policy.either",
                String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** The getter a constraint reaches as {@code name}: {@code name()}, {@code getName()}, {@code isName()}. */
    Optional<Method> property(Class<?> type, String name) {
        String bean = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return getters(type)
                .filter(m -> m.getParameterCount() == 0)
                .filter(m -> m.getName().equals(name)
                        || m.getName().equals("get" + bean)
                        || (m.getName().equals("is" + bean) && isBoolean(m.getReturnType())))
                .findFirst();
    }

    /** The getters and builder methods called {@code name} with {@code arity} parameters. */
    Optional<Method> method(Class<?> type, String name, int arity) {
        return getters(type)
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .findFirst();
    }

    /** A factory of an output type: {@code Finding.of(code, severity)}, {@code CoachingAction.forTeam(f)}. */
    Optional<Method> factory(Class<?> type, String name, int arity) {
        if (!isOutput(type)) {
            return Optional.empty();
        }
        return declared(type)
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type)
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .findFirst();
    }

    /** The factories of all output types, e.g. {@code Finding.of}, for messages. */
    String factoryNames() {
        return outputs.stream()
                .flatMap(type -> declared(type)
                        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type)
                        .map(m -> type.getSimpleName() + "." + m.getName()))
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    Optional<Method> setter(Class<?> type, String name) {
        return declared(type)
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == void.class && m.getParameterCount() == 1)
                .filter(m -> m.getName().equals(name) && name.startsWith("set") && name.length() > 3)
                .findFirst();
    }

    /** Whether {@code name} is a constant of the fact-model enum {@code type}. */
    boolean isEnumConstant(Class<?> type, String name) {
        return type.isEnum()
                && Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> ((Enum<?>) c).name().equals(name));
    }

    /** The property names of {@code type}, for messages. */
    String propertyNames(Class<?> type) {
        return getters(type)
                .filter(m -> m.getParameterCount() == 0)
                .map(Method::getName)
                .sorted()
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /** What a value of this Java type is to the policy. */
    ExprType classify(Class<?> type) {
        if (isFactType(type)) {
            return ExprType.fact(type);
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return ExprType.collection(type);
        }
        return ExprType.value(type);
    }

    private java.util.stream.Stream<Method> getters(Class<?> type) {
        return declared(type)
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() != void.class)
                .filter(m -> !OBJECT_METHODS.contains(m.getName()));
    }

    /** The public methods a fact type declares itself; none for other types. */
    private java.util.stream.Stream<Method> declared(Class<?> type) {
        return methods.getOrDefault(type, List.of()).stream();
    }

    private static boolean isBoolean(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }
}
