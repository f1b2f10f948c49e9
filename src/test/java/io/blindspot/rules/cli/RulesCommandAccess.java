package io.blindspot.rules.cli;

import java.nio.file.Path;

/** Lets integration tests in other packages run {@code rules export} against their own database. */
public final class RulesCommandAccess {

    private RulesCommandAccess() {}

    public static int export(Class<?> application, Path dir, String... springArguments) {
        return RulesCommand.export(application, dir, System.out, System.err, springArguments);
    }
}
