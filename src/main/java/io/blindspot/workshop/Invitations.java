package io.blindspot.workshop;

import io.blindspot.base.Formats;
import io.blindspot.base.Messages;
import io.blindspot.security.AccountLanguage;
import io.blindspot.security.UserAccount;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Invites or reminds one person: a notice on their home page and, with SMTP, an e-mail. The e-mail
 * is written in the language the person chose for the portal; without a choice it is English, since
 * a mail cannot know the browser the person will read it in. The notice is worded again whenever it
 * is shown, in the reader's language ({@link NoticeView}); the English text stored with it is what
 * the person's data export shows.
 */
@Component
class Invitations {

    private final NoticeRepository notices;
    private final WorkshopMail mail;
    private final AccountLanguage languages;
    private final Clock clock;

    Invitations(NoticeRepository notices, WorkshopMail mail, AccountLanguage languages, Clock clock) {
        this.notices = notices;
        this.mail = mail;
        this.languages = languages;
        this.clock = clock;
    }

    /** Sends an invitation ({@code INVITATION}) or a reminder ({@code REMINDER}). */
    Invitation send(Workshop workshop, UserAccount person, String link, String kind) {
        var notice = NoticeView.of(workshop, kind, null, link, clock.instant());
        notices.save(new Notice(workshop, person, kind, text(notice, Messages.ENGLISH), link, notice.createdAt()));

        Locale language = languages.of(person.getUsername()).orElse(Messages.ENGLISH);
        String subject = Messages.text(
                kind.equals(NoticeView.REMINDER) ? "workshop.mail.reminderSubject" : "workshop.mail.invitationSubject",
                language,
                workshop.getTitle());
        String body =
                Messages.text("workshop.mail.body", language, person.getDisplayName(), text(notice, language), link);
        boolean mailed = mail.send(person.getEmail(), subject, body);
        return new Invitation(person.getDisplayName(), person.getEmail(), link, mailed);
    }

    private static String text(NoticeView notice, Locale language) {
        return Messages.text(
                notice.textKey(), language, notice.textArguments(Formats.date(notice.deadline(), language)));
    }
}
