/** Views of teams. */
package io.blindspot.team.ui;
