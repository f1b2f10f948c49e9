package io.blindspot.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How often each kind of error happened, with the first detail of each kind to show what it was. */
final class ErrorCounts {

    private final Map<ErrorKind, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<ErrorKind, String> firstDetail = new ConcurrentHashMap<>();

    /** Counts the failure here unless it has been counted already. */
    void add(LoadFailure failure) {
        if (!failure.markCounted()) {
            return;
        }
        counts.computeIfAbsent(failure.kind(), k -> new LongAdder()).increment();
        firstDetail.putIfAbsent(failure.kind(), String.valueOf(failure.getMessage()));
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by kind, in the order the kinds are declared. */
    Map<ErrorKind, Long> byKind() {
        var result = new EnumMap<ErrorKind, Long>(ErrorKind.class);
        counts.forEach((kind, count) -> result.put(kind, count.sum()));
        return result;
    }

    String firstDetail(ErrorKind kind) {
        return firstDetail.getOrDefault(kind, "");
    }
}
