package io.blindspot.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.audit.AuditEntry;
import io.blindspot.audit.AuditTrail;
import io.blindspot.support.KaribuTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    AuditTrail trail;

    @Test
    void an_admin_filters_the_trail_and_gets_an_export_link() {
        trail.record("audit-view-actor", "VIEW_TEST", null, "team:5", "seen in the view");
        login("admin");
        navigate("admin/audit");
        var view = _get(AuditView.class);

        _setValue(view.actor, "audit-view-actor");
        _click(view.apply);

        assertThat(view.entries.getListDataView().getItems().toList())
                .extracting(AuditEntry::detail)
                .containsExactly("seen in the view");
        assertThat(view.summary.getText()).isEqualTo("1 matching entries.");
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void a_first_day_after_the_last_is_refused_with_a_message() {
        login("admin");
        navigate("admin/audit");
        var view = _get(AuditView.class);

        _setValue(view.from, LocalDate.now());
        _setValue(view.to, LocalDate.now().minusDays(3));
        _click(view.apply);

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.summary.getText()).isEqualTo("The first day is after the last one.");
    }
}
