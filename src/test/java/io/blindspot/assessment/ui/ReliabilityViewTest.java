package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.scoring.Scale;
import io.blindspot.scoring.ScaleReliability;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;

class ReliabilityViewTest extends KaribuTest {

    @Test
    void hr_sees_the_demo_instrument_with_twelve_results_and_an_alpha_for_every_scale() {
        login("hr");

        navigate("admin/reliability");

        var view = _get(ReliabilityView.class);
        var row = view.versions
                .getGenericDataView()
                .getItems()
                .filter(r -> r.instrumentKey().equals("workplace-style") && r.version() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(row.n()).isEqualTo(12);
        assertThat(row.scales()).hasSize(4).allSatisfy(s -> assertThat(s.isDefined())
                .isTrue());
        assertThat(view.getElement().getTextRecursively()).contains("Cronbach’s alpha", "0.7");
        assertThat(row.scales())
                .allSatisfy(s -> assertThat(ReliabilityView.cell(s).getText()).startsWith("not enough results yet"));
    }

    @Test
    void an_admin_opens_it_too() {
        login("admin");

        navigate("admin/reliability");

        _get(ReliabilityView.class);
    }

    @Test
    void an_executive_cannot_open_it() {
        login("executive");

        navigate("admin/reliability");

        assertThatThrownBy(() -> _get(ReliabilityView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void a_weak_alpha_is_marked_with_a_badge_and_an_undefined_one_says_so() {
        var weak = ReliabilityView.cell(ScaleReliability.of(Scale.D, 0.52, 30));
        var strong = ReliabilityView.cell(ScaleReliability.of(Scale.I, 0.84, 30));
        var undefined = ReliabilityView.cell(ScaleReliability.of(Scale.S, Double.NaN, 1));

        assertThat(weak.getText()).isEqualTo("0.52 weak");
        assertThat(weak.getClassNames()).contains("reliability-weak");
        assertThat(weak.getElement().getThemeList()).contains("badge", "error");
        assertThat(strong.getText()).isEqualTo("0.84");
        assertThat(strong.getClassNames()).doesNotContain("reliability-weak");
        assertThat(undefined.getText()).isEqualTo("not enough results yet (n = 1, 30 needed)");
    }

    @Test
    void an_alpha_on_fewer_than_thirty_results_is_not_shown_as_a_number() {
        var few = ReliabilityView.cell(ScaleReliability.of(Scale.D, 0.83, 12));

        assertThat(few.getText()).isEqualTo("not enough results yet (n = 12, 30 needed)");
        assertThat(few.getText()).doesNotContain("0.83");
    }
}
