package io.blindspot.workshop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Invitation and reminder e-mails, sent only when SMTP is configured ({@code BLINDSPOT_MAIL_HOST}).
 * Without it nothing is sent and the portal shows the links to copy instead; a failed send is
 * reported to the facilitator the same way, never swallowed.
 */
@Component
class WorkshopMail {

    private static final Logger log = LoggerFactory.getLogger(WorkshopMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final String baseUrl;

    WorkshopMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String host,
            @Value("${blindspot.mail.from:blindspot@localhost}") String from,
            @Value("${blindspot.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.host = host;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean configured() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    /** The portal's address for a path, for links in mails and notices. */
    String link(String path) {
        return baseUrl + "/" + path;
    }

    /** Sends one mail; returns whether it went out (false without SMTP or when sending failed). */
    boolean send(String to, String subject, String body) {
        if (!configured() || to == null || to.isBlank()) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.getObject().send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }
}
