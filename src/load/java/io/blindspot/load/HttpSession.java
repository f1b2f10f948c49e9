package io.blindspot.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * One browser's HTTP side: its own cookies over a client shared by all respondents (one client per
 * respondent would mean a selector thread each). Redirects are not followed, so the caller sees
 * the login's redirect and its new session cookie.
 */
final class HttpSession {

    static final String USER_AGENT = "blindspot-load-driver/1";

    private final HttpClient client;
    private final URI base;
    private final Duration timeout;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** {@code base} is the application's URL; paths are relative to it ({@code login}, {@code ?v-r=init}). */
    HttpSession(HttpClient client, URI base, Duration timeout) {
        this.client = client;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.timeout = timeout;
    }

    /** A response with its body already unzipped, and when it was sent and received. */
    record Reply(int status, HttpHeaders headers, String body, long sentNanos, long receivedNanos) {

        long roundTripNanos() {
            return receivedNanos - sentNanos;
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }
    }

    CompletableFuture<Reply> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    CompletableFuture<Reply> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        // A browser names the page's origin on every form post; the login refuses posts without it.
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    CompletableFuture<Reply> post(String pathAndQuery, String contentType, String body) {
        return send(request(pathAndQuery)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        var builder = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private CompletableFuture<Reply> send(HttpRequest request) {
        long sent = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    long received = System.nanoTime();
                    if (failure != null) {
                        throw failed(request, failure);
                    }
                    keepCookies(response.headers());
                    return new Reply(response.statusCode(), response.headers(), text(response), sent, received);
                });
    }

    private void keepCookies(HttpHeaders headers) {
        for (String setCookie : headers.allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (value.isEmpty() || expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzipped.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static LoadFailure failed(HttpRequest request, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        var uri = request.uri();
        String where =
                request.method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (cause instanceof HttpTimeoutException) {
            return new LoadFailure(ErrorKind.TIMEOUT, where + ": " + cause.getMessage());
        }
        return new LoadFailure(ErrorKind.CONNECTION, where + ": " + cause);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
