package io.blindspot.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blindspot.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BLINDSPOT_OIDC_ROLE_MAPPING and the groups claim as providers send it. */
class GroupRoleMappingTest {

    @Test
    void groups_give_the_roles_mapped_to_them_and_a_group_may_give_several() {
        var mapping = GroupRoleMapping.parse("leaders=EXECUTIVE; coaches=facilitator;coaches=EXECUTIVE,it=ADMIN");

        assertThat(mapping.rolesFor(List.of("coaches", "marketing")))
                .containsExactlyInAnyOrder(Role.FACILITATOR, Role.EXECUTIVE);
        assertThat(mapping.rolesFor(List.of("it"))).containsExactly(Role.ADMIN);
        assertThat(mapping.rolesFor(List.of("marketing", "Leaders")))
                .as("names compared exactly")
                .isEmpty();
    }

    @Test
    void a_mapping_that_cannot_be_read_stops_the_start_saying_which_entry() {
        assertThatThrownBy(() -> GroupRoleMapping.parse("leaders=BOSS")).hasMessageContaining("unknown role 'BOSS'");
        assertThatThrownBy(() -> GroupRoleMapping.parse("leaders")).hasMessageContaining("'leaders'");
        assertThatThrownBy(() -> GroupRoleMapping.parse(" ")).hasMessageContaining("is empty");
    }

    @Test
    void a_groups_claim_is_read_as_a_list_or_as_one_string_of_names() {
        assertThat(CompanyOidcUserService.groups(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(CompanyOidcUserService.groups("a b,c")).containsExactly("a", "b", "c");
        assertThat(CompanyOidcUserService.groups(null)).isEmpty();
    }
}
