package kr.innotrack.system;

import java.util.List;
import kr.innotrack.organization.AccountPrincipal;
import kr.innotrack.shared.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers declare a {@link CurrentUser} parameter for the signed-in person; guards list indexes. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ConditionalPages conditionalPages;

    WebConfig(ConditionalPages conditionalPages) {
        this.conditionalPages = conditionalPages;
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new ListIndexGuard());
        // the key pages' ETags (docs/performance.md): a 304 before anything is loaded, so before plan.PlanStateGuard
        // (whose rule for GETs, drafts for planning admins only, the validator's statement applies itself)
        registry.addInterceptor(conditionalPages).order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(CurrentUser.class);
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
                    return principal.user();
                }
                throw new AuthenticationCredentialsNotFoundException("not signed in");
            }
        });
    }
}
