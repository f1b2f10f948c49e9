package io.blindspot;

import io.blindspot.demo.TestDataCommand;
import io.blindspot.rules.cli.RulesCommand;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The commands the application jar runs instead of the server, named by the first argument:
 * {@code java -jar blindspot.jar testdata ...}. A new command is one more entry here.
 */
final class Commands {

    private static final Map<String, ToIntFunction<String[]>> BY_NAME = Map.of(
            "testdata", args -> TestDataCommand.run(Application.class, args),
            "rules", args -> RulesCommand.run(Application.class, args));

    private Commands() {}

    /** The command the arguments name, or empty when they are meant for the server. */
    static Optional<ToIntFunction<String[]>> named(String[] args) {
        return args.length == 0 ? Optional.empty() : Optional.ofNullable(BY_NAME.get(args[0]));
    }
}
