package kr.innotrack.auditfinding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import kr.innotrack.organization.Department;
import kr.innotrack.shared.BaseEntity;

/** A council audit finding (행정사무감사 지적사항) and the organization's response to it. */
@Entity
public class AuditFinding extends BaseEntity {

    @Column(name = "organization_id")
    private Long organizationId;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    private int findingYear;
    private String managementNumber;

    @Enumerated(EnumType.STRING)
    private FindingType findingType;

    private String committee;
    private String title;

    @Enumerated(EnumType.STRING)
    private FindingStatus status;

    private String findingText;
    private String actionPlan;
    private String closingNote;

    protected AuditFinding() {
    }

    void changeStatus(FindingStatus status, String closingNote) {
        this.status = status;
        this.closingNote = closingNote;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Department getDepartment() {
        return department;
    }

    public int getFindingYear() {
        return findingYear;
    }

    public String getManagementNumber() {
        return managementNumber;
    }

    public FindingType getFindingType() {
        return findingType;
    }

    public String getCommittee() {
        return committee;
    }

    public String getTitle() {
        return title;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getFindingText() {
        return findingText;
    }

    public String getActionPlan() {
        return actionPlan;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
