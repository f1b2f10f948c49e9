package io.blindspot.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignInOptionsTest {

    @Test
    void the_button_names_the_company_only_when_an_issuer_is_configured() {
        assertThat(new SignInOptions(true, "", "Acme").companySignInLabel()).isEmpty();
        assertThat(new SignInOptions(true, "https://login.example.com", "Acme").companySignInLabel())
                .contains("Sign in with Acme");
        assertThat(new SignInOptions(true, "https://login.example.com", " ").companySignInLabel())
                .contains("Sign in with your company account");
    }

    @Test
    void turning_the_form_off_without_company_sign_on_stops_the_start_with_the_reason() {
        assertThatThrownBy(() -> new SignInOptions(false, "", "Acme"))
                .hasMessageContaining("BLINDSPOT_FORM_LOGIN=false")
                .hasMessageContaining("BLINDSPOT_OIDC_ISSUER");
        assertThat(new SignInOptions(false, "https://login.example.com", "Acme").formLogin())
                .isFalse();
    }
}
