package kr.innotrack.plan.sheet;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kr.innotrack.organization.Department;
import kr.innotrack.organization.DepartmentService;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.plan.PlanBlueprints;
import kr.innotrack.plan.PlanQueries;
import kr.innotrack.plan.PlanSummary;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan workbook for planning admins (403 for anyone else): the empty template, a plan exported to it, and an
 * uploaded file read against the organization's departments and plans. Nothing here writes; creation is
 * {@link PlanSheetCommands}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PlanSheets {

    private final PlanQueries plans;
    private final PlanBlueprints blueprints;
    private final DepartmentService departments;
    private final Messages messages;

    record Workbook(String filename, byte[] content) {
    }

    void requireAdmin(CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "sheet.what.import");
    }

    Workbook template(CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "sheet.what.template");
        return new Workbook("plan-template.xlsx", new PlanWorkbookWriter(messages).template());
    }

    /** A plan of the user's organization in the template's form; department ids become their names. */
    Workbook export(Long planId, CurrentUser user) {
        AccessDeniedHere.unlessAdmin(user, "sheet.what.export");
        PlanBlueprint plan = blueprints.of(planId, user);
        Map<Long, String> names = departments.departmentsOf(user.organizationId()).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return new Workbook("plan-" + plan.header().year() + ".xlsx",
                new PlanWorkbookWriter(messages).write(plan, names::get));
    }

    /**
     * Reads an upload (the admin check comes before the file is even looked at): every problem at its cell, or the
     * blueprint. Departments are the organization's open ones, by name; a year with a plan (any state) is taken.
     */
    SheetReading read(CurrentUser user, Supplier<byte[]> content) {
        requireAdmin(user);
        byte[] bytes = content.get();
        Map<String, Long> open = new HashMap<>();
        for (Department d : departments.openDepartmentsOf(user.organizationId())) {
            open.putIfAbsent(d.getName(), d.getId());
        }
        Set<Integer> taken = plans.summaries(user).stream().map(PlanSummary::year).collect(Collectors.toSet());
        return new PlanWorkbookReader(messages, new PlanWorkbookReader.Context(open, taken)).read(bytes);
    }
}
