package io.blindspot.rules.bench;

import io.blindspot.rules.MemberInput;
import io.blindspot.rules.TeamInput;
import io.blindspot.rules.facts.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark baseline only: the three core checks (uniform task dominance, missing style,
 * dominance overload) written as plain Java over the raw input, with the same thresholds and the
 * same precedence as the shipped rules (no finding on insufficient data; dominance overload stays
 * quiet when uniform task dominance is raised). It produces finding codes, nothing else.
 */
final class PlainJavaChecks {

    private static final String[] SCALES = {"D", "I", "S", "C"};

    private PlainJavaChecks() {}

    static List<String> evaluate(TeamInput team, Parameters p) {
        List<MemberInput> members = team.members();
        int completed = members.size();
        long flagged = members.stream().filter(m -> !m.qualityFlags().isEmpty()).count();
        List<String> codes = new ArrayList<>();
        if (completed < p.minimumTeamSize() || (double) flagged / completed > p.maxLowQualityShare()) {
            return codes;
        }
        int inPattern = 0;
        int highD = 0;
        int[] high = new int[4];
        for (MemberInput m : members) {
            double task = (m.d() + m.c()) / 2;
            double relationship = (m.i() + m.s()) / 2;
            if (m.d() >= p.high() && relationship < task && relationship <= p.low()) {
                inPattern++;
            }
            highD += m.d() >= p.high() ? 1 : 0;
            double[] scores = {m.d(), m.i(), m.s(), m.c()};
            for (int scale = 0; scale < 4; scale++) {
                high[scale] += scores[scale] >= p.high() ? 1 : 0;
            }
        }
        boolean uniform = inPattern >= completed * p.uniformityShare();
        if (uniform) {
            codes.add("UNIFORM_TASK_DOMINANCE");
        }
        if (!uniform
                && highD >= p.dominanceOverloadMinimum()
                && (double) highD / completed >= p.dominanceOverloadShare()) {
            codes.add("DOMINANCE_OVERLOAD");
        }
        for (int scale = 0; scale < 4; scale++) {
            if (high[scale] == 0) {
                codes.add("MISSING_STYLE:" + SCALES[scale]);
            }
        }
        return codes;
    }
}
