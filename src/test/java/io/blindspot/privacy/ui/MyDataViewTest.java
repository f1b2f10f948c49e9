package io.blindspot.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.support.KaribuTest;
import org.junit.jupiter.api.Test;

class MyDataViewTest extends KaribuTest {

    @Test
    void a_person_sees_what_is_stored_about_them_and_can_download_all_of_it() {
        login("dana");
        UI.getCurrent().navigate("my-data");
        var view = _get(MyDataView.class);

        assertThat(view.account.getText()).contains("Dana Whitfield", "(dana)", "dana@northwind.example", "EXECUTIVE");
        assertThat(view.counts.getText())
                .contains("1 assessment(s)", "1 result(s)", "1 team(s)", "1 consent(s)", "1 commitment(s)");
        assertThat(view.counts.getText()).doesNotContain(" 0 answer(s)");
        assertThat(view.json.getText()).isEqualTo("Download as JSON");
        assertThat(view.json.getHref()).isNotBlank();
        assertThat(view.pdf.getText()).isEqualTo("Download as PDF");
        assertThat(view.pdf.getHref()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).contains("To have your data erased, ask an administrator");
    }

    @Test
    void every_role_has_the_page_even_without_any_assessment() {
        login("hr");
        UI.getCurrent().navigate("my-data");
        var view = _get(MyDataView.class);

        assertThat(view.account.getText()).contains("Hanna Roth", "HR");
        assertThat(view.counts.getText()).startsWith("0 assessment(s), 0 answer(s), 0 result(s)");
    }
}
