package io.blindspot.rules.live;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import org.springframework.modulith.NamedInterface;

/** The team asked for does not exist, or is not the caller's: one answer, so ids cannot be probed. */
@NamedInterface("evaluation")
public class TeamNotFound extends RuntimeException implements Explained {

    private final long teamId;

    public TeamNotFound(long teamId) {
        super(Messages.english("rules.refused.no-such-team", teamId));
        this.teamId = teamId;
    }

    @Override
    public String messageKey() {
        return "rules.refused.no-such-team";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {teamId};
    }
}
