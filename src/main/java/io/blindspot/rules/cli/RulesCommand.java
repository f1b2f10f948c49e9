package io.blindspot.rules.cli;

import io.blindspot.rules.BuildReport;
import io.blindspot.rules.Limits;
import io.blindspot.rules.RulePipeline;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.live.RulePublishing;
import io.blindspot.rules.live.RuleVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code java -jar blindspot.jar rules check DIR} and {@code rules export DIR}. Exit code 0 when the
 * rule set would publish (or was exported), 1 when not, 2 for a usage error.
 */
public final class RulesCommand {

    /** Who the audit trail names for what this command does. */
    static final String ACTOR = "rules-command";

    static final String USAGE =
            """
            Usage: java -jar blindspot.jar rules check DIR
                   java -jar blindspot.jar rules export DIR

              check   Runs the publishing pipeline's check (parse, policy, compile, every scenario)
                      on the rule files in DIR, without a web server and without a database. Prints
                      file:line:column: STAGE: message per problem and a one-line summary. Exit code
                      0 when the rule set would publish, 1 when not, 2 for a usage error. The limits
                      are the server's: BLINDSPOT_RULES_MAX_RULE_FIRINGS (default 1000) and
                      BLINDSPOT_RULES_EVALUATION_TIME_LIMIT_MS (default 2000).
              export  Writes the live rule-set version from the database (BLINDSPOT_DB_URL,
                      BLINDSPOT_DB_USER, BLINDSPOT_DB_PASSWORD, SPRING_PROFILES_ACTIVE) into DIR as
                      files; rule files in DIR that the version does not have are deleted, other
                      files (README.md, .git) are left alone.""";

    private RulesCommand() {}

    /** Runs the command; {@code arguments} start with the command's own name ({@code rules}). */
    public static int run(Class<?> application, String... arguments) {
        return run(application, System.out, System.err, arguments);
    }

    static int run(Class<?> application, PrintStream out, PrintStream err, String... arguments) {
        if (arguments.length != 3 || !List.of("check", "export").contains(arguments[1])) {
            err.println("rules: expected 'rules check DIR' or 'rules export DIR'");
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(arguments[2]);
        if (arguments[1].equals("check")) {
            if (!Files.isDirectory(dir)) {
                err.println("rules: " + dir + " is not a directory");
                err.println(USAGE);
                return 2;
            }
            return check(dir, limits(System.getenv()), out);
        }
        return export(application, dir, out, err);
    }

    /** {@code rules export DIR} with extra Spring arguments, e.g. the database a test points at. */
    static int export(Class<?> application, Path dir, PrintStream out, PrintStream err, String... springArguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=-1",
                "--blindspot.rules.load-at-start=false",
                "--blindspot.rules.watch=false",
                "--blindspot.rules.evaluate-new-teams-at-start=false",
                "--blindspot.demo.enabled=false"));
        args.addAll(List.of(springArguments));
        return exportWith(application, dir, out, err, args.toArray(String[]::new));
    }

    static int check(Path dir, Limits limits, PrintStream out) {
        quietLogging();
        RuleSetSource source = RuleSetSource.fromDirectory(dir);
        BuildReport report = new RulePipeline(limits).build(source);
        report.diagnostics().forEach(out::println);
        report.failedScenarios().forEach(s -> s.failures()
                .forEach(f -> out.println(s.file() + ":0:0: SCENARIO: " + s.name() + ": " + f)));
        long rules = source.files().keySet().stream()
                .filter(p -> p.endsWith(".drl") || p.endsWith(".dslr"))
                .count();
        if (report.ok()) {
            report.ruleSet().ifPresent(rs -> rs.close());
            out.printf(
                    "OK: %d rule files, %d scenarios passed; this rule set would publish.%n",
                    rules, report.scenarios().size());
            return 0;
        }
        out.printf(
                "REJECTED at %s: %d error(s), %d of %d scenarios failed; this rule set would not publish.%n",
                report.failedStage(),
                report.errors().size(),
                report.failedScenarios().size(),
                report.scenarios().size());
        return 1;
    }

    static Limits limits(Map<String, String> env) {
        return new Limits(
                Integer.parseInt(env.getOrDefault(
                        "BLINDSPOT_RULES_MAX_RULE_FIRINGS", String.valueOf(Limits.DEFAULTS.maxRuleFirings()))),
                Long.parseLong(env.getOrDefault(
                        "BLINDSPOT_RULES_EVALUATION_TIME_LIMIT_MS",
                        String.valueOf(Limits.DEFAULTS.evaluationTimeLimitMs()))));
    }

    // A web application context without a server (port -1), as the security configuration needs;
    // nothing is imported, watched or evaluated at start: this command only reads.
    private static int exportWith(Class<?> application, Path dir, PrintStream out, PrintStream err, String[] args) {
        try (var context = new SpringApplicationBuilder(application)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(args)) {
            var live =
                    asAdministrator(() -> context.getBean(RulePublishing.class).live());
            if (live.isEmpty()) {
                err.println("rules: the database holds no rule-set version to export");
                return 1;
            }
            List<String> removed = write(live.get(), dir);
            out.printf(
                    "Exported rule-set version %d (%s, %s) to %s: %d files%s.%n",
                    live.get().version(),
                    live.get().author(),
                    live.get().createdAt(),
                    dir,
                    live.get().files().size(),
                    removed.isEmpty() ? "" : "; removed " + String.join(", ", removed));
            return 0;
        } catch (RuntimeException failed) {
            err.println("rules: could not export: " + rootMessage(failed));
            return 1;
        }
    }

    static List<String> write(RuleVersion version, Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> removed = new ArrayList<>();
            try (Stream<Path> existing = Files.walk(dir)) {
                for (Path path : existing.filter(Files::isRegularFile).toList()) {
                    String relative = dir.relativize(path).toString().replace('\\', '/');
                    if (RuleSetSource.isRuleSetFile(relative)
                            && !version.files().containsKey(relative)) {
                        Files.delete(path);
                        removed.add(relative);
                    }
                }
            }
            for (var file : version.files().entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir.normalize())) {
                    throw new IllegalStateException("refusing to write outside " + dir + ": " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drools logs at debug level when nothing configured logging; the command prints its own lines.
     * Only the root level is lowered: {@code LoggingSystem.beforeInitialize()} would add Spring Boot's
     * suppress-everything filter, which only a later Spring start removes, so in a JVM that runs the
     * command beside a running application (the tests) every log line, errors included, was dropped.
     */
    private static void quietLogging() {
        LoggingSystem.get(RulesCommand.class.getClassLoader()).setLogLevel(null, LogLevel.WARN);
    }

    private static <T> T asAdministrator(java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
