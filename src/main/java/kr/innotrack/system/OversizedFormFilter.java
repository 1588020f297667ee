package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A form post larger than the container reads ({@code server.tomcat.max-http-form-post-size}, 2 MB) is answered 413 in
 * Korean before anything reads its parameters. Left to the container, every filter and then the error page tried to
 * read them, and each such request logged two ERROR stack traces: anyone, signed in or not, could flood the log.
 * The same holds for a multipart upload over {@code spring.servlet.multipart.max-request-size} (the plan workbook):
 * its declared length is checked here, before the security filters read the CSRF parameter from the body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedFormFilter extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    private final Messages messages;

    OversizedFormFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit,
                        @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize uploadLimit,
                        Messages messages) {
        this.limit = limit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= limitOf(request);
    }

    /** The size the container reads for this kind of body; other kinds are not this filter's business. */
    private long limitOf(HttpServletRequest request) {
        String type = request.getContentType() == null ? ""
                : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return limit;
        }
        return type.startsWith("multipart/form-data") ? uploadLimit : Long.MAX_VALUE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close");
        String title = HtmlUtils.htmlEscape(messages.get("error.413.title"));
        long max = limitOf(request);
        String help = HtmlUtils.htmlEscape(messages.get(max == limit ? "error.413.help" : "error.413.upload",
                DataSize.ofBytes(max).toMegabytes() + "MB"));
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + help + "</p><p><a href=\""
                + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(messages.get("error.home"))
                + "</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
