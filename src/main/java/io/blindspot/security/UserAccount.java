package io.blindspot.security;

import io.blindspot.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who can log in. The password is stored only as a hash. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The company's OpenID Connect provider that signs this person in; null for a local account. */
    @Column(name = "sso_issuer")
    private String ssoIssuer;

    @Column(name = "sso_subject")
    private String ssoSubject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Replaces the password; the caller hashes it with the application's {@code PasswordEncoder}. */
    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Deactivated accounts cannot log in; the account and everything it owns stay. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** Replaces every role; the caller has checked that the last administrator keeps the role. */
    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the company's sign-on manages this account (its name, e-mail and roles). */
    public boolean isSignedOnByCompany() {
        return ssoSubject != null;
    }

    void linkToDirectory(String issuer, String subject) {
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
    }

    /** The company directory is the source of truth for a signed-on person's name, e-mail and roles. */
    void updateFromDirectory(String displayName, String email, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
