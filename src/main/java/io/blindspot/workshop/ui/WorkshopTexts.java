package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Component;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.workshop.CommitmentStatus;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.NoticeView;
import io.blindspot.workshop.WorkshopStatus;
import java.util.regex.Pattern;

/**
 * The workshop values the services give as constants or English words (statuses, severities,
 * consent, notices), in the reader's language. Keys are built from the constants; {@code
 * WorkshopTextsTest} checks that every constant has its key in both bundles.
 */
final class WorkshopTexts {

    private static final Pattern PROGRESS = Pattern.compile("(\\d+) of (\\d+)");

    private WorkshopTexts() {}

    static String workshopStatus(Component in, WorkshopStatus status) {
        return in.getTranslation("workshop.status." + status.name());
    }

    static String consent(Component in, Consent consent) {
        return in.getTranslation("workshop.consent." + consent.name());
    }

    static String commitmentStatus(Component in, CommitmentStatus status) {
        return in.getTranslation("workshop.commitmentStatus." + status.name());
    }

    /** A commitment's status as the debrief carries it, e.g. {@code IN_PROGRESS}. */
    static String commitmentStatus(Component in, String status) {
        try {
            return commitmentStatus(in, CommitmentStatus.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            return status;
        }
    }

    /** A finding's severity: HIGH, MEDIUM, LOW or INFO. */
    static String severity(Component in, String severity) {
        String key = "workshop.severity." + severity;
        String text = in.getTranslation(key);
        return text.equals("!" + key + "!") ? severity : text;
    }

    /** A participant's questionnaire as the board says it: not started, n of N, submitted, flagged for quality. */
    static String participantStatus(Component in, String status) {
        var progress = PROGRESS.matcher(status);
        if (progress.matches()) {
            return in.getTranslation(
                    "workshop.participant.progress",
                    Integer.parseInt(progress.group(1)),
                    Integer.parseInt(progress.group(2)));
        }
        if (status.equals("not started")) {
            return in.getTranslation("workshop.participant.notStarted");
        }
        if (status.equals("submitted")) {
            return in.getTranslation("workshop.participant.submitted");
        }
        if (status.equals("flagged for quality")) {
            return in.getTranslation("workshop.participant.flagged");
        }
        return status;
    }

    /** An invitation or reminder in the reader's language; a kind without a text key keeps its stored text. */
    static String notice(Component in, NoticeView notice) {
        String key = notice.textKey();
        return key == null
                ? notice.message()
                : in.getTranslation(key, notice.textArguments(LocalDates.date(notice.deadline())));
    }

    /** Why no findings can be shown, with the engine's reason in the reader's language. */
    static String engineUnavailable(Component in, RuleEngineUnavailable problem) {
        return in.getTranslation("workshop.debrief.engineUnavailable", ProblemText.of(problem));
    }
}
