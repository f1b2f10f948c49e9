/**
 * The login view, the one public page. A package of its own because the security configuration
 * points at it, while the other security views use the security services: so neither depends on
 * the other in a circle.
 */
package io.blindspot.security.ui.login;
