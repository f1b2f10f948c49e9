package io.blindspot.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail, sent only when SMTP is configured ({@code BLINDSPOT_MAIL_HOST}). Workshop
 * invitations and the accounts an administrator creates both send through here. Without SMTP, or
 * when a send fails, {@link #send} says so and the caller shows the link to copy instead: a failed
 * mail is never swallowed.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    OutgoingMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String host,
            @Value("${blindspot.mail.from:blindspot@localhost}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    public boolean configured() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    /** Sends one mail; returns whether it went out (false without SMTP, without an address, or when sending failed). */
    public boolean send(String to, String subject, String body) {
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
