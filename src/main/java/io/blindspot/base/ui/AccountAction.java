package io.blindspot.base.ui;

/**
 * Something an administrator can do with one account from the users list that a feature above the
 * accounts provides (the privacy module's erasure). The users list shows a button per action bean,
 * so it offers the action without importing the feature.
 */
public interface AccountAction {

    /** The button's text, e.g. "Erase…". */
    String label();

    /** Opens the action (usually a dialog) for this account; {@code done} refreshes the list after a change. */
    void open(long accountId, String username, Runnable done);
}
