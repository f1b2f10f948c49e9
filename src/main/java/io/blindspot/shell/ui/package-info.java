/**
 * The shell's views: main layout and menu (from {@code @Menu} on each feature's views), the home
 * page (from each feature's {@link io.blindspot.base.ui.HomeSection}s), error pages and the app
 * shell settings.
 */
package io.blindspot.shell.ui;
