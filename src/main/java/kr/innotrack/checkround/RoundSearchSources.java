package kr.innotrack.checkround;

import jakarta.persistence.EntityManager;
import java.util.List;
import kr.innotrack.plan.Task;
import kr.innotrack.search.SearchHit;
import kr.innotrack.search.SearchKind;
import kr.innotrack.search.SearchSource;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Check rounds' part of the global search: round entries (the department's report, the office's review and return
 * comments) and remedies (cause, measures, the office's comment), each in one statement, newest round first.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class RoundSearchSources {

    private static final String VISIBLE_PLAN = " p.organization.id = :organizationId"
            + " and (:seesDrafts = true or p.state <> kr.innotrack.plan.PlanState.DRAFT)";

    private final EntityManager em;
    private final Messages messages;

    @Bean
    SearchSource entrySearch() {
        return SearchSource.of(SearchKind.ENTRY, (query, offset, limit) -> {
            List<RoundEntry> found = em.createQuery("""
                            select e from RoundEntry e join fetch e.round r join fetch r.plan p join fetch e.task t
                            where""" + VISIBLE_PLAN + """
                             and (lower(e.achievements) like :q escape '\\' or lower(e.problems) like :q escape '\\'
                               or lower(e.nextPlan) like :q escape '\\' or lower(e.reviewComment) like :q escape '\\'
                               or lower(e.returnComment) like :q escape '\\')
                            order by r.referenceDate desc, r.id desc, e.sortOrder, e.id""", RoundEntry.class)
                    .setParameter("organizationId", query.organizationId())
                    .setParameter("seesDrafts", query.seesDrafts())
                    .setParameter("q", query.pattern())
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            return found.stream().map(e -> {
                Task t = e.getTask();
                return new SearchHit(t.getCode() + " " + t.getTitle(),
                        messages.get("search.context.entry", e.getRound().getTitle(), t.getCode(), t.getTitle()),
                        "/rounds/" + e.getRoundId() + "/entries/" + e.getId(),
                        java.util.Arrays.asList(e.getAchievements(), e.getProblems(), e.getNextPlan(),
                                e.getReviewComment(), e.getReturnComment()));
            }).toList();
        });
    }

    @Bean
    SearchSource remedySearch() {
        return SearchSource.of(SearchKind.REMEDY, (query, offset, limit) -> {
            List<Remedy> found = em.createQuery("""
                            select rm from Remedy rm join fetch rm.entry e join fetch e.round r join fetch r.plan p
                            join fetch e.task t
                            where""" + VISIBLE_PLAN + """
                             and (lower(rm.cause) like :q escape '\\' or lower(rm.measures) like :q escape '\\'
                               or lower(rm.officeComment) like :q escape '\\')
                            order by r.referenceDate desc, r.id desc, e.sortOrder, rm.id""", Remedy.class)
                    .setParameter("organizationId", query.organizationId())
                    .setParameter("seesDrafts", query.seesDrafts())
                    .setParameter("q", query.pattern())
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            return found.stream().map(rm -> {
                RoundEntry e = rm.getEntry();
                Task t = e.getTask();
                return new SearchHit(t.getCode() + " " + t.getTitle(),
                        messages.get("search.context.remedy", e.getRound().getTitle(), t.getCode(), t.getTitle()),
                        "/remedies/" + rm.getId(),
                        java.util.Arrays.asList(rm.getCause(), rm.getMeasures(), rm.getOfficeComment()));
            }).toList();
        });
    }
}
