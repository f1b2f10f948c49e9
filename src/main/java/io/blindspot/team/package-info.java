/** Leadership teams and who belongs to them, with one leader per team. */
package io.blindspot.team;
