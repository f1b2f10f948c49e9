package io.blindspot.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.support.Chromium;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.CompanyIdentityProvider;
import testidp.CompanyIdentityProvider.Person;

/**
 * Company single sign-on against a real OpenID Connect provider (Spring Authorization Server,
 * started here as its own application), driven over real HTTP as a browser does: redirects
 * followed, cookies kept, the provider's login form filled in and posted; and in Chromium, from
 * the "Sign in with Acme" button to the home page or to the refusal on the login page.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompanySignOnIT {

    static CompanyIdentityProvider provider;

    @DynamicPropertySource
    static void companyProvider(DynamicPropertyRegistry properties) {
        if (provider == null) {
            provider = CompanyIdentityProvider.start();
        }
        properties.add("blindspot.oidc.issuer", provider::issuer);
        properties.add("blindspot.oidc.client-id", () -> CompanyIdentityProvider.CLIENT_ID);
        properties.add("blindspot.oidc.client-secret", () -> CompanyIdentityProvider.CLIENT_SECRET);
        properties.add("blindspot.oidc.groups-claim", () -> "groups");
        properties.add(
                "blindspot.oidc.role-mapping",
                () -> "blindspot-leaders=EXECUTIVE; blindspot-leaders=FACILITATOR; blindspot-admins=ADMIN");
        properties.add("blindspot.oidc.company-name", () -> "Acme");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void providerSendsPeopleBackHere() {
        // 127.0.0.1, not localhost: the provider lives on localhost, and cookies do not care about ports
        provider.acceptCallbacksFrom(blindspot());
    }

    @Test
    void a_person_in_a_mapped_group_signs_in_and_gets_an_account_with_the_mapped_roles() throws Exception {
        var browser = new Browser();

        var landed = browser.signInAtCompany(CompanyIdentityProvider.LEADER);

        assertThat(landed.uri().toString()).isEqualTo(blindspot() + "/");
        assertThat(landed.statusCode()).isEqualTo(200);
        var account = jdbc.queryForMap("select display_name, email, sso_subject from app_user where username = 'ada'");
        assertThat(account.get("display_name")).isEqualTo("Ada Leader");
        assertThat(account.get("email")).isEqualTo("ada@example.com");
        assertThat(account.get("sso_subject")).isEqualTo("ada");
        assertThat(roles("ada")).containsExactlyInAnyOrder("EXECUTIVE", "FACILITATOR");
        assertThat(browser.get("/login").uri().toString())
                .as("signed in: the portal's pages open without a login redirect")
                .isEqualTo(blindspot() + "/login");
        var home = browser.get("/");
        assertThat(home.uri().toString()).isEqualTo(blindspot() + "/");

        // a second sign-on updates the same account, it does not create another
        var again = new Browser().signInAtCompany(CompanyIdentityProvider.LEADER);
        assertThat(again.uri().toString()).isEqualTo(blindspot() + "/");
        assertThat(jdbc.queryForObject("select count(*) from app_user where sso_subject = 'ada'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_person_in_no_mapped_group_is_refused_and_gets_no_account() throws Exception {
        var browser = new Browser();

        var landed = browser.signInAtCompany(CompanyIdentityProvider.OUTSIDER);

        assertThat(landed.uri().toString()).isEqualTo(blindspot() + "/login?error");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'mallory'", Integer.class))
                .isZero();
        assertThat(browser.get("/").uri().toString()).as("still not signed in").isEqualTo(blindspot() + "/login");
    }

    @Test
    void a_sign_on_never_takes_over_a_local_account_of_the_same_name() throws Exception {
        var landed = new Browser().signInAtCompany(CompanyIdentityProvider.NAMESAKE);

        assertThat(landed.uri().toString()).isEqualTo(blindspot() + "/login?error");
        assertThat(jdbc.queryForObject("select sso_subject from app_user where username = 'admin'", String.class))
                .isNull();
        assertThat(roles("admin")).containsExactly("ADMIN");
    }

    @Test
    void the_login_form_stays_next_to_company_sign_on() throws Exception {
        var browser = new Browser();
        browser.get("/login");

        var form = browser.post(blindspot() + "/login", "username=executive&password=demo", blindspot());

        assertThat(form.uri().toString()).isEqualTo(blindspot() + "/");
    }

    @Test
    void in_chromium_the_login_page_offers_sign_in_with_acme_and_a_leader_reaches_the_home_page() {
        WebDriver chromium = Chromium.start();
        try {
            signInWithAcme(chromium, CompanyIdentityProvider.LEADER);

            var greeting = wait(chromium).until(d -> d.findElements(By.tagName("h2")).stream()
                    .filter(h -> h.getText().startsWith("Welcome"))
                    .findFirst()
                    .orElse(null));
            assertThat(greeting.getText()).isEqualTo("Welcome, Ada Leader");
            Chromium.screenshot(chromium, "sso-signed-in");
        } finally {
            chromium.quit();
        }
    }

    @Test
    void in_chromium_a_person_in_no_mapped_group_is_told_why_on_the_login_page() {
        WebDriver chromium = Chromium.start();
        try {
            signInWithAcme(chromium, CompanyIdentityProvider.OUTSIDER);

            wait(chromium).until(d -> d.getCurrentUrl().endsWith("/login?error"));
            Object shown = wait(chromium).until(d -> ((JavascriptExecutor) d)
                    .executeScript("const f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error && f.i18n && f.i18n.errorMessage"
                            + " ? f.i18n.errorMessage.title + ': ' + f.i18n.errorMessage.message : null;"));
            assertThat(shown.toString())
                    .startsWith("Company sign-in refused: Your company account (mallory) is in no group")
                    .contains("Ask your Blindspot administrator");
            Chromium.screenshot(chromium, "sso-refused");
        } finally {
            chromium.quit();
        }
    }

    /** Opens Blindspot's login page, presses "Sign in with Acme" and signs in at the provider. */
    private void signInWithAcme(WebDriver chromium, Person person) {
        chromium.get(blindspot() + "/login");
        var button = wait(chromium).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.company-sign-in")));
        assertThat(button.getText()).isEqualTo("Sign in with Acme");
        button.click();
        wait(chromium)
                .until(ExpectedConditions.elementToBeClickable(By.id("username")))
                .sendKeys(person.username());
        chromium.findElement(By.id("password")).sendKeys(person.password());
        chromium.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebDriverWait wait(WebDriver chromium) {
        // Vaadin replaces the page's elements while it navigates after the sign-on redirect.
        var wait = new WebDriverWait(chromium, Duration.ofSeconds(60), Duration.ofMillis(100));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private List<String> roles(String username) {
        return jdbc.queryForList(
                "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
                String.class,
                username);
    }

    private String blindspot() {
        return "http://127.0.0.1:" + port;
    }

    /** A cookie-keeping HTTP client that follows redirects, as a browser does. */
    private final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        /** Clicks "Sign in with Acme", fills in the provider's login form, and returns where the browser lands. */
        HttpResponse<String> signInAtCompany(Person person) throws Exception {
            var providerLogin = get("/oauth2/authorization/company");
            assertThat(providerLogin.uri().toString()).isEqualTo(provider.issuer() + "/login");
            var csrf = CSRF.matcher(providerLogin.body());
            assertThat(csrf.find())
                    .as("the provider's login form has a CSRF token")
                    .isTrue();
            String form = "username=" + encode(person.username()) + "&password=" + encode(person.password()) + "&_csrf="
                    + encode(csrf.group(1));
            return post(provider.issuer() + "/login", form, provider.issuer());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(blindspot() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String form, String origin) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", origin)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
