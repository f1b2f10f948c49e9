package io.blindspot.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileMathTest {

    @Test
    void each_scale_alone_lands_in_its_own_corner_of_the_map() {
        assertThat(ProfileMath.fromScores(new ScaleScores(100, 0, 0, 0)).style())
                .isEqualTo(Style.D);
        assertThat(ProfileMath.fromScores(new ScaleScores(0, 100, 0, 0)).style())
                .isEqualTo(Style.I);
        assertThat(ProfileMath.fromScores(new ScaleScores(0, 0, 100, 0)).style())
                .isEqualTo(Style.S);
        assertThat(ProfileMath.fromScores(new ScaleScores(0, 0, 0, 100)).style())
                .isEqualTo(Style.C);
    }

    @Test
    void two_neighbouring_scales_make_a_blend_at_full_intensity() {
        Profile dominantAndInfluential = ProfileMath.fromScores(new ScaleScores(100, 100, 0, 0));

        assertThat(dominantAndInfluential.axes()).isEqualTo(new StyleAxes(0, 100));
        assertThat(dominantAndInfluential.style()).isEqualTo(Style.DI);
        assertThat(dominantAndInfluential.intensity()).isEqualTo(100);
        assertThat(ProfileMath.fromScores(new ScaleScores(0, 100, 100, 0)).style())
                .isEqualTo(Style.IS);
        assertThat(ProfileMath.fromScores(new ScaleScores(0, 0, 100, 100)).style())
                .isEqualTo(Style.SC);
        assertThat(ProfileMath.fromScores(new ScaleScores(100, 0, 0, 100)).style())
                .isEqualTo(Style.CD);
    }

    @Test
    void the_seed_teams_high_dominance_low_relationship_profile_is_task_focused_and_fast() {
        Profile profile = ProfileMath.fromScores(new ScaleScores(85, 35, 20, 65));

        // task (85 + 65)/2 = 75, people (35 + 20)/2 = 27.5; fast 60, moderate 42.5.
        assertThat(profile.axes()).isEqualTo(new StyleAxes(-47.5, 17.5));
        assertThat(profile.style()).isEqualTo(Style.CD);
    }

    @Test
    void a_profile_just_inside_the_balanced_threshold_is_balanced_and_just_outside_is_not() {
        // I − C = 14 → intensity 14 / √2 = 9.90; I − C = 15 → 10.61.
        assertThat(ProfileMath.fromScores(new ScaleScores(50, 57, 50, 43)).style())
                .isEqualTo(Style.BALANCED);
        assertThat(ProfileMath.fromScores(new ScaleScores(50, 57.5, 50, 42.5)).style())
                .isEqualTo(Style.I);
    }

    @ParameterizedTest(name = "{0}° → {1}")
    @CsvSource({
        "0, IS", "22.49, IS", "22.5, I", "45, I", "90, DI", "135, D", "157.5, CD", "180, CD",
        "225, C", "270, SC", "315, S", "337.49, S", "337.5, IS", "359.99, IS", "-45, S", "405, I"
    })
    void sectors_are_45_degrees_wide_and_include_their_lower_boundary(double angle, Style expected) {
        assertThat(ProfileMath.sectorAt(angle)).isEqualTo(expected);
    }

    @Test
    void every_sector_style_is_centred_where_the_style_enum_says() {
        for (Style style : Style.values()) {
            if (style != Style.BALANCED) {
                assertThat(ProfileMath.sectorAt(style.centreAngleDegrees())).isEqualTo(style);
            }
        }
        assertThat(Style.BALANCED.centreAngleDegrees()).isNaN();
    }

    @Test
    void every_style_has_a_name_a_description_and_behaviours_for_the_report() {
        for (Style style : Style.values()) {
            assertThat(style.label()).isNotBlank();
            assertThat(style.description()).hasSizeGreaterThan(200);
            assertThat(style.strengths()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> assertThat(s)
                    .isNotBlank());
            assertThat(style.watchOuts()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(s -> assertThat(s)
                    .isNotBlank());
        }
    }

    @Test
    void scores_outside_zero_to_hundred_are_rejected() {
        assertThatThrownBy(() -> new ScaleScores(101, 0, 0, 0)).hasMessageContaining("Dominance");
        assertThatThrownBy(() -> new ScaleScores(0, 0, Double.NaN, 0)).hasMessageContaining("Steadiness");
    }

    @Test
    void intensity_is_the_distance_from_the_centre() {
        StyleAxes axes = new StyleAxes(30, -40);

        assertThat(ProfileMath.intensityOf(axes)).isCloseTo(50, within(1e-12));
        assertThat(axes.angleDegrees()).isCloseTo(360 - 53.130, within(1e-3));
    }
}
