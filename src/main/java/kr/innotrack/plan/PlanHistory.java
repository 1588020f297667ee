package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A task count the plan reports for a year: the whole plan (no node) or one strategy. Read-only history. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlanHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private int historyYear;

    @Column(name = "strategy_node_id")
    private Long strategyNodeId;

    private int taskCount;
    private Integer departmentCount;
}
