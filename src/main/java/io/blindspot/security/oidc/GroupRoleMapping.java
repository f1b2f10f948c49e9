package io.blindspot.security.oidc;

import io.blindspot.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which company groups give which Blindspot roles, from {@code BLINDSPOT_OIDC_ROLE_MAPPING}: entries
 * {@code group=ROLE} separated by {@code ;} or {@code ,}, e.g.
 * {@code leadership=EXECUTIVE;coaches=FACILITATOR;people-team=HR;it-admins=ADMIN}. A group may give
 * several roles ({@code coaches=FACILITATOR;coaches=EXECUTIVE}); group names are compared exactly.
 */
record GroupRoleMapping(Map<String, Set<Role>> rolesByGroup) {

    static GroupRoleMapping parse(String text) {
        var rolesByGroup = new LinkedHashMap<String, Set<Role>>();
        for (String entry : text.split("[;,]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "BLINDSPOT_OIDC_ROLE_MAPPING: '" + entry.strip() + "' is not of the form group=ROLE");
            }
            String group = entry.substring(0, eq).strip();
            String roleName = entry.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("BLINDSPOT_OIDC_ROLE_MAPPING: unknown role '" + roleName
                        + "' for group '" + group + "'; roles are EXECUTIVE, FACILITATOR, HR, ADMIN");
            }
            rolesByGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role);
        }
        if (rolesByGroup.isEmpty()) {
            throw new IllegalArgumentException("BLINDSPOT_OIDC_ROLE_MAPPING is empty: with company sign-on on, it"
                    + " must say which groups give which roles, e.g. leadership=EXECUTIVE;it-admins=ADMIN");
        }
        return new GroupRoleMapping(Map.copyOf(rolesByGroup));
    }

    /** The roles these groups give together; empty if none of them is mapped. */
    Set<Role> rolesFor(Collection<String> groups) {
        var roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
        }
        return roles;
    }
}
