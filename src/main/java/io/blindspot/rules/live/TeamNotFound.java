package io.blindspot.rules.live;

import org.springframework.modulith.NamedInterface;

/** The team asked for does not exist. */
@NamedInterface("evaluation")
public class TeamNotFound extends RuntimeException {

    public TeamNotFound(String message) {
        super(message);
    }
}
