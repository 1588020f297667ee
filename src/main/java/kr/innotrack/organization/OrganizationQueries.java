package kr.innotrack.organization;

import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the operator sees of organizations: who they are and how many people and departments, never plans. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class OrganizationQueries {

    private final OrganizationRepository organizations;

    record OrganizationRow(Long id, String name, String fullName, OrganizationKind kind, String region,
                           boolean enabled, LocalDateTime createdAt, long departments, long accounts) {
    }

    List<OrganizationRow> list(CurrentUser operator) {
        if (!operator.operator()) {
            throw new AccessDeniedHere("organization.operatorOnly");
        }
        return organizations.listForOperator();
    }
}
