package io.blindspot.security.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blindspot.security.ApiAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/** Puts the bearer-token check into the API's filter chain, ahead of HTTP Basic. */
@Component
class BearerTokenAuthentication implements ApiAuthentication {

    private final ApiTokens tokens;
    private final ObjectMapper json;

    BearerTokenAuthentication(ApiTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void configure(HttpSecurity api) {
        // Created here, not as a bean: a Filter bean would also be registered for every request.
        api.addFilterBefore(new BearerTokenFilter(tokens, json), BasicAuthenticationFilter.class);
    }
}
