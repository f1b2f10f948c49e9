package io.blindspot.privacy;

/** An erasure that was not done; the message tells the administrator why, in words they can act on. */
public class ErasureRefused extends RuntimeException {

    public ErasureRefused(String message) {
        super(message);
    }
}
