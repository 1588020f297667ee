package kr.innotrack.portal;

import static kr.innotrack.portal.Rows.date;
import static kr.innotrack.portal.Rows.integer;
import static kr.innotrack.portal.Rows.lng;
import static kr.innotrack.portal.Rows.str;
import static kr.innotrack.portal.Rows.time;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is published (the published API of the portal): whether a plan or a round's result is public, and the
 * publication page's lists. Reads only; {@link PublicationCommands} changes.
 */
@Service
@Transactional(readOnly = true)
public class Publications {

    @PersistenceContext
    private EntityManager em;

    /** A plan of the organization with its publication state. */
    public record PlanState(Long id, int year, String title, String state, LocalDateTime publishedAt,
                            String publishedBy) {
        public boolean published() {
            return publishedAt != null;
        }

        public boolean publishable() {
            return !"DRAFT".equals(state);
        }
    }

    /** A closed round of the organization with its publication state and its plan's. */
    public record RoundState(Long id, Long planId, int planYear, String title, String state, LocalDate referenceDate,
                             boolean planPublished, LocalDateTime publishedAt, String publishedBy) {
        public boolean published() {
            return publishedAt != null;
        }
    }

    /** The organization's plans, newest first. */
    public List<PlanState> plans(Long organizationId) {
        return plans("p.organization_id = ?1", organizationId);
    }

    /** The organization's closed rounds (the only ones that can be published), newest first. */
    public List<RoundState> closedRounds(Long organizationId) {
        return rounds("p.organization_id = ?1 and r.state = 'CLOSED'", organizationId);
    }

    /** One plan of the organization; empty when it is another's or none. */
    public Optional<PlanState> plan(Long organizationId, Long planId) {
        return plans("p.organization_id = ?1 and p.id = ?2", organizationId, planId).stream().findFirst();
    }

    /** One round of the organization (any state); empty when it is another's or none. */
    public Optional<RoundState> round(Long organizationId, Long roundId) {
        return rounds("p.organization_id = ?1 and r.id = ?2", organizationId, roundId).stream().findFirst();
    }

    /** Whether anyone may read this plan on the public pages. */
    public boolean planPublic(Long planId) {
        return !em.createNativeQuery("select p.id from plan p where p.id = ?1 and" + PublicQueries.PLAN_PUBLISHED)
                .setParameter(1, planId).getResultList().isEmpty();
    }

    /** The organization's public address (slug), or null when it has none. */
    public String slug(Long organizationId) {
        List<?> rows = em.createNativeQuery("select slug from organization where id = ?1 and enabled")
                .setParameter(1, organizationId).getResultList();
        return rows.isEmpty() ? null : str(rows.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<PlanState> plans(String where, Object... params) {
        var q = em.createNativeQuery("select p.id, p.plan_year, p.title, p.state, pub.published_at, pub.published_by"
                + " from plan p left join publication pub on pub.subject_kind = 'PLAN' and pub.subject_id = p.id"
                + " where " + where + " order by p.plan_year desc, p.id desc");
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new PlanState(lng(r[0]), integer(r[1]),
                str(r[2]), str(r[3]), time(r[4]), str(r[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<RoundState> rounds(String where, Object... params) {
        var q = em.createNativeQuery("select r.id, r.plan_id, p.plan_year, r.title, r.state, r.reference_date,"
                + " (select count(*) from publication pp where pp.subject_kind = 'PLAN' and pp.subject_id = p.id),"
                + " pub.published_at, pub.published_by from check_round r join plan p on p.id = r.plan_id"
                + " left join publication pub on pub.subject_kind = 'ROUND' and pub.subject_id = r.id"
                + " where " + where + " order by r.reference_date desc, r.id desc");
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new RoundState(lng(r[0]), lng(r[1]),
                integer(r[2]), str(r[3]), str(r[4]), date(r[5]), lng(r[6]) > 0, time(r[7]), str(r[8]))).toList();
    }
}
