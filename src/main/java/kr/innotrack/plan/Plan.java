package kr.innotrack.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.organization.Organization;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An organization's innovation execution plan for one year (혁신 실행계획). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Plan extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    private int planYear;
    private String title;
    private String subtitle;
    private String issued;
    private String vision;
    private String goal;
    /** One strategy per line (e.g. Samcheok's 3대 전략). */
    private String strategies;
    /** One direction per line (e.g. 2021 추진 방향). */
    private String directions;

    public List<String> strategyList() {
        return lines(strategies);
    }

    public List<String> directionList() {
        return lines(directions);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
