package kr.innotrack.security;

import java.util.List;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 보안 기록: the planning admin reads the security events of their own organization, newest first, 100 a page. */
@Controller
@RequiredArgsConstructor
class SecurityEventController {

    static final int PAGE = 100;

    private final SecurityEvents events;

    @GetMapping("/admin/security-events")
    String list(@RequestParam(required = false) SecurityEventType type,
                @RequestParam(required = false) String username, @RequestParam(required = false) Long before,
                CurrentUser admin, Model model) {
        AccessDeniedHere.unlessAdmin(admin, "security.action.read");
        List<SecurityEvent> page = events.ofOrganization(admin.organizationId(), type, username, before, PAGE + 1);
        boolean more = page.size() > PAGE;
        List<SecurityEvent> shown = more ? page.subList(0, PAGE) : page;
        model.addAttribute("events", shown);
        model.addAttribute("types", SecurityEventType.values());
        model.addAttribute("type", type);
        model.addAttribute("username", username);
        model.addAttribute("older", more ? shown.get(shown.size() - 1).id() : null);
        return "security/security-events";
    }
}
