package kr.innotrack.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Collection;
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
    /** 중단: retired on this day with a reason; a task with history is never deleted. */
    private LocalDate retiredOn;
    private String retiredReason;
    /** The task of an earlier year's plan this one continues (계속). */
    @Column(name = "predecessor_id")
    private Long predecessorId;
    /** 국민 제안: the citizen proposal adopted into this task (the first one); set by {@link CitizenProposalTasks}. */
    @Column(name = "citizen_proposal_id", insertable = false, updatable = false)
    private Long citizenProposalId;

    Task(Plan plan, StrategyNode node, String code, String title, int sortOrder) {
        this.plan = plan;
        this.strategyNode = node;
        this.code = code;
        this.title = title;
        this.sortOrder = sortOrder;
    }

    /** Every field of the seed task sheet (the lead and collaborating departments are set apart). */
    void write(PlanBlueprint.TaskPlan t) {
        this.code = t.code();
        this.title = t.title();
        this.collaborators = t.collaborators();
        this.officer = t.officer();
        this.phone = t.phone();
        this.budgetText = t.budgetText();
        this.continuing = t.continuing();
        this.representative = t.representative();
        this.background = t.background();
        this.details = t.details();
        this.before = t.before();
        this.after = t.after();
        this.predecessorId = t.predecessorTaskId();
    }

    void assignDepartments(Department lead, Collection<Department> collaborating) {
        this.leadDepartment = lead;
        this.collaboratingDepartments.clear();
        this.collaboratingDepartments.addAll(collaborating);
    }

    void placeUnder(StrategyNode node) {
        this.strategyNode = node;
    }

    void retire(LocalDate day, String reason) {
        this.retiredOn = day;
        this.retiredReason = reason;
    }

    public boolean retired() {
        return retiredOn != null;
    }

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
