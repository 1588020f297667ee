package kr.innotrack.scoring;

import lombok.Getter;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** One department in a frozen award result: its rank and score as confirmed, and its award if any. */
@Entity
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AwardLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int lineNo;
    @Column(name = "ranking_rank")
    private int rank;
    private String departmentName;
    private BigDecimal score;
    private int taskCount;
    /** The components as shown when confirmed ("추진일정 적기 완료 30% 80.0, …"). */
    private String components;
    private String grade;
    private Long amountThousandWon;

    AwardLine(int lineNo, int rank, String departmentName, BigDecimal score, int taskCount, String components,
              String grade, Long amountThousandWon) {
        this.lineNo = lineNo;
        this.rank = rank;
        this.departmentName = departmentName;
        this.score = score;
        this.taskCount = taskCount;
        this.components = components;
        this.grade = grade;
        this.amountThousandWon = amountThousandWon;
    }

}
