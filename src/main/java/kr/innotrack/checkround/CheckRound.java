package kr.innotrack.checkround;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.BaseEntity;
import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

/** A quarterly check (분기 점검) or half-year report (상·하반기 보고회) of a plan. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CheckRound extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @Column(name = "plan_id", insertable = false, updatable = false)
    private Long planId;

    private int roundYear;
    /** The quarter the reference date falls in; a half-year report has 2 or 4. */
    private int quarter;
    private boolean halfYear;
    private String title;
    private LocalDate referenceDate;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private RoundScope scope;

    @Enumerated(EnumType.STRING)
    private RoundState state = RoundState.PREPARING;

    private LocalDateTime createdAt;
    private LocalDateTime openedAt;
    private LocalDateTime closedAt;

    CheckRound(Plan plan, int roundYear, int quarter, boolean halfYear, String title, LocalDate referenceDate,
               LocalDate deadline, RoundScope scope, LocalDateTime createdAt) {
        this.plan = plan;
        this.planId = plan.getId();
        this.roundYear = roundYear;
        this.quarter = quarter;
        this.halfYear = halfYear;
        this.title = title;
        this.referenceDate = referenceDate;
        this.deadline = deadline;
        this.scope = scope;
        this.createdAt = createdAt;
    }

    void change(String title, LocalDate referenceDate, LocalDate deadline, RoundScope scope) {
        this.title = title;
        this.referenceDate = referenceDate;
        this.deadline = deadline;
        this.scope = scope;
    }

    void moveTo(RoundState target, LocalDateTime at) {
        this.state = target;
        if (target == RoundState.SUBMISSION) {
            openedAt = at;
        } else if (target == RoundState.CLOSED) {
            closedAt = at;
        }
    }

    /** Days from today to the deadline: negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public boolean lateOn(LocalDate day) {
        return day.isAfter(deadline);
    }
}
