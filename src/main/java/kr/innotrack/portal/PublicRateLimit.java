package kr.innotrack.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import kr.innotrack.shared.Messages;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The rate limit of {@code /public/**} per client address ({@code request.getRemoteAddr()}: Tomcat's RemoteIpValve has
 * already put the client's address there when the request came through a trusted proxy): two token buckets per
 * address, reads (GET, HEAD) and writes (everything else), each refilled continuously at its rate per minute and
 * holding at most one minute's worth. Over it: 429 with a Korean page and {@code Retry-After} in seconds. In memory,
 * per instance; when the table grows past its bound, the buckets that have refilled completely (idle addresses) are
 * dropped first, and if that is not enough, all of them (a fresh minute for everyone rather than unbounded memory).
 */
class PublicRateLimit extends OncePerRequestFilter {

    private final Messages messages;
    private final double readsPerMinute;
    private final double writesPerMinute;
    private final int maxAddresses;
    private final ConcurrentHashMap<String, Bucket> reads = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bucket> writes = new ConcurrentHashMap<>();

    PublicRateLimit(Messages messages, int readsPerMinute, int writesPerMinute, int maxAddresses) {
        this.messages = messages;
        this.readsPerMinute = Math.max(1, readsPerMinute);
        this.writesPerMinute = Math.max(1, writesPerMinute);
        this.maxAddresses = Math.max(100, maxAddresses);
    }

    /** A token bucket: {@code tokens} left as of {@code at} (nanoseconds). */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        /** Takes a token; returns 0 when taken, else the seconds until one is there. */
        synchronized long take(double perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - at) / 60e9 * perMinute);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
        }

        synchronized boolean full(double perMinute, long now) {
            return tokens + (now - at) / 60e9 * perMinute >= perMinute;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        ConcurrentHashMap<String, Bucket> table = read ? reads : writes;
        double rate = read ? readsPerMinute : writesPerMinute;
        long now = System.nanoTime();
        String address = String.valueOf(request.getRemoteAddr());
        if (table.size() >= maxAddresses && !table.containsKey(address)) {
            table.entrySet().removeIf(e -> e.getValue().full(rate, now));
            if (table.size() >= maxAddresses) {
                table.clear();
            }
        }
        long wait = table.computeIfAbsent(address, a -> new Bucket(rate, now)).take(rate, now);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, wait);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = HtmlUtils.htmlEscape(messages.get("portal.rate.title"));
        String text = HtmlUtils.htmlEscape(messages.get("portal.rate.text", seconds));
        String back = HtmlUtils.htmlEscape(messages.get("portal.rate.back"));
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/app.css\"></head><body>"
                + "<main id=\"main\"><h1>" + title + "</h1><p id=\"rate-limited\">" + text + "</p><p><a href=\""
                + request.getContextPath() + "/public\">" + back + "</a></p></main></body></html>");
        out.flush();
    }
}
