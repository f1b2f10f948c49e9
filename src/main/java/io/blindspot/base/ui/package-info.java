/** The application shell: main layout, home page per role, friendly error pages. */
package io.blindspot.base.ui;
