package io.blindspot.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any unexpected failure while showing a view: a friendly page with a reference the support team
 * can find in the log. The stack trace goes to the log, never to the browser.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        add(new H2(getTranslation("shell.error.heading")));
        add(new Paragraph(getTranslation("shell.error.text")));
        add(reference, new Anchor("", getTranslation("shell.error.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while showing {}", id, event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText(getTranslation("shell.error.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
