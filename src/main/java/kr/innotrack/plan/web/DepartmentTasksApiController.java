package kr.innotrack.plan.web;

import java.util.List;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/departments?organization={id}}: documented in docs/api.md. */
@RestController
@RequiredArgsConstructor
class DepartmentTasksApiController {

    private final DepartmentTaskQueries queries;

    @GetMapping("/api/departments")
    List<DepartmentJson> list(@RequestParam("organization") Long organizationId, CurrentUser user) {
        return queries.list(organizationId, user.organizationId()).stream()
                .map(d -> new DepartmentJson(d.id(), d.name(), d.taskCount(), d.ledTasks(), d.collaboratedTasks()))
                .toList();
    }

    record DepartmentJson(Long id, String name, long taskCount, long ledTaskCount, long collaboratingTaskCount) {
    }
}
