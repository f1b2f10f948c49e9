package io.blindspot.rules.live;

/**
 * How one file differs between two versions.
 *
 * @param change {@code added}, {@code removed} or {@code changed}
 * @param diff a unified diff ({@code --- a/x.drl}, {@code +++ b/x.drl}, {@code @@ … @@} hunks)
 */
public record FileDiff(String name, String change, String diff) {}
