package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A node of a plan's strategy tree: a strategy, an area (가/나/다), a focus sub-area (가-1) … any depth. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StrategyNode extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    private StrategyNode parent;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    private String code;
    private String name;
    /** What this level is called in the plan: 영역, 중점분야, 전략, 세부목표, 대표과제 … */
    private String levelName;
    /** A short tag the plan gives the node, e.g. 참여·협력. */
    private String category;
    /** 필수과제: a sub-area every government must address. */
    private boolean mandatory;
    private int sortOrder;

    StrategyNode(Plan plan, StrategyNode parent, String code, String name, String levelName, String category,
                 boolean mandatory, int sortOrder) {
        this.plan = plan;
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.code = code;
        this.name = name;
        this.levelName = levelName;
        this.category = category;
        this.mandatory = mandatory;
        this.sortOrder = sortOrder;
    }

    /** Code, name, level name, category and 필수과제 mark, as the planning admin writes them. */
    void describe(String code, String name, String levelName, String category, boolean mandatory) {
        this.code = code;
        this.name = name;
        this.levelName = levelName;
        this.category = category;
        this.mandatory = mandatory;
    }

    /** Under another node (null: at the root), at a place among its new siblings. */
    void placeUnder(StrategyNode parent, int sortOrder) {
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.sortOrder = sortOrder;
    }

    void orderAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
