package kr.innotrack.auditfinding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import kr.innotrack.organization.Department;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A council audit finding (행정사무감사 지적사항) and the organization's response to it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
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
    /** 처리기한: when the response must be done (set by the planning office; none in Incheon's report). */
    private java.time.LocalDate dueDate;

    void changeStatus(FindingStatus status, String closingNote) {
        this.status = status;
        this.closingNote = closingNote;
    }

    void setDueDate(java.time.LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** Still in progress after its due date. */
    public boolean overdueOn(java.time.LocalDate today) {
        return dueDate != null && status == FindingStatus.IN_PROGRESS && dueDate.isBefore(today);
    }

    /** Days past the due date on the given day (0 when not overdue). */
    public long daysOverdue(java.time.LocalDate today) {
        return overdueOn(today) ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, today) : 0;
    }
}
