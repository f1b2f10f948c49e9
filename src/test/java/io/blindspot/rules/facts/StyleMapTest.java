package io.blindspot.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The style map must agree with the scoring module's conventions, which it copies. */
class StyleMapTest {

    @Test
    void the_axes_are_people_minus_task_and_fast_minus_moderate() {
        // D 85, I 40, S 20, C 55: task (85+55)/2 = 70, people (40+20)/2 = 30, fast 62.5, moderate 37.5
        assertThat(StyleMap.peopleVsTask(85, 40, 20, 55)).isEqualTo(-40.0);
        assertThat(StyleMap.pace(85, 40, 20, 55)).isEqualTo(25.0);
    }

    @Test
    void pure_profiles_land_in_their_own_corner() {
        assertThat(style(100, 0, 0, 0)).isEqualTo("D"); // top-left
        assertThat(style(0, 100, 0, 0)).isEqualTo("I"); // top-right
        assertThat(style(0, 0, 100, 0)).isEqualTo("S"); // bottom-right
        assertThat(style(0, 0, 0, 100)).isEqualTo("C"); // bottom-left
    }

    @Test
    void blends_sit_on_the_axes_between_two_corners() {
        assertThat(style(100, 100, 0, 0)).isEqualTo("DI");
        assertThat(style(0, 100, 100, 0)).isEqualTo("IS");
        assertThat(style(0, 0, 100, 100)).isEqualTo("SC");
        assertThat(style(100, 0, 0, 100)).isEqualTo("CD");
    }

    @Test
    void a_profile_near_the_centre_is_balanced() {
        assertThat(style(50, 55, 50, 48)).isEqualTo("BALANCED");
        assertThat(StyleMap.intensity(6, 7)).isCloseTo(9.22, within(0.01));
    }

    @Test
    void sector_boundaries_belong_to_the_sector_counter_clockwise_above_them() {
        // 22.5 degrees belongs to I, not IS, as in the scoring module
        double x = 50 * Math.cos(Math.toRadians(22.5));
        double y = 50 * Math.sin(Math.toRadians(22.5));
        assertThat(StyleMap.style(x, y)).isEqualTo("I");
    }

    private static String style(double d, double i, double s, double c) {
        return StyleMap.style(StyleMap.peopleVsTask(d, i, s, c), StyleMap.pace(d, i, s, c));
    }
}
