package io.blindspot.load;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, printed for a person and for docs/performance.md. */
final class LoadReport {

    private final LoadSettings settings;
    private final LoadRun.Result result;
    private final Measurements m;
    private final PrintStream out;

    LoadReport(LoadSettings settings, LoadRun.Result result, Measurements measurements, PrintStream out) {
        this.settings = settings;
        this.result = result;
        this.m = measurements;
        this.out = out;
    }

    void print(DatabaseCheck.Result database, String databaseProblem) {
        double seconds = result.answeringTook().toNanos() / 1e9;
        line(
                "Load test: %d respondents (%s .. %s) at %s",
                result.respondents(),
                settings.username(settings.first()),
                settings.username(settings.first() + settings.respondents() - 1),
                settings.url());
        line(
                "  each answers one statement every %s (±%.0f%%) for %s; response timeout %s",
                human(settings.interval()),
                settings.jitter() * 100,
                human(settings.duration()),
                human(settings.timeout()));
        line("");
        line("Opening (login page, form login, home page, questionnaire):");
        line(
                "  opened                   %d of %d in %.1f s, %d at a time",
                result.opened(),
                result.respondents(),
                result.openingTook().toNanos() / 1e9,
                settings.openConcurrency());
        line("  time per respondent      %s", millis(m.openTimes.percentiles()));
        line("  errors                   %s", errors(m.openErrors));
        line("");
        line(
                "Answering (answers planned in a %.0f s window; the last response came %.1f s after it):",
                result.window().toNanos() / 1e9, seconds - result.window().toNanos() / 1e9);
        line("  answers sent             %,d", m.answersSent.sum());
        line("  acknowledged             %,d", m.answersAcknowledged.sum());
        line(
                "  answers/s                %.1f acknowledged, %.1f wanted (%d respondents / %s)",
                m.answersAcknowledged.sum() / seconds,
                result.opened() / (settings.interval().toNanos() / 1e9),
                result.opened(),
                human(settings.interval()));
        line("  answer round trip        %s", millis(m.answerRoundTrips.percentiles()));
        line("  errors                   %s", errors(m.answerErrors));
        line("  page changes (Next)      %s", millis(m.pageChanges.percentiles()));
        line("  other request errors     %s", errors(m.otherErrors));
        line(
                "  reloads after errors     %,d; heartbeats %,d; submitted %,d",
                m.reloads.sum(), m.heartbeats.sum(), m.submitted.sum());
        line("  respondents              %s", endings(result.endings()));
        line("");
        line("Driver:");
        line("  send lag against plan    %s", millis(m.sendLag.percentiles()));
        var cpu = result.cpu();
        line(
                "  driver CPU               %.2f cores, of which %.2f sending and reading requests (the rest JIT and GC)",
                cpu.driverCores(), cpu.requestThreadCores());
        line(
                "  whole machine            %s",
                cpu.machineLoad() < 0
                        ? "unknown"
                        : String.format(
                                Locale.ROOT,
                                "%.0f%% busy on %d cores",
                                cpu.machineLoad() * 100,
                                Runtime.getRuntime().availableProcessors()));
        line("");
        if (database != null) {
            line("Database (%s):", settings.database().orElseThrow().url());
            line(
                    "  answers stored           %,d for these questionnaires (%,d of them from before the run)",
                    database.stored(), database.storedBefore());
            line("  acknowledged, not stored %,d", database.missing());
            line("  stored, never acknowledged %,d", database.unacknowledged());
            if (database.unknown() > 0) {
                line("  not checked              %d respondents whose questionnaire id is unknown", database.unknown());
            }
        } else {
            line("Database: %s", databaseProblem);
        }
        line("");
        line("Verdict: %s", verdict(database));
    }

    private String verdict(DatabaseCheck.Result database) {
        long errors = m.openErrors.total() + m.answerErrors.total() + m.otherErrors.total();
        if (errors == 0 && database != null && database.missing() == 0) {
            return "clean: no errors, every acknowledged answer is in the database";
        }
        if (errors == 0 && database == null) {
            return "no errors (stored answers not checked: give -Dload.db.url)";
        }
        return String.format(
                "NOT clean: %,d errors%s",
                errors,
                database == null
                        ? ""
                        : String.format(", %,d acknowledged answers missing from the database", database.missing()));
    }

    private static String millis(Percentiles p) {
        if (p.count() == 0) {
            return "none";
        }
        return String.format(
                Locale.ROOT,
                "p50 %s, p95 %s, p99 %s, max %s (%,d)",
                ms(p.p50()),
                ms(p.p95()),
                ms(p.p99()),
                ms(p.max()),
                p.count());
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static String errors(ErrorCounts errors) {
        if (errors.total() == 0) {
            return "none";
        }
        var text = new StringBuilder();
        errors.byKind()
                .forEach((kind, count) -> text.append(String.format(
                        "%n      %-18s %,6d  (%s; first: %s)",
                        kind.label(), count, kind.meaning(), errors.firstDetail(kind))));
        return String.format("%,d", errors.total()) + text;
    }

    private static String endings(Map<VirtualRespondent.Ending, Integer> endings) {
        return String.format(
                "%d answered until the end, %d ran out of statements, %d gave up (their %d reloads failed)",
                endings.getOrDefault(VirtualRespondent.Ending.TIME_UP, 0),
                endings.getOrDefault(VirtualRespondent.Ending.OUT_OF_STATEMENTS, 0),
                endings.getOrDefault(VirtualRespondent.Ending.LOST, 0),
                VirtualRespondent.MAX_RELOADS);
    }

    private static String human(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
