/** For administrators: finding, adding and changing accounts. The login view is in {@code security.ui.login}. */
package io.blindspot.security.ui;
