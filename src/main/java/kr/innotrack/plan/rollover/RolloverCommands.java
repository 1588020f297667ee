package kr.innotrack.plan.rollover;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.plan.PlanAssembly;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the new year's plan from last year's (작성 중), in one transaction: all of it or nothing. */
@Service
@Transactional
@RequiredArgsConstructor
class RolloverCommands {

    private final RolloverQueries queries;
    private final PlanAssembly assembly;

    /** The admin's decision: the new year and one line per task of last year. */
    record Rollover(Integer year, List<Line> lines) {
        Rollover {
            lines = lines == null ? List.of() : new ArrayList<>(lines);
        }
    }

    /** One task of last year: continued or not, and what the admin set for it. */
    record Line(Long sourceTaskId, boolean keep, String title, Long leadDepartmentId,
                List<RolloverMapping.KpiDecision> kpis) {
        Line {
            kpis = kpis == null ? List.of() : kpis;
        }
    }

    /** @return the new plan's id */
    Long create(Long planId, Rollover decision, CurrentUser user) {
        RolloverQueries.Review review = queries.review(planId, user);
        review.check(decision);
        return assembly.create(review.mapping().build(review.source(), planId, decision.year(),
                review.continued(decision)), user);
    }
}
