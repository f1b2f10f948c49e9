package io.blindspot.load;

import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/** One failed request or step; carries its round trip when a response did arrive. */
final class LoadFailure extends RuntimeException {

    static final long NO_RESPONSE = -1;

    private final ErrorKind kind;
    private final long roundTripNanos;
    private final AtomicBoolean counted = new AtomicBoolean();

    LoadFailure(ErrorKind kind, String detail) {
        this(kind, detail, NO_RESPONSE);
    }

    LoadFailure(ErrorKind kind, String detail, long roundTripNanos) {
        super(detail, null, false, false);
        this.kind = kind;
        this.roundTripNanos = roundTripNanos;
    }

    ErrorKind kind() {
        return kind;
    }

    long roundTripNanos() {
        return roundTripNanos;
    }

    /** True the first time only, so a failure passed up through several steps is counted once. */
    boolean markCounted() {
        return counted.compareAndSet(false, true);
    }

    /** The failure behind a future's exception; anything unforeseen counts as a protocol error. */
    static LoadFailure of(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof LoadFailure failure ? failure : new LoadFailure(ErrorKind.PROTOCOL, cause.toString());
    }
}
