/**
 * Shared building blocks every module may use and that use no module: the entity base class, the
 * clock, start-up failure messages, the HTTP API's JSON errors, date formats, the SHA-256 helper,
 * {@link io.blindspot.base.InputBinder} (JSON and YAML bound to records and validated, every problem
 * with its path, line and column), and ({@code base.ui}) the interface through which features
 * contribute to the home page.
 */
package io.blindspot.base;
