package kr.innotrack.plan.web;

import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The department list and one department's tasks (templates under organization/, as before). */
@Controller
@RequiredArgsConstructor
class DepartmentTasksController {

    private final DepartmentTaskQueries queries;

    @GetMapping("/organizations/{organizationId}/departments")
    String list(@PathVariable Long organizationId, CurrentUser user, Model model) {
        DepartmentTaskQueries.DepartmentsPage page = queries.listPage(organizationId, user.organizationId());
        model.addAttribute("organization", page.organization());
        model.addAttribute("departments", page.departments());
        model.addAttribute("committees", page.committees());
        model.addAttribute("hasHeadcount", page.hasHeadcount());
        model.addAttribute("hasBudget", page.hasBudget());
        return "organization/departments";
    }

    @GetMapping("/departments/{departmentId}")
    String show(@PathVariable Long departmentId, CurrentUser user, Model model) {
        DepartmentTaskQueries.DepartmentPage page = queries.page(departmentId, user.organizationId());
        model.addAttribute("page", page);
        model.addAttribute("organization", page.department().getOrganization());
        return "organization/department";
    }
}
