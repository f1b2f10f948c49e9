package io.blindspot.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Opens many Vaadin sessions on one mock servlet, as one server holds many browsers: each session
 * gets its own UI showing the questionnaire of one assessment. The servlet and its service are
 * shared, so what a session retains is the session's own cost only.
 */
final class QuestionnaireSessions {

    private final MockSpringServlet servlet;
    private final Function0<UI> uiFactory = UI::new;
    private final UserDetailsService users;

    QuestionnaireSessions(ApplicationContext context) {
        this.servlet = new MockSpringServlet(new Routes().autoDiscoverViews("io.blindspot"), context, uiFactory);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** Logs this thread in as the given demo account. */
    void loginOnThisThread(String username) {
        var user = users.loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
    }

    /** A new session on this thread left on the start page, for comparison with a questionnaire session. */
    VaadinSession openEmpty() {
        MockVaadin.setup(uiFactory, servlet);
        return VaadinSession.getCurrent();
    }

    /** A new session on this thread, showing the questionnaire of the assessment; it stays current. */
    Opened open(long assessmentId) {
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().navigate("assessment/" + assessmentId);
        respond();
        return new Opened(VaadinSession.getCurrent(), _get(QuestionnaireView.class));
    }

    /**
     * What writing the response to the browser does to the server state: pending changes and
     * JavaScript calls are handed over and forgotten. Karibu has no browser, so this is done here;
     * without it every change since the session began would stay queued.
     */
    static void respond() {
        MockVaadin.clientRoundtrip();
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().collectChanges(change -> {});
        internals.dumpPendingJavaScriptInvocations();
    }

    /** An open session and the questionnaire it shows. */
    record Opened(VaadinSession session, QuestionnaireView view) {}
}
