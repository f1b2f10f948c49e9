package io.blindspot.base;

/**
 * A refusal that can be said in the person's language: a text key (its first segment names the
 * feature's bundle, as for every view text) and the arguments its pattern takes. Exceptions a view
 * shows implement it, so the view translates the key instead of showing the English message.
 */
public interface Explained {

    String messageKey();

    Object[] messageArguments();
}
