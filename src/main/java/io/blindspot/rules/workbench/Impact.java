package io.blindspot.rules.workbench;

import io.blindspot.rules.live.CheckResult;
import java.time.Duration;
import java.util.List;

/**
 * What publishing the draft would change for the teams as they stand now.
 *
 * @param check the draft's check; when it fails there is no preview ({@code teams} is empty)
 * @param teamsEvaluated how many teams were evaluated with both the live rules and the draft
 * @param teams the teams whose findings would change, by name; the others stay as they are
 * @param took how long the preview took, compile included
 */
public record Impact(CheckResult check, int teamsEvaluated, List<TeamImpact> teams, Duration took) {

    public Impact {
        teams = List.copyOf(teams);
    }
}
