/** The HTTP API of a person's data: {@code GET /api/v1/me/export} (JSON) and {@code .pdf}. */
package io.blindspot.privacy.api;
