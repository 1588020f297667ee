package kr.innotrack.navigation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.plan.Plan;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Shows only the menus the organization uses: one JDBC statement per full page (never for a redirect, an htmx
 * fragment or the API) asks whether the organization has audit findings and the plan shown has budget lines.
 * The two facts live in two modules (auditfinding, budget) that publish nothing; one read-only statement over their
 * tables is cheaper than two service calls, and being plain JDBC it adds nothing to Hibernate's statement count of a
 * page. Neither can be created from a page today, so nothing needs invalidating: every page reads the data as is.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class MenuFacts implements WebMvcConfigurer, HandlerInterceptor {

    static final String SQL = """
            select case when exists (select 1 from audit_finding f where f.organization_id = ?) then 1 else 0 end,
                   case when exists (select 1 from budget_line b join task t on t.id = b.task_id
                                     where t.plan_id = ? and exists (select 1 from plan p
                                         where p.id = t.plan_id and p.organization_id = ?)) then 1 else 0 end""";

    /** Absent in web slice tests, which have no database: then no optional menu is shown. */
    private final ObjectProvider<JdbcTemplate> jdbc;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || !fullPage(mav, request) || mav.getModel().containsKey("menu")) {
            return;
        }
        Long organizationId = organizationId();
        JdbcTemplate template = jdbc.getIfAvailable();
        if (organizationId == null || template == null) {
            return;
        }
        long planId = mav.getModel().get("plan") instanceof Plan plan && plan.getId() != null ? plan.getId() : -1L;
        mav.addObject("menu", template.queryForObject(SQL,
                (rs, row) -> new Menu(rs.getInt(2) == 1, rs.getInt(1) == 1), organizationId, planId, organizationId));
    }

    private static boolean fullPage(ModelAndView mav, HttpServletRequest request) {
        String view = mav.getViewName();
        return view != null && !view.startsWith("redirect:") && !view.startsWith("forward:") && !view.contains("::")
                && request.getHeader("HX-Request") == null;
    }

    private static Long organizationId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal
                ? principal.user().organizationId() : null;
    }
}
