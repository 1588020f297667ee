package kr.innotrack.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.DataVersions;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The plan states hold for every page under a plan, whichever module serves it (tasks, rounds, scoring, budget,
 * deck, API): a draft (작성 중) is "not found" for anyone but a planning admin, and nothing under a closed plan (종료)
 * can be changed except its state (다시 열기). One statement per request under {@code /plans/{planId}}, none for a key
 * page's GET whose validator already read the plan under the same rule ({@link DataVersions#requestAttribute}).
 * The services keep their own checks too (e.g. a round opens only on a confirmed plan); this is the net under them.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class PlanStateGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final String[] UNDER_A_PLAN = {"/plans/{planId}/**", "/plans/{planId}", "/present/plans/{planId}/**",
            "/present/plans/{planId}", "/api/plans/{planId}/**", "/api/plans/{planId}"};

    /** Absent in web slice tests, which have no repositories: then there is nothing to guard. */
    private final ObjectProvider<PlanRepository> plans;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(UNDER_A_PLAN);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long planId = planId(variables);
        if (planId == null) {
            return true;
        }
        if (!changes(request) && request.getAttribute(DataVersions.requestAttribute("plan", planId)) != null) {
            return true; // a key page's validator read the plan in its one statement, with the same rule for drafts
        }
        PlanRepository repository = plans.getIfAvailable();
        PlanStateView plan = repository == null ? null : repository.stateOf(planId).orElse(null);
        if (plan == null) {
            return true; // the handler answers "not found" in its own words
        }
        if (plan.state() == PlanState.DRAFT && !request.isUserInRole(Role.PLANNING_ADMIN.name())) {
            throw new NotFoundException("plan.record", planId);
        }
        if (plan.state() == PlanState.CLOSED && changes(request)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/plans/" + planId + "/lifecycle")) {
            throw new NotAllowedNow("plan.state.closedReadOnly", plan.planYear());
        }
        return true;
    }

    private static boolean changes(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static Long planId(Map<String, String> variables) {
        if (variables == null || variables.get("planId") == null) {
            return null;
        }
        try {
            return Long.valueOf(variables.get("planId"));
        } catch (NumberFormatException e) {
            return null; // the binder answers 400 for it
        }
    }
}
