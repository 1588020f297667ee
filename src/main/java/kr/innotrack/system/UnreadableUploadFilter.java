package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kr.innotrack.shared.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A multipart upload the container cannot read — a file name with a NUL character, a part header longer than the
 * container reads, a chunked body over the limit — fails inside the first filter that reads a parameter (the CSRF
 * check), before any controller. Left alone it became a 500 or Tomcat's English 413 page; here it is a Korean
 * 400 or 413, and nothing was saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableUploadFilter extends OncePerRequestFilter {

    private static final String FILEUPLOAD = "org.apache.tomcat.util.http.fileupload.";

    private final Messages messages;

    UnreadableUploadFilter(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            Throwable upload = uploadFailure(e);
            if (upload == null || response.isCommitted()) {
                throw e;
            }
            boolean badName = upload.getClass().getSimpleName().equals("InvalidFileNameException");
            response.reset();
            response.setStatus(badName ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            String title = HtmlUtils.htmlEscape(messages.get(badName ? "error.400.title" : "error.413.title"));
            String help = HtmlUtils.htmlEscape(messages.get(badName ? "error.upload.badName" : "error.upload.unreadable"));
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>"
                    + title + "</title></head><body><main><h1>" + title + "</h1><p>" + help + "</p><p><a href=\""
                    + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(messages.get("error.home"))
                    + "</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The container's own upload failure somewhere in the cause chain, or null. */
    private static Throwable uploadFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith(FILEUPLOAD)) {
                return t;
            }
        }
        return null;
    }
}
