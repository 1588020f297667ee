package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a closed department went: its open successor, through any number of reorganisations (at most 10). */
class DepartmentSuccessorsTest {

    @Test
    void aMergeLeadsToTheSuccessorAndAChainToTheDepartmentOpenToday() {
        Map<Long, Long> resolved = DepartmentService.followSuccessors(Map.of(1L, 2L, 3L, 4L, 4L, 5L), Set.of(2L, 5L));
        assertThat(resolved).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 2L, 3L, 5L, 4L, 5L));
    }

    @Test
    void aChainEndingInAClosedDepartmentOrALoopGoesNowhere() {
        assertThat(DepartmentService.followSuccessors(Map.of(1L, 2L), Set.of())).isEmpty();
        assertThat(DepartmentService.followSuccessors(Map.of(1L, 2L, 2L, 1L), Set.of(9L))).isEmpty();
        // a department reopened after it was merged is itself again
        assertThat(DepartmentService.followSuccessors(Map.of(1L, 2L), Set.of(1L, 2L))).isEmpty();
    }
}
