package io.blindspot.load;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run's settings, from the system properties {@code load.*}. A blank value means the default,
 * so the Maven profile can pass every property whether it was given or not.
 */
record LoadSettings(
        URI url,
        int respondents,
        int first,
        String prefix,
        String password,
        Duration interval,
        double jitter,
        Duration duration,
        int openConcurrency,
        Duration timeout,
        int threads,
        boolean submit,
        Optional<Database> database) {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    /** Where the check after the run reads the stored answers. */
    record Database(String url, String user, String password) {}

    static LoadSettings from(Properties properties) {
        var read = new Reader(properties);
        var settings = new LoadSettings(
                URI.create(stripTrailingSlash(read.text("url", "http://localhost:8080"))),
                read.number("respondents", 20),
                read.number("first", 1),
                read.text("prefix", "load"),
                read.required("password"),
                read.duration("interval", "5s"),
                read.decimal("jitter", 0.2),
                read.duration("duration", "2m"),
                read.number("openConcurrency", 4),
                read.duration("timeout", "30s"),
                read.number("threads", 2),
                Boolean.parseBoolean(read.text("submit", "false")),
                read.optional("db.url")
                        .map(url -> new Database(url, read.text("db.user", "root"), read.text("db.password", ""))));
        settings.validate();
        return settings;
    }

    private void validate() {
        if (!url.getScheme().startsWith("http")) {
            throw new IllegalArgumentException("load.url must be an http(s) URL, not " + url);
        }
        positive("load.respondents", respondents);
        positive("load.first", first);
        positive("load.openConcurrency", openConcurrency);
        positive("load.threads", threads);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("load.jitter must be at least 0 and below 1, not " + jitter);
        }
        for (var d : new Duration[] {interval, duration, timeout}) {
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("load.interval, load.duration and load.timeout must be positive");
            }
        }
    }

    String username(int number) {
        return prefix + "-" + number;
    }

    /** Answers per second the respondents would give if every answer were stored at once. */
    double wantedAnswersPerSecond() {
        return respondents / (interval.toNanos() / 1e9);
    }

    /** Reads {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h} or an ISO-8601 duration ({@code PT5S}). */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            double millis =
                    switch (m.group(2)) {
                        case "ms" -> amount;
                        case "s" -> amount * 1_000;
                        case "m" -> amount * 60_000;
                        default -> amount * 3_600_000;
                    };
            return Duration.ofNanos(Math.round(millis * 1_000_000));
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 5s, 500ms, 2m or 1h");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** System properties as typed values, each failure naming the property. */
    private record Reader(Properties properties) {

        Optional<String> optional(String name) {
            String value = properties.getProperty("load." + name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        String text(String name, String fallback) {
            return optional(name).orElse(fallback);
        }

        String required(String name) {
            return optional(name)
                    .orElseThrow(() -> new IllegalArgumentException("load." + name + " is missing: the respondents'"
                            + " password, as given to 'testdata respondents --password'"));
        }

        int number(String name, int fallback) {
            String value = text(name, String.valueOf(fallback));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("load." + name + " must be a whole number, not '" + value + "'");
            }
        }

        double decimal(String name, double fallback) {
            String value = text(name, String.valueOf(fallback));
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("load." + name + " must be a number, not '" + value + "'");
            }
        }

        Duration duration(String name, String fallback) {
            try {
                return parseDuration(text(name, fallback));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("load." + name + ": " + e.getMessage());
            }
        }
    }
}
