/** Passwords: the public page behind a one-time link where a new person sets theirs, and the page where a signed-in person changes their own. */
package io.blindspot.security.ui.password;
