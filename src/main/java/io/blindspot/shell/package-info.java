/**
 * The application shell, the top of the module picture: the main layout with its role-filtered
 * menu, the home page composed of the sections features contribute, the error pages and the
 * page-wide settings. It may use every feature; nothing uses it.
 */
package io.blindspot.shell;
