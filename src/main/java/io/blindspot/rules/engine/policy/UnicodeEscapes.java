package io.blindspot.rules.engine.policy;

/**
 * Translates Unicode escapes the way javac does before it reads a single token (JLS §3.3), so the
 * policy reads a consequence as the compiler will: {@code \u000a} is a line break that ends a
 * {@code //} comment, {@code \u0022} a quote that ends a string, {@code \uuuu0046} an {@code F}.
 *
 * <p>A backslash starts an escape only when an even number of backslashes precede it directly
 * ({@code \\u0041} stays as written), any number of {@code u}s may follow it, then exactly four hex
 * digits. A character produced by an escape never starts another escape.
 */
final class UnicodeEscapes {

    /** The translated text and, for each of its characters and its end, the index in the input. */
    record Translation(String text, int[] sourceIndex) {}

    /** An escape that is not {@code \}, one or more {@code u}, four hex digits: javac rejects it too. */
    static final class IllegalEscape extends RuntimeException {

        private final int index;

        IllegalEscape(int index) {
            super("illegal unicode escape");
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    private UnicodeEscapes() {}

    static Translation translate(String input) {
        StringBuilder out = new StringBuilder(input.length());
        int[] index = new int[input.length() + 1];
        int backslashes = 0;
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < input.length() && input.charAt(i + 1) == 'u') {
                int digits = i + 1;
                while (digits < input.length() && input.charAt(digits) == 'u') {
                    digits++;
                }
                index[out.length()] = i;
                out.append(hex(input, digits, i));
                i = digits + 4;
                backslashes = 0;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            index[out.length()] = i;
            out.append(c);
            i++;
        }
        index[out.length()] = input.length();
        return new Translation(out.toString(), java.util.Arrays.copyOf(index, out.length() + 1));
    }

    private static char hex(String input, int from, int escapeStart) {
        if (from + 4 > input.length()) {
            throw new IllegalEscape(escapeStart);
        }
        int value = 0;
        for (int k = from; k < from + 4; k++) {
            int digit = Character.digit(input.charAt(k), 16);
            if (digit < 0) {
                throw new IllegalEscape(escapeStart);
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }
}
