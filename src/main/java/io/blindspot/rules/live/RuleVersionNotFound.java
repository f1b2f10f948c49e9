package io.blindspot.rules.live;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;

/** A rule-set version number that was never stored. */
public class RuleVersionNotFound extends RuntimeException implements Explained {

    private final int version;

    public RuleVersionNotFound(int version) {
        super(Messages.english("rules.refused.no-such-version", version));
        this.version = version;
    }

    @Override
    public String messageKey() {
        return "rules.refused.no-such-version";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {version};
    }
}
