package io.blindspot.rules.live;

/** The team asked for does not exist. */
public class TeamNotFound extends RuntimeException {

    public TeamNotFound(String message) {
        super(message);
    }
}
