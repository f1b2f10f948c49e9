/** For administrators: every account and its roles. The login view is in {@code security.ui.login}. */
package io.blindspot.security.ui;
