package io.blindspot.workshop;

import io.blindspot.base.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invitation and reminder e-mails, sent only when SMTP is configured ({@code BLINDSPOT_MAIL_HOST}).
 * Without it nothing is sent and the portal shows the links to copy instead; a failed send is
 * reported to the facilitator the same way, never swallowed. The sending itself is {@link
 * OutgoingMail}'s, shared with the accounts administrators create.
 */
@Component
class WorkshopMail {

    private final OutgoingMail mail;
    private final String baseUrl;

    WorkshopMail(OutgoingMail mail, @Value("${blindspot.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean configured() {
        return mail.configured();
    }

    /** The portal's address for a path, for links in mails and notices. */
    String link(String path) {
        return baseUrl + "/" + path;
    }

    /** Sends one mail; returns whether it went out (false without SMTP or when sending failed). */
    boolean send(String to, String subject, String body) {
        return mail.send(to, subject, body);
    }
}
