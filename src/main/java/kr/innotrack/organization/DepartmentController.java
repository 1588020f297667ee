package kr.innotrack.organization;

import kr.innotrack.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DepartmentController {

    private final DepartmentService departments;

    DepartmentController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping("/organizations/{organizationId}/departments")
    String list(@PathVariable Long organizationId, CurrentUser user, Model model) {
        model.addAttribute("organization", departments.organization(organizationId, user.organizationId()));
        var rows = departments.list(organizationId, user.organizationId());
        model.addAttribute("departments", rows);
        model.addAttribute("committees", departments.committees(organizationId));
        model.addAttribute("hasHeadcount", rows.stream().anyMatch(r -> r.authorized() != null));
        model.addAttribute("hasBudget", rows.stream().anyMatch(r -> r.budgetTotal() != null));
        return "organization/departments";
    }

    @GetMapping("/departments/{departmentId}")
    String show(@PathVariable Long departmentId, CurrentUser user, Model model) {
        DepartmentService.DepartmentPage page = departments.page(departmentId, user.organizationId());
        model.addAttribute("page", page);
        model.addAttribute("organization", page.department().getOrganization());
        return "organization/department";
    }
}
