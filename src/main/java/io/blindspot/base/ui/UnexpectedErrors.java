package io.blindspot.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every session's Vaadin error handler: an unexpected error in a view is logged with a short
 * reference and the person sees a notification with the same reference, instead of Vaadin's
 * default, which only logs and leaves the screen as if nothing happened.
 */
@Component
public class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = newReference();
        log.error("Unexpected error in the UI, reference {}", reference, event.getThrowable());
        // Called on the request thread with the session locked; without a UI (a background task) the log is all.
        if (UI.getCurrent() != null) {
            show(reference);
        }
    }

    static Notification show(String reference) {
        var notification = new Notification(
                I18NProvider.translate("base.error.unexpected", reference), 0, Notification.Position.MIDDLE);
        notification.addClassName("unexpected-error");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        notification.setDuration(15_000);
        notification.open();
        return notification;
    }

    static String newReference() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
