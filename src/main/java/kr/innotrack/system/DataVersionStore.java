package kr.innotrack.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.innotrack.shared.DataVersions;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data versions (V26): read in one indexed statement each, raised through {@link DataVersionListener#raise}. */
@Service
class DataVersionStore implements DataVersions {

    /** A page's version and when its data last changed (epoch ms, 0 when unknown). */
    record Stamp(long version, long changedAt) {
    }

    @PersistenceContext
    private EntityManager em;

    private final JdbcTemplate jdbc;

    DataVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version this request's validator already read ({@link ConditionalPages}), so a page's cache key costs no
     * second statement; read before the page computes anything, so a key never claims fresher data than it holds.
     */
    static String attribute(String scope, Long id) {
        return DataVersions.requestAttribute(scope, id);
    }

    private static Long remembered(String scope, Long id) {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : (Long) attributes.getAttribute(attribute(scope, id),
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
    }

    @Override
    @Transactional(readOnly = true)
    public long plan(Long planId) {
        Long known = remembered("plan", planId);
        if (known != null) {
            return known;
        }
        return one("select v.version, v.changed_at_ms from plan_data_version v where v.plan_id = ?1", planId)
                .map(Stamp::version).orElse(0L);
    }

    @Override
    @Transactional(readOnly = true)
    public long planOfRound(Long roundId) {
        Long known = remembered("round", roundId);
        if (known != null) {
            return known;
        }
        return one("select v.version, v.changed_at_ms from check_round r join plan_data_version v on v.plan_id = r.plan_id"
                + " where r.id = ?1", roundId).map(Stamp::version).orElse(0L);
    }

    @Override
    @Transactional(readOnly = true)
    public long organization(Long organizationId) {
        Long known = remembered("organization", organizationId);
        if (known != null) {
            return known;
        }
        return one("select v.version, v.changed_at_ms from organization_data_version v where v.organization_id = ?1",
                organizationId).map(Stamp::version).orElse(0L);
    }

    /**
     * The plan's stamp if the plan is the organization's and the reader may see it (a draft only for its planning
     * admins: the rule of {@code plan.PlanStateGuard}); else empty: no validator, the page answers as ever.
     */
    @Transactional(readOnly = true)
    public Optional<Stamp> planStamp(Long planId, Long organizationId, boolean admin) {
        return one("select coalesce(v.version, 0), coalesce(v.changed_at_ms, 0) from plan p left join plan_data_version v"
                + " on v.plan_id = p.id where p.id = ?1 and p.organization_id = ?2 and (p.state <> 'DRAFT' or ?3 = 1)",
                planId, organizationId, admin ? 1 : 0);
    }

    /** The stamp of the round's plan if the round is the organization's. */
    @Transactional(readOnly = true)
    public Optional<Stamp> roundStamp(Long roundId, Long organizationId, boolean admin) {
        return one("select coalesce(v.version, 0), coalesce(v.changed_at_ms, 0) from check_round r join plan p"
                + " on p.id = r.plan_id left join plan_data_version v on v.plan_id = p.id where r.id = ?1"
                + " and p.organization_id = ?2 and (p.state <> 'DRAFT' or ?3 = 1)", roundId, organizationId, admin ? 1 : 0);
    }

    @Transactional(readOnly = true)
    public Optional<Stamp> organizationStamp(Long organizationId) {
        Optional<Stamp> stamp = one("select v.version, v.changed_at_ms from organization_data_version v"
                + " where v.organization_id = ?1", organizationId);
        return Optional.of(stamp.orElse(new Stamp(0, 0)));
    }

    @Override
    @Transactional
    public void touchPlan(Long planId) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            DataVersionListener.raise(c, Set.of(planId), Set.of(), System.currentTimeMillis());
            return null;
        });
    }

    @Override
    @Transactional
    public void touchOrganization(Long organizationId) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            DataVersionListener.raise(c, Set.of(), Set.of(organizationId), System.currentTimeMillis());
            return null;
        });
    }

    private Optional<Stamp> one(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }
}
