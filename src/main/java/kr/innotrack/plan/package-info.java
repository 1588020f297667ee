/**
 * The yearly execution plan: strategy tree, tasks, milestones, KPIs and their progress, and the department pages that
 * list tasks per department. Published API: the root package (entities, views, {@code PlanQueries},
 * {@code TaskQueries}, {@code TaskScheduling}, the authoring services {@code PlanAssembly}, {@code PlanBlueprints},
 * {@code PlanLifecycle}, {@code PlanChanges}) and the named interface {@code events}; other sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history", "organization",
                "organization :: events", "search", "document", "evidence"})
package kr.innotrack.plan;
