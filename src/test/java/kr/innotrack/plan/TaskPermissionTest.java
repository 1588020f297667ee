package kr.innotrack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskPermissionTest {

    private static final long ORG = 1L;
    private static final long LEAD = 10L;
    private static final long COLLABORATOR = 20L;

    @ParameterizedTest(name = "{0}: org {1}, dept {2}, collaborators may edit {3} → {4}")
    @CsvSource(nullValues = "-", textBlock = """
            PLANNING_ADMIN,     1, -,  false, true
            PLANNING_ADMIN,     2, -,  false, false
            DEPARTMENT_OFFICER, 1, 10, false, true
            DEPARTMENT_OFFICER, 2, 10, false, false
            DEPARTMENT_OFFICER, 1, 20, false, false
            DEPARTMENT_OFFICER, 1, 20, true,  true
            DEPARTMENT_OFFICER, 1, 30, true,  false
            DEPARTMENT_OFFICER, 1, -,  true,  false
            VIEWER,             1, -,  true,  false
            VIEWER,             1, 10, true,  false
            """)
    void whoMayEditATask(Role role, long organization, Long department, boolean collaboratorsMayEdit, boolean allowed) {
        CurrentUser user = new CurrentUser(1L, "u", "u", organization, department, role);
        assertThat(TaskPermission.canEdit(user, ORG, LEAD, List.of(COLLABORATOR), collaboratorsMayEdit))
                .isEqualTo(allowed);
    }
}
