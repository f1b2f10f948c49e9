package io.blindspot.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.blindspot.support.KaribuTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

// The log is read from the captured output, not a Logback appender: another test's context start
// resets Logback and would detach an appender added here.
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest extends KaribuTest {

    @Test
    void an_unexpected_error_shows_a_notification_whose_reference_is_the_one_in_the_log(CapturedOutput output) {
        login("executive");
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UnexpectedErrors.class);

        handler.error(new ErrorEvent(new IllegalStateException("a column was too small")));

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        String shown = NotificationsKt.getNotifications().get(0).getElement().getProperty("text");
        var matcher = Pattern.compile("reference ([0-9A-F]{8})").matcher(shown);
        assertThat(matcher.find()).as(shown).isTrue();
        assertThat(shown).contains("What was saved before is kept");
        assertThat(output.getOut() + output.getErr())
                .contains("Unexpected error in the UI, reference " + matcher.group(1))
                .contains("a column was too small");
    }
}
