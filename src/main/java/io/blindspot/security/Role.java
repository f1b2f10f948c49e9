package io.blindspot.security;

import org.springframework.security.core.Authentication;

/** The four roles. A person may hold several. */
public enum Role {
    EXECUTIVE("Executive"),
    FACILITATOR("Facilitator"),
    HR("HR / rules author"),
    ADMIN("Administrator");

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final String EXECUTIVE_NAME = "EXECUTIVE";

    public static final String FACILITATOR_NAME = "FACILITATOR";
    public static final String HR_NAME = "HR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this logged-in person holds the role. */
    public boolean heldBy(Authentication user) {
        return user != null
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority()));
    }
}
