package kr.innotrack.auditfinding;

import kr.innotrack.evidence.AttachmentOwner;
import kr.innotrack.evidence.Owner;
import kr.innotrack.evidence.OwnerKind;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of an audit-finding progress entry: read by the finding's organization, attached and removed by whoever may
 * edit the finding (its department's officers, planning admins). Recorded in the finding's history.
 */
@Component
@RequiredArgsConstructor
class ProgressEvidence implements AttachmentOwner {

    private final AuditProgressRepository progress;
    private final AuditFindingRepository findings;

    @Override
    public OwnerKind kind() {
        return OwnerKind.AUDIT_PROGRESS;
    }

    @Override
    @Transactional(readOnly = true)
    public Owner resolve(Long progressId, CurrentUser user) {
        AuditProgress p = progress.findById(progressId)
                .orElseThrow(() -> new NotFoundException("finding.record", progressId));
        AuditFinding f = findings.findInOrganization(p.getFindingId(), user.organizationId())
                .orElseThrow(() -> new NotFoundException("finding.record", progressId));
        boolean edit = AuditFindingQueries.canEdit(f, user);
        return new Owner(OwnerKind.AUDIT_PROGRESS, p.getId(), f.getOrganizationId(),
                f.getManagementNumber() + " " + f.getTitle() + " · " + p.getEntryDate(),
                "/audit-findings/" + f.getId() + "#progress-" + p.getId(), edit, edit, false,
                new ChangeHistory.Subject(f.getOrganizationId(), null, null, AuditFindingQueries.AUDIT_FINDING,
                        f.getId(), f.getManagementNumber() + " " + f.getTitle()));
    }
}
