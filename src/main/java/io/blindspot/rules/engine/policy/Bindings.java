package io.blindspot.rules.engine.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The names a rule has bound so far ({@code $team : Team()}, {@code $n : completed}) and the global. */
final class Bindings {

    private final Map<String, ExprType> types = new HashMap<>();
    private final Set<String> matchedFacts = new HashSet<>();

    /** Binds a name; false when the rule already bound it (a second meaning would mislead the check). */
    boolean bind(String name, ExprType type) {
        return types.putIfAbsent(name, type) == null;
    }

    /** Binds a name to a fact the rule matches with a pattern, which update and modify may change. */
    boolean bindMatchedFact(String name, ExprType type) {
        boolean fresh = bind(name, type);
        if (fresh) {
            matchedFacts.add(name);
        }
        return fresh;
    }

    Optional<ExprType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    boolean isMatchedFact(String name) {
        return matchedFacts.contains(name);
    }
}
