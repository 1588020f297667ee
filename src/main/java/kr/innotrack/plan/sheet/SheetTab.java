package kr.innotrack.plan.sheet;

import kr.innotrack.shared.Labeled;

/** The sheets of the plan workbook, in their order; their names are words ({@code enum.SheetTab.*}). */
enum SheetTab implements Labeled {
    GUIDE,
    PLAN,
    NODES,
    TASKS,
    SCHEDULE,
    KPIS
}
