package kr.innotrack.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kr.innotrack.organization.PublicOrganization;
import kr.innotrack.organization.PublicOrganizations;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.DataVersioned.Scope;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.PageCache;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public progress pages: anyone may read them, no session, no form. Each answer carries the organization's
 * fingerprint as its {@code ETag} with {@code Cache-Control: public, max-age=0, must-revalidate}: a browser or proxy
 * keeps the page and asks again each time; while nothing shown has changed the answer is 304 without a body, after one
 * statement. An unknown or disabled organization, an unpublished plan or round, another organization's record: 404.
 */
@Controller
@RequiredArgsConstructor
class PublicPortalController {

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final PublicOrganizations organizations;
    private final PublicQueries queries;
    private final PublicFingerprints fingerprints;
    private final PageCache cache;

    @GetMapping({"/public", "/public/"})
    @DataVersioned(Scope.PUBLIC)
    String index(WebRequest request, HttpServletResponse response, Model model) {
        String etag = fingerprints.index();
        if (notModified(request, response, etag)) {
            return null;
        }
        model.addAttribute("organizations", organizations.all());
        response.setHeader("ETag", etag);
        return "portal/index";
    }

    @GetMapping("/public/{slug}")
    @DataVersioned(Scope.PUBLIC)
    String organization(@PathVariable String slug, WebRequest request, HttpServletResponse response, Model model) {
        PublicOrganization org = organization(slug, model);
        String etag = fingerprints.organization(org.id());
        if (notModified(request, response, etag)) {
            return null;
        }
        model.addAttribute("home", cache.ofValidator("public-home", etag, List.of(org.id()), () -> queries.home(org.id())));
        response.setHeader("ETag", etag);
        return "portal/organization";
    }

    @GetMapping("/public/{slug}/plans/{planId}")
    @DataVersioned(Scope.PUBLIC)
    String plan(@PathVariable String slug, @PathVariable Long planId, WebRequest request, HttpServletResponse response,
                Model model) {
        return page(slug, request, response, model, "plan", org -> queries.plan(org, planId),
                "portal/plan", "plan.record", planId);
    }

    @GetMapping("/public/{slug}/tasks/{taskId}")
    @DataVersioned(Scope.PUBLIC)
    String task(@PathVariable String slug, @PathVariable Long taskId, WebRequest request, HttpServletResponse response,
                Model model) {
        return page(slug, request, response, model, "task", org -> queries.task(org, taskId),
                "portal/task", "portal.record.task", taskId);
    }

    @GetMapping("/public/{slug}/results/{roundId}")
    @DataVersioned(Scope.PUBLIC)
    String result(@PathVariable String slug, @PathVariable Long roundId, WebRequest request,
                  HttpServletResponse response, Model model) {
        return page(slug, request, response, model, "result",
                org -> queries.result(org, roundId), "portal/result", "portal.record.result",
                roundId);
    }

    private String page(String slug, WebRequest request, HttpServletResponse response, Model model, String name,
                        Function<Long, Optional<?>> load, String view, String whatKey, Long id) {
        PublicOrganization org = organization(slug, model);
        String etag = fingerprints.organization(org.id());
        if (notModified(request, response, etag)) {
            return null;
        }
        // what is not there is not kept: addresses made up by the thousand cannot push the real pages out
        Object found = cache.ofValidator("public-" + name, etag, List.of(org.id(), id),
                () -> load.apply(org.id()).orElse(null));
        if (found == null) {
            throw new NotFoundException(whatKey, id);
        }
        model.addAttribute(name, found);
        response.setHeader("ETag", etag);
        return view;
    }

    private PublicOrganization organization(String slug, Model model) {
        PublicOrganization org = organizations.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("portal.record.organization", slug));
        model.addAttribute("publicOrg", org);
        model.addAttribute("publicSection", "progress");
        return org;
    }

    /**
     * 304 when the request names this validator (weak comparison, as for a GET); otherwise the caller loads the page
     * and sets the {@code ETag} only once it exists, so a 404 never carries one.
     */
    private static boolean notModified(WebRequest request, HttpServletResponse response, String etag) {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        String asked = request.getHeader("If-None-Match");
        if (asked == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String one : asked.split(",")) {
            String tag = one.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return request.checkNotModified(etag);
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Not published, not this organization's, or no such address: the public 404 page, never cached. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        return "portal/not-found";
    }
}
