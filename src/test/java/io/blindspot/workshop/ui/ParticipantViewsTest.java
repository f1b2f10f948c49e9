package io.blindspot.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.KaribuTest;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.ConsentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a participant does on their home page: choose what to share. */
class ParticipantViewsTest extends KaribuTest {

    @Autowired
    ConsentService consents;

    @Test
    void a_participant_changes_their_consent_on_the_home_page_until_the_reveal() {
        login("jonas"); // in the Product leadership team day, not revealed yet

        var section = _get(ParticipantHomeSection.class);
        var choice = section.consentChoices.get(0);
        assertThat(choice.getValue()).isEqualTo(Consent.AGGREGATE_ONLY);
        assertThat(choice.isReadOnly()).isFalse();

        _setValue(choice, Consent.SHARE);

        assertThat(consents.myConsents())
                .anySatisfy(c -> assertThat(c.consent()).isEqualTo(Consent.SHARE));
        _setValue(choice, Consent.AGGREGATE_ONLY);
        assertThat(consents.myConsents())
                .allSatisfy(c -> assertThat(c.consent()).isEqualTo(Consent.AGGREGATE_ONLY));
    }

    @Test
    void after_the_reveal_the_choice_is_fixed_and_the_debrief_is_linked() {
        login("tom"); // in the revealed Sales leadership offsite

        var section = _get(ParticipantHomeSection.class);

        assertThat(section.consentChoices.get(0).isReadOnly()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("Open the team debrief");
    }
}
