package io.blindspot.team;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A leadership team whose profiles are read together by the rule base. */
@Entity
@Table(name = "team")
public class Team extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TeamMembership> memberships = new ArrayList<>();

    protected Team() {}

    public Team(String name, String organisation, Instant createdAt) {
        this.name = name;
        this.organisation = organisation;
        this.createdAt = createdAt;
    }

    public TeamMembership addMember(UserAccount user, TeamRole role, String jobTitle) {
        var membership = new TeamMembership(this, user, role, jobTitle);
        memberships.add(membership);
        return membership;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public List<TeamMembership> getMemberships() {
        return List.copyOf(memberships);
    }

    public Optional<TeamMembership> leader() {
        return memberships.stream()
                .filter(m -> m.getTeamRole() == TeamRole.LEADER)
                .findFirst();
    }
}
