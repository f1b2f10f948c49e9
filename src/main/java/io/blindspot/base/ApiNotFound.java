package io.blindspot.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/**} request no endpoint takes: without this, the UI's catch-all would answer
 * with the portal's HTML page and a new session. Because this mapping takes any method and content
 * type, it also tells a wrong method (405, with {@code Allow}) and a wrong content type (415) apart
 * from a path that does not exist (404), by asking the other mappings.
 */
@RestController
class ApiNotFound {

    private final RequestMappingHandlerMapping mappings;

    ApiNotFound(@Lazy @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, Object>> noEndpoint(HttpServletRequest request) {
        Set<String> allowed = new TreeSet<>();
        boolean methodMatched = false;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (mapping.getValue().getBeanType() == ApiNotFound.class || !pathMatches(info, request)) {
                continue;
            }
            if (info.getMethodsCondition().getMatchingCondition(request) != null) {
                methodMatched = true;
            } else {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        }
        if (methodMatched) {
            return ApiErrors.body(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Content-Type " + request.getContentType() + " is not accepted here; send application/json.");
        }
        if (!allowed.isEmpty()) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", String.join(", ", allowed))
                    .body(ApiErrors.fields(
                            HttpStatus.METHOD_NOT_ALLOWED,
                            "method-not-allowed",
                            request.getMethod() + " is not allowed here; allowed: " + String.join(", ", allowed)
                                    + "."));
        }
        return ApiErrors.body(HttpStatus.NOT_FOUND, "not-found", "No API endpoint at " + request.getRequestURI() + ".");
    }

    private static boolean pathMatches(RequestMappingInfo info, HttpServletRequest request) {
        var paths = info.getPathPatternsCondition();
        return paths != null && paths.getMatchingCondition(request) != null;
    }
}
