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

    String describe() {
        return switch (kind) {
            case FACT, TYPE -> type.getSimpleName();
            case COLLECTION -> "a " + type.getSimpleName();
            case VALUE -> type == Object.class ? "a value" : "a " + type.getSimpleName() + " value";
        };
    }
}
