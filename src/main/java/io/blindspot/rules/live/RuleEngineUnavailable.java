package io.blindspot.rules.live;

import io.blindspot.base.Explained;
import org.springframework.modulith.NamedInterface;

/**
 * No rule set is live, so nothing can be evaluated. The message is the English reason (the API's
 * 503 answer); a view shows the reason's key in the reader's language.
 */
@NamedInterface("evaluation")
public class RuleEngineUnavailable extends RuntimeException implements Explained {

    private final RuleEngineStatus.Unavailable reason;

    public RuleEngineUnavailable(RuleEngineStatus.Unavailable reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public String messageKey() {
        return reason.messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return reason.messageArguments();
    }
}
