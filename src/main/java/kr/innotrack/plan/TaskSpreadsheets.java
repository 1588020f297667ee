package kr.innotrack.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.document.OfficeColumn;
import kr.innotrack.document.OfficeSheet;
import kr.innotrack.document.OfficeWorkbook;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The plan's .xlsx downloads, built from the same queries as their pages: the task list as filtered and sorted on
 * the page ({@link TaskQueries#list}, with 계산 상태 and 진척률), and the full task sheet (every field of every task,
 * the milestones and the KPIs with their actuals on their own sheets, from {@link TaskQueries#export}, the API's
 * reading). Text goes through the document module's writer, which neutralises formulas in every text cell.
 */
@Component
@RequiredArgsConstructor
class TaskSpreadsheets {

    private final TaskQueries tasks;
    private final PlanQueries plans;
    private final Messages messages;

    /** The task list with the page's filter and sort. */
    byte[] taskList(Plan plan, TaskFilter filter, Map<Long, String> departmentNames) {
        TaskQueries.TaskList list = tasks.list(plan, filter);
        String title = messages.planTitle(plan.getPlanYear(), plan.getTitle()) + " " + messages.get("tasks.title");
        String subtitle = plan.getOrganization().getName() + " · " + messages.get("xlsx.tasks.basis", tasks.statusDate(plan))
                + " · " + messages.get("tasks.count", list.rows().size()) + conditions(filter, list, departmentNames);
        String next = messages.get("tasks.col.next");
        String milestones = messages.get("xlsx.tasks.milestones");
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            OfficeSheet sheet = wb.sheet(messages.get("tasks.title"), title, subtitle, List.of(
                    OfficeColumn.text(messages.get("tasks.col.code")),
                    OfficeColumn.longText(messages.get("tasks.col.title")),
                    OfficeColumn.text(messages.get("tasks.filter.focus")),
                    OfficeColumn.text(messages.get("tasks.col.dept")),
                    OfficeColumn.text(messages.get("tasks.col.officer")),
                    OfficeColumn.text(messages.get("tasks.filter.continuing")),
                    OfficeColumn.text(messages.get("badge.representative")),
                    OfficeColumn.longText(messages.get("xlsx.tasks.next.description")).in(next),
                    OfficeColumn.text(messages.get("xlsx.tasks.next.schedule")).in(next),
                    OfficeColumn.text(messages.get("xlsx.tasks.next.status")).in(next),
                    OfficeColumn.text(messages.get("tasks.col.status")),
                    OfficeColumn.percent(messages.get("tasks.col.rate")),
                    OfficeColumn.integer(messages.get("xlsx.tasks.done")).in(milestones),
                    OfficeColumn.integer(messages.get("xlsx.tasks.all")).in(milestones),
                    OfficeColumn.text(messages.get("xlsx.tasks.retired"))));
            for (TaskRow r : list.rows()) {
                TaskRow.NextMilestone n = r.next();
                String nextStatus = n == null ? null : messages.label(n.status())
                        + (n.overdue() ? " (" + messages.get("badge.overdue") + ")" : "");
                sheet.row(r.code(), r.title(), r.nodeCode() + " " + r.nodeName(),
                        r.leadDepartmentId() == null ? null : departmentNames.getOrDefault(r.leadDepartmentId(), r.leadDepartment()),
                        r.officer(), messages.get(r.continuing() ? "tasks.filter.continuing.true" : "tasks.filter.continuing.false"),
                        r.representative() ? messages.get("xlsx.yes") : null,
                        n == null ? messages.get("tasks.noNext") : n.description(),
                        n == null ? null : n.schedule() == null ? messages.get("task.ms.undated") : n.schedule(),
                        nextStatus,
                        r.status() == null ? null : messages.get(r.status().messageKey()),
                        r.progress(), r.doneCount(), r.milestoneCount(),
                        r.retired() ? messages.get("taskdef.retired.row", r.retiredOn(), r.retiredReason()) : null);
            }
            return wb.toBytes();
        }
    }

    /** The filter and sort the list was made with, so the file says what it holds. */
    private String conditions(TaskFilter f, TaskQueries.TaskList list, Map<Long, String> departmentNames) {
        List<String> parts = new ArrayList<>();
        if (f.getArea() != null) {
            parts.add(messages.get("tasks.filter.area") + " " + f.getArea());
        }
        if (f.getFocus() != null) {
            parts.add(messages.get("tasks.filter.focus") + " " + f.getFocus());
        }
        if (f.getDept() != null) {
            parts.add(messages.get("tasks.filter.dept") + " " + departmentNames.getOrDefault(f.getDept(),
                    list.departments().stream().filter(d -> d.getId().equals(f.getDept())).map(d -> d.getName())
                            .findFirst().orElse(String.valueOf(f.getDept()))));
        }
        if (f.getStatus() != null) {
            parts.add(messages.get("tasks.filter.status") + " " + messages.get("status." + f.getStatus()));
        }
        if (f.getContinuing() != null) {
            parts.add(messages.get(f.getContinuing() ? "tasks.filter.continuing.true" : "tasks.filter.continuing.false"));
        }
        if (f.getQ() != null) {
            parts.add(messages.get("tasks.filter.q") + " \u201C" + f.getQ() + "\u201D");
        }
        parts.add(messages.get("tasks.sort." + f.getSort()));
        return " · " + String.join(", ", parts);
    }

    /** The full task sheet: 과제 (every field), 추진일정, 성과지표 (with the plan year's quarterly actuals). */
    byte[] fullSheet(Plan plan) {
        List<PlanJson.TaskJson> all = tasks.export(plan.getId());
        Map<String, String> nodeNames = new java.util.HashMap<>();
        plans.nodes(plan.getId()).forEach(n -> nodeNames.put(n.getCode(), n.getName()));
        int year = plan.getPlanYear();
        String planTitle = messages.planTitle(year, plan.getTitle());
        String subtitle = plan.getOrganization().getName() + " · " + messages.get("tasks.count", all.size());
        try (OfficeWorkbook wb = new OfficeWorkbook()) {
            String budget = messages.get("xlsx.full.budget");
            OfficeSheet taskSheet = wb.sheet(messages.get("xlsx.full.tasks"), planTitle + " " + messages.get("xlsx.full.title"),
                    subtitle, List.of(
                            OfficeColumn.text(messages.get("tasks.col.code")),
                            OfficeColumn.longText(messages.get("tasks.col.title")),
                            OfficeColumn.text(messages.get("tasks.filter.focus")),
                            OfficeColumn.text(messages.get("tasks.col.dept")),
                            OfficeColumn.text(messages.get("xlsx.full.collaborating")),
                            OfficeColumn.text(messages.get("xlsx.full.collaborators")),
                            OfficeColumn.text(messages.get("tasks.col.officer")),
                            OfficeColumn.text(messages.get("xlsx.full.phone")),
                            OfficeColumn.text(messages.get("xlsx.full.budgetText")).in(budget),
                            OfficeColumn.thousandWon(messages.get("xlsx.full.budgetYear", year)).in(budget),
                            OfficeColumn.text(messages.get("tasks.filter.continuing")),
                            OfficeColumn.text(messages.get("badge.representative")),
                            OfficeColumn.longText(messages.get("xlsx.full.background")),
                            OfficeColumn.longText(messages.get("xlsx.full.details")),
                            OfficeColumn.longText(messages.get("xlsx.full.before")),
                            OfficeColumn.longText(messages.get("xlsx.full.after")),
                            OfficeColumn.integer(messages.get("xlsx.full.milestoneCount")),
                            OfficeColumn.integer(messages.get("xlsx.full.kpiCount"))));
            for (PlanJson.TaskJson t : all) {
                Long amount = t.budgetAmounts().stream().filter(b -> b.year() == year)
                        .map(PlanJson.BudgetAmount::thousandWon).reduce(Long::sum).orElse(null);
                taskSheet.row(t.code(), t.title(), t.strategyCode() + " " + nodeNames.getOrDefault(t.strategyCode(), ""),
                        t.leadDepartment(), String.join(", ", t.collaboratingDepartments()), t.collaborators(),
                        t.officer(), t.phone(), t.budget(), amount,
                        messages.get(t.continuing() ? "tasks.filter.continuing.true" : "tasks.filter.continuing.false"),
                        t.representative() ? messages.get("xlsx.yes") : null,
                        t.background(), t.details(), t.before(), t.after(), t.milestones().size(), t.kpis().size());
            }
            OfficeSheet ms = wb.sheet(messages.get("xlsx.full.milestones"), planTitle + " " + messages.get("xlsx.full.milestones"),
                    subtitle, List.of(
                            OfficeColumn.text(messages.get("tasks.col.code")),
                            OfficeColumn.text(messages.get("tasks.col.title")),
                            OfficeColumn.longText(messages.get("xlsx.full.ms.description")),
                            OfficeColumn.longText(messages.get("xlsx.full.ms.detail")),
                            OfficeColumn.yearMonth(messages.get("xlsx.full.ms.start")).in(messages.get("xlsx.full.ms.planned")),
                            OfficeColumn.yearMonth(messages.get("xlsx.full.ms.end")).in(messages.get("xlsx.full.ms.planned")),
                            OfficeColumn.text(messages.get("xlsx.full.ms.schedule")).in(messages.get("xlsx.full.ms.planned")),
                            OfficeColumn.text(messages.get("xlsx.full.ms.status")),
                            OfficeColumn.date(messages.get("xlsx.full.ms.completed")),
                            OfficeColumn.longText(messages.get("xlsx.full.ms.note"))));
            for (PlanJson.TaskJson t : all) {
                for (PlanJson.MilestoneJson m : t.milestones()) {
                    ms.row(t.code(), t.title(), m.description(), m.detail(), month(m.plannedStart()), month(m.plannedEnd()),
                            m.schedule(), messages.label(MilestoneStatus.valueOf(m.status())),
                            m.actualCompletion() == null ? null : LocalDate.parse(m.actualCompletion()), m.note());
                }
            }
            String actuals = messages.get("xlsx.full.kpi.actuals", year);
            List<OfficeColumn> kpiColumns = new ArrayList<>(List.of(
                    OfficeColumn.text(messages.get("tasks.col.code")),
                    OfficeColumn.text(messages.get("tasks.col.title")),
                    OfficeColumn.longText(messages.get("xlsx.full.kpi.name")),
                    OfficeColumn.text(messages.get("xlsx.full.kpi.unit")),
                    OfficeColumn.measure(messages.get("xlsx.full.kpi.baseline")),
                    OfficeColumn.measure(messages.get("xlsx.full.kpi.target")),
                    OfficeColumn.text(messages.get("xlsx.full.kpi.direction")),
                    OfficeColumn.text(messages.get("xlsx.full.kpi.source"))));
            for (int q = 1; q <= 4; q++) {
                kpiColumns.add(OfficeColumn.measure(messages.get("xlsx.full.kpi.quarter", q)).in(actuals));
            }
            kpiColumns.add(OfficeColumn.longText(messages.get("xlsx.full.kpi.notes")));
            OfficeSheet kpis = wb.sheet(messages.get("xlsx.full.kpis"), planTitle + " " + messages.get("xlsx.full.kpis"),
                    subtitle, kpiColumns);
            for (PlanJson.TaskJson t : all) {
                for (PlanJson.KpiJson k : t.kpis()) {
                    BigDecimal[] quarter = new BigDecimal[4];
                    List<String> notes = new ArrayList<>();
                    for (PlanJson.Actual a : k.actuals()) {
                        if (a.year() == year && a.quarter() >= 1 && a.quarter() <= 4) {
                            quarter[a.quarter() - 1] = a.value();
                        } else {
                            notes.add(messages.get("xlsx.full.kpi.other", a.year(), a.quarter(), a.value().toPlainString()));
                        }
                        if (a.note() != null && !a.note().isBlank()) {
                            notes.add(messages.get("xlsx.full.kpi.quarterNote", a.year(), a.quarter(), a.note()));
                        }
                    }
                    kpis.row(t.code(), t.title(), k.name(), k.unit(), k.baseline(), k.target(),
                            messages.label(KpiDirection.valueOf(k.direction())), k.source(),
                            quarter[0], quarter[1], quarter[2], quarter[3], notes.isEmpty() ? null : String.join("\n", notes));
                }
            }
            return wb.toBytes();
        }
    }

    private static YearMonth month(String value) {
        return value == null ? null : YearMonth.parse(value);
    }
}
