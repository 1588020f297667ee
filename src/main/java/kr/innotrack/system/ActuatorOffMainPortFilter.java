package kr.innotrack.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator lives on the management port only: on the main port its address answers as any unknown address does,
 * 404, for everyone (before security, so an anonymous caller is not sent to the sign-in page either). This filter is a
 * bean of the main application context, so Boot registers it on the main server only; the management server (a child
 * context) has its own filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ActuatorOffMainPortFilter extends OncePerRequestFilter {

    private final String basePath;

    ActuatorOffMainPortFilter(@Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (basePath.isEmpty()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(basePath) && !path.startsWith(basePath + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
