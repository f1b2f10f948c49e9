package io.blindspot.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.Explained;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a view tells the person about a step that was refused, in their language. A refusal that
 * carries a text key ({@link Explained}) is said in its own words; a denied permission says so; any
 * other exception's message was written for developers (and in English), so the person gets the
 * general text with a reference and the log gets the exception under the same reference.
 */
public final class ProblemText {

    private static final Logger log = LoggerFactory.getLogger(ProblemText.class);

    private ProblemText() {}

    public static String of(Throwable problem) {
        if (problem instanceof Explained explained) {
            return I18NProvider.translate(explained.messageKey(), explained.messageArguments());
        }
        if (problem instanceof AccessDeniedException) {
            return I18NProvider.translate("base.error.forbidden");
        }
        String reference = UnexpectedErrors.newReference();
        log.error("Refused step without a text for the person, reference {}", reference, problem);
        return I18NProvider.translate("base.error.unexpected", reference);
    }
}
