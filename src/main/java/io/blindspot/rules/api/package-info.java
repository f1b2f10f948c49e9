/**
 * The rule base's HTTP API: evaluate a team given inline ({@code POST /api/v1/evaluations}) and
 * read a stored team's latest evaluation ({@code GET /api/v1/teams/{id}/evaluation}).
 */
package io.blindspot.rules.api;
