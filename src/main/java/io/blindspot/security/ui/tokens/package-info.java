/** Every signed-in person's own API tokens: create one (shown once), list them, revoke one. */
package io.blindspot.security.ui.tokens;
