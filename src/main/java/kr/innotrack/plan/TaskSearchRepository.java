package kr.innotrack.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Repository;

/** The task list's filtered query: one statement, whatever the filters. */
@Repository
@RequiredArgsConstructor
class TaskSearchRepository {

    private final EntityManager em;

    List<Task> search(Long planId, Collection<Long> nodeIds, TaskFilter filter, YearMonth month) {
        StringBuilder jpql = new StringBuilder("""
                select t from Task t join fetch t.plan join fetch t.strategyNode n left join fetch t.leadDepartment d
                where t.plan.id = :planId""");
        Map<String, Object> params = new HashMap<>();
        params.put("planId", planId);
        if (nodeIds != null) {
            jpql.append(" and n.id in :nodeIds");
            params.put("nodeIds", nodeIds);
        }
        if (filter.getDept() != null) {
            jpql.append(" and d.id = :dept");
            params.put("dept", filter.getDept());
        }
        if (filter.getContinuing() != null) {
            jpql.append(" and t.continuing = :continuing");
            params.put("continuing", filter.getContinuing());
        }
        if (filter.getQ() != null) {
            jpql.append(" and lower(t.title) like :q escape '\\'");
            params.put("q", "%" + escapeLike(filter.getQ().toLowerCase(Locale.ROOT)) + "%");
        }
        if (TaskFilter.OVERDUE.equals(filter.getStatus())) {
            jpql.append(" and exists (select 1 from Milestone m where m.task = t and m.plannedEnd < :month")
                    .append(" and m.status <> kr.innotrack.plan.MilestoneStatus.DONE")
                    .append(" and m.status <> kr.innotrack.plan.MilestoneStatus.CANCELLED)");
            params.put("month", month);
        } else if (filter.getStatus() != null) {
            jpql.append(" and exists (select 1 from Milestone m where m.task = t and m.status = :status)");
            params.put("status", MilestoneStatus.valueOf(filter.getStatus()));
        }
        jpql.append(" order by t.sortOrder");
        TypedQuery<Task> query = em.createQuery(jpql.toString(), Task.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
