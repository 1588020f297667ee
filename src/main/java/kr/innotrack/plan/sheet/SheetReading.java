package kr.innotrack.plan.sheet;

import java.util.List;
import kr.innotrack.plan.PlanBlueprint;

/**
 * What an uploaded workbook holds: the blueprint when the file is clean, otherwise every problem found (the first
 * {@link PlanWorkbookReader#MAX_PROBLEMS}, and how many more); the tasks as the preview lists them. Public for the
 * page's expressions only.
 */
public record SheetReading(PlanBlueprint blueprint, List<SheetProblem> problems, int moreProblems,
                           List<PreviewTask> tasks) {

    public boolean clean() {
        return problems.isEmpty();
    }

    public int scheduleLines() {
        return tasks.stream().mapToInt(PreviewTask::scheduleLines).sum();
    }

    public int kpis() {
        return tasks.stream().mapToInt(PreviewTask::kpis).sum();
    }

    /** One task as the preview lists it. */
    public record PreviewTask(String nodeCode, String code, String title, String lead, String collaborating,
                              int scheduleLines, int kpis) {
    }
}
