package io.blindspot.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Server-side UI tests with Karibu: the real Spring context and database, Vaadin without a
 * browser. {@link #login} puts a demo account into the security context and into the fake
 * request, where Vaadin's view access control looks for it.
 */
@BlindspotSpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("io.blindspot");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    var auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth != null && auth.isAuthenticated() ? auth : null;
                }
            };
            request.setUserInRole((principal, role) -> {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null
                        && auth.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in as a demo account and opens the start page, as a browser does after the login form. */
    protected void login(String username) {
        var user = users.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
