/**
 * Leadership teams and who belongs to them, with one leader per team ({@link
 * io.blindspot.team.TeamRole}). Other modules read teams as {@link io.blindspot.team.TeamRoster}s
 * through {@link io.blindspot.team.TeamRosters}.
 */
package io.blindspot.team;
