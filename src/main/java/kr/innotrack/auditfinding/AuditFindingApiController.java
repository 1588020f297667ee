package kr.innotrack.auditfinding;

import java.util.List;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit-findings?organization={id}}: documented in docs/api.md. */
@RestController
@RequiredArgsConstructor
class AuditFindingApiController {

    private final AuditFindingQueries queries;

    @GetMapping("/api/audit-findings")
    List<AuditFindingQueries.FindingJson> list(@RequestParam("organization") Long organizationId, CurrentUser user) {
        return queries.api(organizationId, user);
    }
}
