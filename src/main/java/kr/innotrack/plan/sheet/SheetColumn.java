package kr.innotrack.plan.sheet;

import java.util.Arrays;
import java.util.List;
import kr.innotrack.shared.Labeled;

/**
 * Every column of the table sheets, in the order the template writes them. The header row names them
 * ({@code enum.SheetColumn.*}); on import a column is found by its header, so a person may reorder or add columns.
 * {@code width} is in characters; {@code maxLength} is what the database column holds (0: not text of its own).
 */
enum SheetColumn implements Labeled {
    NODE_CODE(SheetTab.NODES, 12, 20),
    NODE_PARENT(SheetTab.NODES, 12, 20),
    NODE_NAME(SheetTab.NODES, 50, 300),
    NODE_LEVEL(SheetTab.NODES, 12, 30),
    NODE_CATEGORY(SheetTab.NODES, 14, 50),
    NODE_MANDATORY(SheetTab.NODES, 8, 0),

    TASK_NODE(SheetTab.TASKS, 10, 20),
    TASK_CODE(SheetTab.TASKS, 10, 20),
    TASK_TITLE(SheetTab.TASKS, 40, 300),
    TASK_LEAD(SheetTab.TASKS, 16, 0),
    TASK_DEPARTMENTS(SheetTab.TASKS, 24, 0),
    TASK_COLLABORATORS(SheetTab.TASKS, 20, 500),
    TASK_OFFICER(SheetTab.TASKS, 16, 200),
    TASK_PHONE(SheetTab.TASKS, 14, 100),
    TASK_BUDGET(SheetTab.TASKS, 16, 500),
    TASK_CONTINUING(SheetTab.TASKS, 6, 0),
    TASK_REPRESENTATIVE(SheetTab.TASKS, 6, 0),
    TASK_BACKGROUND(SheetTab.TASKS, 40, 20000),
    TASK_DETAILS(SheetTab.TASKS, 40, 20000),
    TASK_BEFORE(SheetTab.TASKS, 30, 5000),
    TASK_AFTER(SheetTab.TASKS, 30, 5000),
    TASK_SCHEDULE(SheetTab.TASKS, 30, 0),

    SCHEDULE_TASK(SheetTab.SCHEDULE, 10, 20),
    SCHEDULE_DESCRIPTION(SheetTab.SCHEDULE, 40, 500),
    SCHEDULE_DETAIL(SheetTab.SCHEDULE, 40, 2000),
    SCHEDULE_TEXT(SheetTab.SCHEDULE, 20, 200),
    SCHEDULE_UNDATED(SheetTab.SCHEDULE, 10, 0),

    KPI_TASK(SheetTab.KPIS, 10, 20),
    KPI_NAME(SheetTab.KPIS, 36, 200),
    KPI_UNIT(SheetTab.KPIS, 8, 20),
    KPI_BASELINE(SheetTab.KPIS, 10, 0),
    KPI_TARGET(SheetTab.KPIS, 10, 0),
    KPI_DIRECTION(SheetTab.KPIS, 8, 0),
    KPI_FREQUENCY(SheetTab.KPIS, 10, 0),
    KPI_NOTE(SheetTab.KPIS, 30, 500),
    /** Optional (older templates lack it): blank means 누계. */
    KPI_ACCUMULATION(SheetTab.KPIS, 10, 0);

    final SheetTab tab;
    final int width;
    final int maxLength;

    SheetColumn(SheetTab tab, int width, int maxLength) {
        this.tab = tab;
        this.width = width;
        this.maxLength = maxLength;
    }

    static List<SheetColumn> of(SheetTab tab) {
        return Arrays.stream(values()).filter(c -> c.tab == tab).toList();
    }
}
