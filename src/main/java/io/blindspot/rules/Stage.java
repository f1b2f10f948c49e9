package io.blindspot.rules;

/**
 * The steps every rule change takes, in this order; a change stops at the first step that fails.
 * The first four ({@link #PARSE} to {@link #SCENARIO}) are the check; {@link #STORE} and {@link
 * #SWAP} are what publishing adds.
 */
public enum Stage {
    /** Read every file: {@code .drl} with Drools' parser, {@code parameters.yaml}, the scenarios. */
    PARSE,
    /** The allowlist of what rule files may use. */
    POLICY,
    /** Compile the rules. */
    COMPILE,
    /** Run every scenario with the firing cap and time limit. */
    SCENARIO,
    /** Store the files as a new version. */
    STORE,
    /** Make the new version the live rule base. */
    SWAP
}
