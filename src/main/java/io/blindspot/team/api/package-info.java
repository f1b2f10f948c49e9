/** HTTP API for teams (HTTP Basic, JSON). */
package io.blindspot.team.api;
