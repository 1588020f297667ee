package kr.innotrack.plan;

import java.util.List;
import java.util.Optional;
import kr.innotrack.organization.Department;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("""
            select t from Task t
              join fetch t.plan p join fetch p.organization
              join fetch t.strategyNode n left join fetch n.parent
              left join fetch t.leadDepartment
            where t.id = :id""")
    Optional<Task> findDetail(Long id);

    @Query("""
            select t from Task t join fetch t.strategyNode left join fetch t.leadDepartment
            where t.plan.id = :planId order by t.sortOrder""")
    List<Task> findByPlanWithDepartments(Long planId);

    @Query("select coalesce(max(t.sortOrder), -1) from Task t where t.plan.id = :planId")
    int lastSortOrder(Long planId);

    /** One row: (tasks, without a lead department, without a schedule line, without a KPI); retired ones apart. */
    @Query("""
            select count(t),
                   sum(case when t.leadDepartment is null then 1 else 0 end),
                   sum(case when not exists (select 1 from Milestone m where m.taskId = t.id) then 1 else 0 end),
                   sum(case when not exists (select 1 from Kpi k where k.taskId = t.id) then 1 else 0 end)
            from Task t where t.plan.id = :planId and t.retiredOn is null""")
    List<Object[]> readiness(Long planId);

    @Query("select distinct t.leadDepartment.id from Task t where t.plan.id = :planId and t.retiredOn is null")
    List<Long> leadDepartmentIdsOfPlan(Long planId);

    @Query("select t.id from Task t where t.plan.id = :planId")
    List<Long> idsOfPlan(Long planId);

    @Query("""
            select distinct d from Task t join t.leadDepartment d
            where t.plan.id = :planId order by d.sortOrder""")
    List<Department> leadDepartmentsOfPlan(Long planId);

    /** Rows of (strategy node id, tasks) over all the plan's tasks, retired ones too (a node with any stays). */
    @Query("select t.strategyNode.id, count(t) from Task t where t.plan.id = :planId group by t.strategyNode.id")
    List<Object[]> countByNode(Long planId);

    /** Rows of (strategy node id, tasks) over the plan's tasks being carried out: retired (중단) ones apart. */
    /** Rows of (task id, strategy node id) of a plan's tasks that are not retired (중단). */
    @Query("select t.id, t.strategyNode.id from Task t where t.plan.id = :planId and t.retiredOn is null")
    List<Object[]> activeTasksByNode(Long planId);

    @Query("""
            select d from Task t join t.collaboratingDepartments d
            where t.id = :taskId order by d.sortOrder""")
    List<Department> collaboratingDepartments(Long taskId);

    /** Rows of (task id, department id, department name) for every collaboration in a plan. */
    @Query("""
            select t.id, d.id, d.name from Task t join t.collaboratingDepartments d
            where t.plan.id = :planId order by t.sortOrder, d.sortOrder""")
    List<Object[]> collaborationsOfPlan(Long planId);

    @Query("""
            select t from Task t join fetch t.plan p join fetch t.strategyNode left join fetch t.leadDepartment
            where t.leadDepartment.id = :departmentId and p.state <> kr.innotrack.plan.PlanState.DRAFT
            order by p.planYear desc, t.sortOrder""")
    List<Task> findLedBy(Long departmentId);

    @Query("""
            select t from Task t join fetch t.plan p join fetch t.strategyNode left join fetch t.leadDepartment
            where exists (select 1 from Task t2 join t2.collaboratingDepartments d
                          where t2 = t and d.id = :departmentId)
              and p.state <> kr.innotrack.plan.PlanState.DRAFT
            order by p.planYear desc, t.sortOrder""")
    List<Task> findCollaboratedBy(Long departmentId);

    @Query("""
            select new kr.innotrack.plan.TaskRef(t.id, p.id, p.planYear, t.code, t.title)
            from Task t join t.plan p where p.organization.id = :organizationId and p.state <> kr.innotrack.plan.PlanState.DRAFT
            order by p.planYear desc, t.sortOrder""")
    List<TaskRef> refsOfOrganization(Long organizationId);

    /** Rows of (department id, tasks led). */
    @Query("""
            select t.leadDepartment.id, count(t) from Task t
            where t.leadDepartment.organization.id = :organizationId and t.plan.state <> kr.innotrack.plan.PlanState.DRAFT
            group by t.leadDepartment.id""")
    List<Object[]> countLedByDepartment(Long organizationId);

    /** Rows of (department id, tasks collaborated on). */
    @Query("""
            select d.id, count(t) from Task t join t.collaboratingDepartments d
            where d.organization.id = :organizationId and t.plan.state <> kr.innotrack.plan.PlanState.DRAFT
            group by d.id""")
    List<Object[]> countCollaboratedByDepartment(Long organizationId);

    /**
     * The ids of the tasks a task continues, nearest year first (its predecessor, that one's predecessor, …), at most
     * 10 years back: one statement however long the chain (a recursive query H2 and PostgreSQL both read).
     */
    @Query(value = """
            with recursive chain (id, predecessor_id, depth) as (
                select t.id, t.predecessor_id, 0 from task t where t.id = :taskId
                union all
                select p.id, p.predecessor_id, c.depth + 1 from task p join chain c on p.id = c.predecessor_id
                where c.depth < 10)
            select id from chain where depth > 0 order by depth""", nativeQuery = true)
    List<Number> predecessorChain(Long taskId);

    @Query("select t from Task t join fetch t.plan p where t.id in :ids and p.organization.id = :organizationId")
    List<Task> findWithPlan(java.util.Collection<Long> ids, Long organizationId);
}
