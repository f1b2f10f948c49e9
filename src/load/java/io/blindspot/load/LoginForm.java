package io.blindspot.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login as the browser does it: the login view's page carries Spring Security's CSRF token in
 * meta tags, and the form posts it with the username and password. A login that works redirects
 * away from the login page.
 */
final class LoginForm {

    private static final Pattern META = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\"");

    private LoginForm() {}

    /** Loads the login view (a UI in the session, as in a browser), posts the form, fails unless logged in. */
    static CompletableFuture<Void> logIn(HttpSession http, String username, String password) {
        return VaadinUi.open(http, "login")
                .thenCompose(view ->
                        http.postForm("login", fields(view.page(), http.cookie("XSRF-TOKEN"), username, password)))
                .thenAccept(reply -> {
                    String location = reply.location();
                    if (reply.status() != 302 || location.contains("error") || location.endsWith("login")) {
                        throw new LoadFailure(
                                ErrorKind.LOGIN_REFUSED,
                                username + ": login answered " + reply.status() + " to '" + location + "'",
                                reply.roundTripNanos());
                    }
                });
    }

    /** The posted fields, with the CSRF token where the page offers one (the cookie wins, as the page's script has it). */
    static Map<String, String> fields(String page, String xsrfCookie, String username, String password) {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page);
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        var form = new LinkedHashMap<String, String>();
        String parameter = meta.get("_csrf_parameter");
        if (parameter != null) {
            form.put(parameter, xsrfCookie != null ? xsrfCookie : meta.getOrDefault("_csrf", ""));
        }
        form.put("username", username);
        form.put("password", password);
        return form;
    }
}
