package io.blindspot.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The HTTP API's request limits, applied before any controller reads a body. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfig {

    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(
            @Value("${blindspot.api.max-body-size:1MB}") DataSize max, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiBodyLimit(max, json));
        registration.addUrlPatterns("/api/*");
        // after Spring Security: roles are checked before a byte of the body is read
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
