package nl.traineeplanner.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the planner takes, with 413 and the limit in words, before anything reads it: a
 * planning or cohort file may be {@code traineeplanner.limits.import-body} (20 MB), any other body (a form, an API
 * call) {@code traineeplanner.limits.body} (1 MB). A body sent without its length is counted while read. Files sent
 * from a form (multipart) are held to {@code spring.servlet.multipart.*} by the servlet container instead.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20)
class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize body;
    private final DataSize importBody;
    private final MessageSource messages;

    RequestSizeLimit(
            @Value("${traineeplanner.limits.body:1MB}") DataSize body,
            @Value("${traineeplanner.limits.import-body:20MB}") DataSize importBody,
            MessageSource messages) {
        this.body = body;
        this.importBody = importBody;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = isImport(request) ? importBody : body;
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && hasBodyReadAsStream(request)) {
            byte[] read =
                    request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.toBytes() + 1));
            if (read.length > limit.toBytes()) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, read), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The two places that take a whole planning or cohort file as the body. */
    private static boolean isImport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod())
                && (path.equals("/api/cohorts")
                        || path.equals("/cohorts/import")
                        || path.matches("/(api/)?rounds/[^/]+/plan"));
    }

    /** Forms and multipart bodies are read by the servlet container, which has its own limits for them. */
    private static boolean hasBodyReadAsStream(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return !lower.startsWith("multipart/") && !lower.startsWith("application/x-www-form-urlencoded");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
        String detail = messages.getMessage(
                "error.413.detail", new Object[] {limit.toMegabytes() + " MB"}, LanguageOfRequest.of(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"urn:traineeplanner:problem:too-large\",\"status\":413,\"detail\":\""
                            + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
        }
    }

    /** The request with its body already read (and found within the limit). */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
