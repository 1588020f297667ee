package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id for every request, first in the chain: in the log (MDC key {@code requestId}, in the plain pattern and
 * in the JSON logs), in the response header {@code X-Request-Id} and on the error pages (「문의 시 요청 번호」), so a
 * person can quote it and the operator find the lines. An incoming {@code X-Request-Id} is taken when the request came
 * through a trusted proxy ({@code server.tomcat.remoteip.internal-proxies}, which Tomcat marks as forwarded) and the
 * value is sane (8–64 of {@code A-Z a-z 0-9 . _ : -}); otherwise, or when absent, a new one is made (12 characters).
 * The error dispatch of the same request keeps its id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** The request attribute the error pages read ({@code ${innotrackRequestId}}). */
    static final String ATTRIBUTE = "innotrackRequestId";
    /** Set by Tomcat's RemoteIpValve when the connecting peer is one of the trusted proxies. */
    private static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request);
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted() && !response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    private static String idFor(HttpServletRequest request) {
        String incoming = request.getHeader(HEADER);
        if (incoming != null && SANE.matcher(incoming).matches()
                && Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))) {
            return incoming;
        }
        return newId();
    }

    static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
