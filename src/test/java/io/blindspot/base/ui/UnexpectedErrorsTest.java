package io.blindspot.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.support.KaribuTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UnexpectedErrorsTest extends KaribuTest {

    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedErrors.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void an_unexpected_error_shows_a_notification_whose_reference_is_the_one_in_the_log() {
        login("executive");
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UnexpectedErrors.class);

        handler.error(new ErrorEvent(new IllegalStateException("a column was too small")));

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        String shown = NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
        var matcher = Pattern.compile("reference ([0-9A-F]{8})").matcher(shown);
        assertThat(matcher.find()).as(shown).isTrue();
        assertThat(shown).contains("What was saved before is kept");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).endsWith("reference " + matcher.group(1));
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("a column was too small");
        });
    }
}
