package io.blindspot.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.AssessmentService;
import io.blindspot.rules.live.RuleBaseService;
import io.blindspot.rules.store.RuleSetHistory;
import io.blindspot.security.AccountService;
import io.blindspot.security.CurrentUser;
import io.blindspot.security.Role;
import io.blindspot.team.TeamService;
import io.blindspot.workshop.WorkshopService;
import jakarta.annotation.security.RolesAllowed;

/** The start page: one section per role the person holds, each with that person's real data. */
@Route("")
@PageTitle("Home · Blindspot")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@RolesAllowed({Role.EXECUTIVE_NAME, Role.FACILITATOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class HomeView extends VerticalLayout {

    HomeView(
            CurrentUser currentUser,
            AccountService accounts,
            AssessmentService assessments,
            WorkshopService workshops,
            TeamService teams,
            RuleSetHistory ruleSets,
            RuleBaseService ruleBase) {
        addClassName("home-view");
        add(new H2("Welcome, " + accounts.me().displayName()));
        if (currentUser.hasRole(Role.EXECUTIVE)) {
            add(new ExecutiveHomeSection(assessments.myAssessments()));
        }
        if (currentUser.hasRole(Role.FACILITATOR)) {
            add(new FacilitatorHomeSection(workshops.myWorkshops(), teams.teamsOfCurrentFacilitator()));
        }
        if (currentUser.hasRole(Role.HR)) {
            add(new RulesHomeSection(ruleSets.latest(), ruleBase.status()));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new AdminHomeSection(accounts.countUsers(), teams.count(), assessments.countResults()));
        }
        if (getComponentCount() == 1) {
            add(new Paragraph("Your account has no role yet. Ask an administrator to give you one."));
        }
    }
}
