package io.blindspot.assessment;

import io.blindspot.assessment.Questionnaire.QuestionnaireItem;
import io.blindspot.assessment.instrument.Instrument;
import io.blindspot.base.InputRefused;
import io.blindspot.base.StateRefused;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking an assessment: open it, save each answer the moment it is given, submit once. Only the
 * assessment's owner may do any of it; that is checked here, whatever the client sends.
 */
@Service
public class AnswerService {

    static final String DEFAULT_LANGUAGE = "en";

    /** Open assessments remembered for saving answers; beyond this the memo starts again. */
    static final int MAX_SHEETS = 20_000;

    private final OwnedAssessments owned;
    private final AnswerRepository answers;
    private final AssessmentResultRepository results;
    private final InstrumentCatalog catalog;
    private final ResultScoring scoring;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final AnswerWriter writer;
    private final Map<Long, AnsweringSheet> answering = new ConcurrentHashMap<>();
    /** The statements as shown, per instrument version and language (versions never change). */
    private final Map<String, List<QuestionnaireItem>> statements = new ConcurrentHashMap<>();

    AnswerService(
            OwnedAssessments owned,
            AnswerRepository answers,
            AssessmentResultRepository results,
            InstrumentCatalog catalog,
            ResultScoring scoring,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            AnswerWriter writer) {
        this.owned = owned;
        this.answers = answers;
        this.results = results;
        this.catalog = catalog;
        this.scoring = scoring;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.writer = writer;
    }

    @RolesAllowed(Role.EXECUTIVE_NAME)
    @Transactional(readOnly = true)
    public Questionnaire openForAnswering(long assessmentId) {
        return openForAnswering(assessmentId, DEFAULT_LANGUAGE);
    }

    /** The statements in the given language (English when the instrument lacks it) and the saved answers. */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    @Transactional(readOnly = true)
    public Questionnaire openForAnswering(long assessmentId, String language) {
        var assessment = owned.forReading(assessmentId);
        requireOpen(assessment);
        Instrument instrument = catalog.instrumentOf(assessment.getInstrument());
        String lang = instrument.languages().contains(language) ? language : DEFAULT_LANGUAGE;
        // Shared by every session showing this version in this language: a session holds a reference, not a copy.
        var items = statements.computeIfAbsent(
                assessment.getInstrument().getId() + ":" + lang, key -> statementsOf(instrument, lang));
        Map<String, Integer> saved = answers.findByAssessmentId(assessmentId).stream()
                .collect(Collectors.toMap(Answer::getItemId, Answer::getValue, (a, b) -> b, HashMap::new));
        int firstUnanswered = IntStream.range(0, items.size())
                .filter(n -> !saved.containsKey(items.get(n).id()))
                .findFirst()
                .orElse(items.size());
        return new Questionnaire(
                assessmentId,
                instrument.title().getOrDefault(lang, assessment.getInstrument().getTitle()),
                instrument.scaleLabels().get(lang),
                items,
                saved,
                firstUnanswered);
    }

    /**
     * Stores one answer at once: inserts the item's row or updates it, with the time it was given.
     * Usually one statement in autocommit; the first answer of an assessment also marks it started,
     * in the same short transaction. No connection is held before or after.
     */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public SavedAnswer saveAnswer(long assessmentId, String itemId, int value) {
        if (value < 1 || value > 5) {
            throw new InputRefused("assessment.refused.outside-scale", value, itemId, assessmentId);
        }
        var sheet = answering.get(assessmentId);
        if (sheet == null) {
            sheet = sheetOf(owned.forReading(assessmentId));
        }
        if (sheet.instrument().item(itemId).isEmpty()) {
            throw new InputRefused(
                    "assessment.refused.unknown-item",
                    itemId,
                    sheet.instrument().id(),
                    sheet.instrument().version(),
                    assessmentId);
        }
        var now = clock.instant();
        String username = owned.username();
        boolean written;
        if (sheet.started()) {
            written = writer.upsert(assessmentId, username, itemId, value, now);
        } else {
            written = Boolean.TRUE.equals(transactions.execute(tx -> {
                boolean stored = writer.upsert(assessmentId, username, itemId, value, now);
                if (stored) {
                    writer.markStarted(assessmentId, now);
                }
                return stored;
            }));
            if (written) {
                answering.put(assessmentId, new AnsweringSheet(sheet.instrument(), true));
            }
        }
        if (!written) {
            // Not the owner's, gone, or submitted meanwhile: the checks below say which (and audit a refusal).
            answering.remove(assessmentId);
            requireOpen(owned.forReading(assessmentId));
            throw new StateRefused("assessment.refused.not-stored", itemId, assessmentId);
        }
        return new SavedAnswer(itemId, value, now);
    }

    /** List.copyOf, not Stream.toList: the record's own List.copyOf then keeps this very instance. */
    private static List<QuestionnaireItem> statementsOf(Instrument instrument, String lang) {
        return List.copyOf(IntStream.range(0, instrument.items().size())
                .mapToObj(n -> {
                    var item = instrument.items().get(n);
                    return new QuestionnaireItem(item.id(), n + 1, item.text().get(lang));
                })
                .toList());
    }

    /** What saving an answer needs to know of an open assessment; neither part changes back. */
    private AnsweringSheet sheetOf(Assessment assessment) {
        requireOpen(assessment);
        var sheet = new AnsweringSheet(
                catalog.instrumentOf(assessment.getInstrument()),
                assessment.getStatus() != AssessmentStatus.NOT_STARTED);
        if (answering.size() >= MAX_SHEETS) {
            answering.clear(); // a cache, not a record: entries are rebuilt from the database on demand
        }
        answering.put(assessment.getId(), sheet);
        return sheet;
    }

    /**
     * An open assessment's instrument (it never changes) and whether it is started (it never goes
     * back). The SQL checks owner and status on every answer; this only spares the read of them.
     */
    private record AnsweringSheet(Instrument instrument, boolean started) {}

    /**
     * Scores and closes the assessment, and announces it with {@link AssessmentSubmitted}. Refuses
     * while statements are unanswered. A second submit (a double click, a second tab, a replayed
     * request) returns the result the first one stored and announces nothing.
     *
     * @return the id of the stored result
     */
    @RolesAllowed(Role.EXECUTIVE_NAME)
    public long submit(long assessmentId) {
        try {
            return transactions.execute(tx -> submitOnce(assessmentId));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raceLost) {
            // Another request submitted between our read and our write: its result is the one.
            return transactions.execute(tx -> existingResult(assessmentId));
        }
    }

    private long submitOnce(long assessmentId) {
        var assessment = owned.forUpdate(assessmentId);
        if (assessment.getStatus() == AssessmentStatus.SUBMITTED) {
            return existingResult(assessmentId);
        }
        var given = answers.findByAssessmentId(assessmentId);
        var answeredIds = given.stream().map(Answer::getItemId).collect(Collectors.toSet());
        List<String> missing = catalog.instrumentOf(assessment.getInstrument()).items().stream()
                .map(i -> i.id())
                .filter(id -> !answeredIds.contains(id))
                .toList();
        if (!missing.isEmpty()) {
            throw new UnansweredItemsException(assessmentId, missing);
        }
        assessment.markSubmitted(clock.instant());
        var result = results.saveAndFlush(scoring.score(assessment, given));
        events.publishEvent(new AssessmentSubmitted(
                assessmentId,
                assessment.getUser().getId(),
                assessment.getUser().getUsername(),
                result.getId(),
                assessment.getSubmittedAt()));
        return result.getId();
    }

    private long existingResult(long assessmentId) {
        owned.forReading(assessmentId);
        return results.findByAssessmentId(assessmentId)
                .orElseThrow(() -> new StateRefused("assessment.refused.no-result", assessmentId))
                .getId();
    }

    private static void requireOpen(Assessment assessment) {
        if (assessment.getStatus() == AssessmentStatus.SUBMITTED) {
            throw new StateRefused("assessment.refused.submitted", assessment.getId());
        }
    }
}
