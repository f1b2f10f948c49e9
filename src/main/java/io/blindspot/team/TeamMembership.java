package io.blindspot.team;

import io.blindspot.base.AbstractEntity;
import io.blindspot.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "team_membership")
public class TeamMembership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole teamRole;

    @Column(name = "job_title")
    private String jobTitle;

    protected TeamMembership() {}

    TeamMembership(Team team, UserAccount user, TeamRole teamRole, String jobTitle) {
        this.team = team;
        this.user = user;
        this.teamRole = teamRole;
        this.jobTitle = jobTitle;
    }

    public Team getTeam() {
        return team;
    }

    public UserAccount getUser() {
        return user;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
