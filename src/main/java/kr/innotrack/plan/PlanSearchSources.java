package kr.innotrack.plan;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.search.SearchHit;
import kr.innotrack.search.SearchKind;
import kr.innotrack.search.SearchSource;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plan's part of the global search: tasks (code, title, what the plan says of them, lead and collaborating
 * departments) and milestones, each in one statement, newest plan first. Drafts only for planning admins.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class PlanSearchSources {

    /** Plans the person may see: another organization's never, a draft only for its planning admins. */
    static final String VISIBLE_PLAN = " p.organization.id = :organizationId"
            + " and (:seesDrafts = true or p.state <> kr.innotrack.plan.PlanState.DRAFT)";

    private final EntityManager em;
    private final Messages messages;

    @Bean
    SearchSource taskSearch() {
        return SearchSource.of(SearchKind.TASK, (query, offset, limit) -> {
            List<Task> tasks = em.createQuery("""
                            select t from Task t join fetch t.plan p left join fetch t.leadDepartment d
                            where""" + VISIBLE_PLAN + """
                             and (lower(t.code) like :q escape '\\' or lower(t.title) like :q escape '\\'
                               or lower(t.background) like :q escape '\\' or lower(t.details) like :q escape '\\'
                               or lower(t.before) like :q escape '\\' or lower(t.after) like :q escape '\\'
                               or lower(t.collaborators) like :q escape '\\' or lower(d.name) like :q escape '\\'
                               or exists (select 1 from Task t2 join t2.collaboratingDepartments cd
                                          where t2 = t and lower(cd.name) like :q escape '\\'))
                            order by p.planYear desc, p.id desc, t.sortOrder, t.id""", Task.class)
                    .setParameter("organizationId", query.organizationId())
                    .setParameter("seesDrafts", query.seesDrafts())
                    .setParameter("q", query.pattern())
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            return tasks.stream().map(t -> {
                List<String> texts = new ArrayList<>();
                texts.add(t.getTitle());
                texts.add(t.getCode());
                texts.add(t.getLeadDepartment() == null ? null : t.getLeadDepartment().getName());
                texts.add(t.getCollaborators());
                texts.add(t.getDetails());
                texts.add(t.getBackground());
                texts.add(t.getBefore());
                texts.add(t.getAfter());
                return new SearchHit(t.getCode() + " " + t.getTitle(),
                        messages.get("search.context.task", t.getPlan().getPlanYear(),
                                t.getPlan().getTitle()),
                        "/plans/" + t.getPlan().getId() + "/tasks/" + t.getId(), texts);
            }).toList();
        });
    }

    @Bean
    SearchSource milestoneSearch() {
        return SearchSource.of(SearchKind.MILESTONE, (query, offset, limit) -> {
            List<Milestone> found = em.createQuery("""
                            select m from Milestone m join fetch m.task t join fetch t.plan p
                            where""" + VISIBLE_PLAN + """
                             and (lower(m.description) like :q escape '\\' or lower(m.detail) like :q escape '\\'
                               or lower(m.note) like :q escape '\\')
                            order by p.planYear desc, p.id desc, t.sortOrder, m.sortOrder, m.id""", Milestone.class)
                    .setParameter("organizationId", query.organizationId())
                    .setParameter("seesDrafts", query.seesDrafts())
                    .setParameter("q", query.pattern())
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            return found.stream().map(m -> {
                Task t = m.getTask();
                List<String> texts = new ArrayList<>();
                texts.add(m.getDescription());
                texts.add(m.getDetail());
                texts.add(m.getNote());
                return new SearchHit(m.getDescription(),
                        messages.get("search.context.milestone", t.getPlan().getPlanYear(),
                                t.getCode(), t.getTitle()),
                        "/plans/" + t.getPlan().getId() + "/tasks/" + t.getId() + "#milestones", texts);
            }).toList();
        });
    }
}
