/** The login view. */
package io.blindspot.security.ui;
