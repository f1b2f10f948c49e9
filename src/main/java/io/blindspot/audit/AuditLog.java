package io.blindspot.audit;

import io.blindspot.base.CsvCells;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as administrators read it: filtered by actor, subject, action and days, newest
 * first, and exported as CSV that a spreadsheet opens without running anything in it. Reading the
 * trail is itself not recorded: it holds who did what, not anyone's answers.
 */
@Service
@RolesAllowed(Role.ADMIN_NAME)
@Transactional(readOnly = true)
public class AuditLog {

    /** The most entries shown on screen; the export takes up to {@link #EXPORT_LIMIT}. */
    public static final int SCREEN_LIMIT = 500;

    public static final int EXPORT_LIMIT = 50_000;

    static final List<String> CSV_HEADER =
            List.of("occurred_at", "actor", "action", "subject_user_id", "target", "detail");

    private final AuditSearchRepository events;
    private final AccountService accounts;

    AuditLog(AuditSearchRepository events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    /**
     * What to look for; null or blank means any. {@code subject} is a username (its entries are
     * those about that account) or any text in the entry's target, such as {@code team:12}; the days
     * are inclusive, in the server's time zone.
     */
    public record Filter(String actor, String subject, String action, LocalDate fromDay, LocalDate toDay) {

        public static Filter any() {
            return new Filter(null, null, null, null, null);
        }
    }

    public List<AuditEntry> search(Filter filter) {
        return find(filter, SCREEN_LIMIT);
    }

    /** Every action that occurs in the trail, for the filter's choices. */
    public List<String> actions() {
        return events.actions();
    }

    /** The matching entries as CSV (UTF-8 text, a header row), formula-like cells neutralised. */
    public String csv(Filter filter) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(CSV_HEADER);
            for (AuditEntry e : find(filter, EXPORT_LIMIT)) {
                csv.printRecord(
                        e.occurredAt().toString(),
                        CsvCells.neutralise(e.actor()),
                        CsvCells.neutralise(e.action()),
                        e.subjectUserId() == null ? "" : e.subjectUserId().toString(),
                        CsvCells.neutralise(e.target()),
                        CsvCells.neutralise(e.detail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<AuditEntry> find(Filter filter, int limit) {
        String subject = blankToNull(filter.subject());
        Long subjectId = subject == null
                ? null
                : accounts.findAccount(subject).map(a -> a.getId()).orElse(null);
        String subjectText = subject == null ? null : "%" + escape(subject.toLowerCase(Locale.ROOT)) + "%";
        String actor = blankToNull(filter.actor());
        ZoneId zone = ZoneId.systemDefault();
        return events
                .search(
                        actor == null ? null : actor.toLowerCase(Locale.ROOT),
                        blankToNull(filter.action()),
                        subjectId,
                        subjectText,
                        filter.fromDay() == null
                                ? null
                                : filter.fromDay().atStartOfDay(zone).toInstant(),
                        filter.toDay() == null
                                ? null
                                : filter.toDay().plusDays(1).atStartOfDay(zone).toInstant(),
                        PageRequest.of(0, limit))
                .stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
