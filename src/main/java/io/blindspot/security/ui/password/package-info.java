/** The public page behind a one-time link where a new participant sets their password. */
package io.blindspot.security.ui.password;
