package io.blindspot.rules.engine.policy;

/**
 * What the policy knows about an expression's value, which decides what may be done with it.
 *
 * @param kind {@link Kind#FACT}: an object of the fact model, whose getters may be called; {@link
 *     Kind#TYPE}: a fact type's name, for enum constants and output factories; {@link
 *     Kind#COLLECTION}: a list or map from the fact model, readable by index; {@link Kind#VALUE}:
 *     text, numbers, anything else — usable in comparisons and concatenation, with no calls on it
 * @param type the Java type
 */
record ExprType(Kind kind, Class<?> type) {

    enum Kind {
        FACT,
        TYPE,
        COLLECTION,
        VALUE
    }

    static ExprType fact(Class<?> type) {
        return new ExprType(Kind.FACT, type);
    }

    static ExprType typeName(Class<?> type) {
        return new ExprType(Kind.TYPE, type);
    }

    static ExprType collection(Class<?> type) {
        return new ExprType(Kind.COLLECTION, type);
    }

    static ExprType value(Class<?> type) {
        return new ExprType(Kind.VALUE, type);
    }

    static ExprType anyValue() {
        return value(Object.class);
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /** What this is in words ("a String value"), as a text so the editor says it in HR's language. */
    PolicyText describe() {
        return describe("");
    }

    /** The same at the start of a sentence ("A String value"). */
    PolicyText describeAtStart() {
        return describe("-start");
    }

    private PolicyText describe(String position) {
        return switch (kind) {
            case FACT, TYPE -> PolicyText.of("rules.policy.what.type", type.getSimpleName());
            case COLLECTION -> PolicyText.of("rules.policy.what.collection" + position, type.getSimpleName());
            case VALUE -> type == Object.class
                    ? PolicyText.of("rules.policy.what.any-value" + position)
                    : PolicyText.of("rules.policy.what.value" + position, type.getSimpleName());
        };
    }
}
