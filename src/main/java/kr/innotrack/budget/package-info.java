/**
 * Budget execution (예산 집행): each task's quarterly plan against what was executed. Publishes nothing; it serves
 * plan's read API through {@code plan.TaskBudgetPlans}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget execution",
        allowedDependencies = {"shared", "shared :: web", "history", "plan", "document"})
package kr.innotrack.budget;
