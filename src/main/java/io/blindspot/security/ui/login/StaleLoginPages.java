package io.blindspot.security.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Closes the login page's UI once its person is logged in. The form posts to Spring Security, the
 * browser leaves the page, but the server would keep that UI in the session until three heartbeats
 * were missed (15 minutes): measured through real HTTP sessions it was a large part of what every
 * participant's session held (docs/performance.md). The first UI of the logged-in person closes
 * the session's login UIs; Vaadin removes closed UIs at the end of the request.
 */
@Component
class StaleLoginPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var request = VaadinRequest.getCurrent();
            if (request == null || request.getUserPrincipal() == null) {
                return;
            }
            UI opened = init.getUI();
            for (UI other : opened.getSession().getUIs()) {
                if (other != opened && showsLogin(other)) {
                    other.close();
                }
            }
        });
    }

    private static boolean showsLogin(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
