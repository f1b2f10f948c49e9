package io.blindspot.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code testdata respondents} was asked for: how many accounts, their username prefix and
 * their shared password. Usernames are the prefix, a dash and a number from 1: {@code load-1}.
 */
record RespondentsRequest(int count, String prefix, String password) {

    static final int MAX_COUNT = 100_000;
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9._]{0,39}");

    RespondentsRequest {
        if (count < 1 || count > MAX_COUNT) {
            throw new UsageError("--count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        if (!PREFIX.matcher(prefix).matches()) {
            throw new UsageError("--prefix must start with a letter and hold only letters, digits, '.' or '_'"
                    + " (at most 40 characters), not '" + prefix + "'");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new UsageError("--password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    String username(int number) {
        return prefix + "-" + number;
    }

    /** Reads {@code --count N --prefix P --password PW} (also {@code --count=N}); anything else is a usage error. */
    static RespondentsRequest parse(List<String> options) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!option.startsWith("--")) {
                throw new UsageError("unexpected argument '" + option + "'");
            }
            String name;
            String value;
            int equals = option.indexOf('=');
            if (equals > 0) {
                name = option.substring(2, equals);
                value = option.substring(equals + 1);
            } else if (i + 1 < options.size()) {
                name = option.substring(2);
                value = options.get(++i);
            } else {
                throw new UsageError(option + " needs a value");
            }
            if (!List.of("count", "prefix", "password").contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
            if (values.put(name, value) != null) {
                throw new UsageError("--" + name + " is given twice");
            }
        }
        return new RespondentsRequest(
                number(required(values, "count")), required(values, "prefix"), required(values, "password"));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageError("--" + name + " is missing");
        }
        return value;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageError("--count must be a whole number, not '" + text + "'");
        }
    }

    /** A command line that cannot be followed; the command prints it with the usage and exits with 2. */
    static final class UsageError extends IllegalArgumentException {
        UsageError(String message) {
            super(message);
        }
    }
}
