package io.blindspot.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.base.ui.HomeSection;
import io.blindspot.security.AccountService;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import org.springframework.security.core.Authentication;

/**
 * Administrators see how much is in the system. The figures span accounts, teams and results, so
 * this one section belongs to the shell, which may use every feature.
 */
@SpringComponent
class AdminHome implements HomeSection {

    private final AccountService accounts;
    private final TeamService teams;
    private final AssessmentService assessments;

    AdminHome(AccountService accounts, TeamService teams, AssessmentService assessments) {
        this.accounts = accounts;
        this.teams = teams;
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean appliesTo(Authentication user) {
        return Role.ADMIN.heldBy(user);
    }

    @Override
    public Component create() {
        return new AdminHomeSection(accounts.countUsers(), teams.count(), assessments.countResults());
    }
}
