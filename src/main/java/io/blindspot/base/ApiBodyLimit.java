package io.blindspot.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the request body of the HTTP API before anything parses it: a declared length over the cap
 * is refused with 413 at once, and a body without a declared length (chunked) stops being read at
 * the cap. Runs after Spring Security, so an account without the role is refused before its body is
 * read at all.
 */
class ApiBodyLimit extends OncePerRequestFilter {

    private final DataSize max;
    private final ObjectMapper json;

    ApiBodyLimit(DataSize max, ObjectMapper json) {
        this.max = max;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max.toBytes()) {
            refuse(response);
            return;
        }
        chain.doFilter(new Capped(request, max.toBytes()), response);
    }

    void refuse(HttpServletResponse response) throws IOException {
        // The unread body stays on the connection: ask the client to close it rather than swallow it.
        response.setHeader("Connection", "close");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getWriter(),
                ApiErrors.fields(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", tooLarge(max)));
    }

    static String tooLarge(DataSize max) {
        return "The request body is larger than the " + max.toKilobytes() + " KB this API accepts.";
    }

    /** Thrown while reading past the cap; {@link ApiErrors} answers it with 413. */
    static final class BodyTooLarge extends IOException {
        final DataSize max;

        BodyTooLarge(DataSize max) {
            super(tooLarge(max));
            this.max = max;
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream capped;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), max);
            }
            return capped;
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        CappedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new BodyTooLarge(DataSize.ofBytes(max));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
