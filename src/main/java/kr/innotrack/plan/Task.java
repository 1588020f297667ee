package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.Set;
import kr.innotrack.organization.Department;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A task (추진과제) of a plan, placed under one node of the strategy tree. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Task extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private StrategyNode strategyNode;

    /** As written in the plan: 1-1, 가-1-1 … */
    private String code;
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department leadDepartment;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_collaborating_department",
            joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> collaboratingDepartments = new LinkedHashSet<>();

    /** 관련 협업기관 exactly as the plan writes it (outside agencies included). */
    private String collaborators;
    private String officer;
    private String phone;
    private String budgetText;
    /** 계속: carried over from an earlier year. */
    private boolean continuing;
    /** 대표과제: one of the organization's representative tasks. */
    private boolean representative;
    private String background;
    private String details;
    @Column(name = "before_text")
    private String before;
    @Column(name = "after_text")
    private String after;
    private int sortOrder;
    /** Officers of collaborating departments may also update this task's milestones and KPI values. */
    private boolean collaboratorsMayEdit;
    /** 중점과제: selected by the planning office for quarterly checks. */
    private boolean focus;

    void assignOfficer(String officer, String phone) {
        this.officer = officer;
        this.phone = phone;
    }

    void letCollaboratorsEdit(boolean allowed) {
        this.collaboratorsMayEdit = allowed;
    }

    void markFocus(boolean focus) {
        this.focus = focus;
    }
}
