package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;

/**
 * The department ranking made public (순위 공표), with the model version and evaluation date it was published on and
 * the last day departments may object (이의 신청 기한). Awards wait until that day has passed and every objection is
 * answered. Publishing again (after corrections) moves the window.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RankingPublication extends BaseEntity {

    private Long planId;
    private int modelVersionNo;
    private LocalDate evaluationDate;
    private LocalDateTime publishedAt;
    private String publishedBy;
    private LocalDate objectionUntil;

    RankingPublication(Long planId) {
        this.planId = planId;
    }

    void publish(int modelVersionNo, LocalDate evaluationDate, LocalDate objectionUntil, String by, LocalDateTime at) {
        this.modelVersionNo = modelVersionNo;
        this.evaluationDate = evaluationDate;
        this.objectionUntil = objectionUntil;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Departments may still object on this day. */
    public boolean windowOpenOn(LocalDate day) {
        return !day.isAfter(objectionUntil);
    }

}
