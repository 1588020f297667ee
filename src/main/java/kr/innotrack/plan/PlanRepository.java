package kr.innotrack.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p join fetch p.organization o where p.id = :id and o.id = :organizationId")
    Optional<Plan> findInOrganization(Long id, Long organizationId);

    @Query("""
            select new kr.innotrack.plan.PlanSummary(p.id, o.id, o.name, p.planYear, p.title, p.state, count(t.id))
            from Plan p join p.organization o left join Task t on t.plan = p and t.retiredOn is null
            where o.id = :organizationId
            group by p.id, o.id, o.name, p.planYear, p.title, p.state
            order by o.name, p.planYear desc""")
    List<PlanSummary> summaries(Long organizationId);

    @Query("select new kr.innotrack.plan.PlanStateView(p.state, p.planYear) from Plan p where p.id = :id")
    Optional<PlanStateView> stateOf(Long id);

    boolean existsByOrganizationIdAndPlanYear(Long organizationId, int planYear);
}
