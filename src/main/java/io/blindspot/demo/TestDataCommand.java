package io.blindspot.demo;

import io.blindspot.demo.TestRespondents.Respondent;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code java -jar blindspot.jar testdata respondents --count N --prefix P --password PW}: creates
 * load-test respondents in the database the server uses (same BLINDSPOT_DB_* settings), without
 * starting a web server, and prints what it did. Exit code 0 when done, 2 for a usage error, 1 when
 * the work failed (the message says why).
 */
public final class TestDataCommand {

    /** Who the audit trail names for what this command does. */
    static final String ACTOR = "testdata";

    static final String USAGE =
            """
            Usage: java -jar blindspot.jar testdata respondents --count N --prefix PREFIX --password PASSWORD

              Creates the executives PREFIX-1 .. PREFIX-N with the given password (at least 12
              characters) and gives each an unfinished questionnaire of the current instrument
              version. Accounts and unfinished questionnaires that already exist are kept as they
              are, answers included. Uses the server's database settings (BLINDSPOT_DB_URL,
              BLINDSPOT_DB_USER, BLINDSPOT_DB_PASSWORD, SPRING_PROFILES_ACTIVE).""";

    private TestDataCommand() {}

    /**
     * Runs the command; {@code arguments} start with the command's own name ({@code testdata}).
     *
     * @return the process exit code
     */
    public static int run(Class<?> application, String... arguments) {
        return run(application, System.out, System.err, arguments);
    }

    static int run(Class<?> application, PrintStream out, PrintStream err, String... arguments) {
        var args = Arrays.asList(arguments);
        RespondentsRequest request;
        try {
            if (args.size() < 2 || !args.get(1).equals("respondents")) {
                throw new RespondentsRequest.UsageError("say what to create: testdata respondents ...");
            }
            request = RespondentsRequest.parse(args.subList(2, args.size()));
        } catch (RespondentsRequest.UsageError wrong) {
            err.println("testdata: " + wrong.getMessage());
            err.println(USAGE);
            return 2;
        }
        // The security configuration needs a web application context; port -1 builds one without a
        // server. As an argument it outranks PORT and server.port from the environment.
        try (var context = new SpringApplicationBuilder(application)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run("--server.port=-1")) {
            var respondents =
                    asAdministrator(() -> context.getBean(TestRespondents.class).create(request));
            print(request, respondents, out);
            return 0;
        } catch (RuntimeException failed) {
            err.println("testdata: could not create the respondents: " + rootMessage(failed));
            return 1;
        }
    }

    /** The command acts as an administrator would, so the services' own role checks apply unchanged. */
    private static <T> T asAdministrator(Supplier<T> work) {
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

    static void print(RespondentsRequest request, List<Respondent> respondents, PrintStream out) {
        for (Respondent r : respondents) {
            out.println(line(r));
        }
        long accountsCreated =
                respondents.stream().filter(Respondent::accountCreated).count();
        long assigned = respondents.stream()
                .filter(r -> r.assessment().map(a -> a.newlyAssigned()).orElse(false))
                .count();
        long kept = respondents.stream()
                .filter(r -> r.assessment().map(a -> !a.newlyAssigned()).orElse(false))
                .count();
        long skipped =
                respondents.stream().filter(r -> r.assessment().isEmpty()).count();
        out.printf(
                "Respondents %s .. %s: accounts created %d, existing %d; questionnaires assigned %d,"
                        + " unfinished ones kept %d%s.%n",
                request.username(1),
                request.username(request.count()),
                accountsCreated,
                respondents.size() - accountsCreated,
                assigned,
                kept,
                skipped == 0 ? "" : "; skipped (not executives) " + skipped);
    }

    private static String line(Respondent r) {
        String account = r.accountCreated() ? "account created" : "account existed";
        return r.assessment()
                .map(a -> a.newlyAssigned()
                        ? String.format("%s\t%s\tassessment %d assigned", r.username(), account, a.assessmentId())
                        : String.format(
                                "%s\t%s\tassessment %d kept (%d of %d answered)",
                                r.username(), account, a.assessmentId(), a.answered(), a.statements()))
                .orElse(r.username() + "\t" + account + "\tskipped: not an executive");
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
