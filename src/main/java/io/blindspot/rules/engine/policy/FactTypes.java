package io.blindspot.rules.engine.policy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the fact types: the public types of the roots' package that the roots' public methods
 * return or take, directly or inside generics ({@code List<TeamMember>}), and so on from those.
 */
final class FactTypes {

    private FactTypes() {}

    /** The fact types by simple name, sorted. */
    static Map<String, Class<?>> reachableFrom(List<Class<?>> roots) {
        String pkg = roots.get(0).getPackageName();
        Map<String, Class<?>> found = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.getPackageName().equals(pkg)
                    || !Modifier.isPublic(type.getModifiers())
                    || found.putIfAbsent(type.getSimpleName(), type) != null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == type) {
                    mentioned(method.getGenericReturnType(), todo);
                    Arrays.stream(method.getGenericParameterTypes()).forEach(t -> mentioned(t, todo));
                }
            }
        }
        return found;
    }

    private static void mentioned(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.push(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            mentioned(p.getRawType(), todo);
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> mentioned(t, todo));
        }
    }
}
