package kr.innotrack.portal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validators of the public pages ({@code ETag}): one fingerprint per organization over everything its public pages
 * show, in one statement. For each table a public page reads, the published rows' count, largest id and sum of
 * versions: every edit through JPA raises a version (a collection change raises its owner's), an insert raises the
 * count and the largest id, a delete lowers the count; publishing and withdrawing insert and delete publication rows.
 * Drafts and unpublished rounds are not part of it, so their changes neither invalidate the caches nor show through the
 * validator. A start-up nonce changes every validator when a new release (templates, messages) starts.
 */
@Service
@Transactional(readOnly = true)
class PublicFingerprints {

    private static final String NONCE = UUID.randomUUID().toString();

    private static final String PLANS = "(select p.id from plan p where p.organization_id = ?1 and"
            + PublicQueries.PLAN_PUBLISHED + ")";
    private static final String ROUNDS = "(select r.id from check_round r join plan p on p.id = r.plan_id"
            + " where p.organization_id = ?1 and" + PublicQueries.ROUND_PUBLISHED + ")";
    private static final String TASKS = "(select t.id from task t where t.plan_id in " + PLANS + ")";

    private static final String ORGANIZATION_SQL = "select "
            + stats("publication", "organization_id = ?1") + ", "
            + stats("organization", "id = ?1") + ", "
            + stats("department", "organization_id = ?1") + ", "
            + stats("plan", "id in " + PLANS) + ", "
            + stats("strategy_node", "plan_id in " + PLANS) + ", "
            + stats("task", "id in " + TASKS) + ", "
            + stats("milestone", "task_id in " + TASKS) + ", "
            + stats("kpi", "task_id in " + TASKS) + ", "
            + "(select count(*) from task_collaborating_department where task_id in " + TASKS + "), "
            + stats("check_round", "id in " + ROUNDS) + ", "
            + stats("round_entry", "round_id in " + ROUNDS) + ", "
            + stats("remedy", "round_id in " + ROUNDS) + ", "
            + "(select count(*) from remedy_revision where remedy_id in (select id from remedy where round_id in "
            + ROUNDS + ")), "
            + "(select count(*) from round_entry_evidence where entry_id in (select id from round_entry where round_id in "
            + ROUNDS + ")), "
            + "(select coalesce(max(id), 0) from round_entry_evidence where entry_id in (select id from round_entry"
            + " where round_id in " + ROUNDS + "))";

    private static final String INDEX_SQL = "select count(*), coalesce(max(id), 0), coalesce(sum(version), 0),"
            + " sum(case when enabled then 1 else 0 end) from organization where slug is not null";

    @PersistenceContext
    private EntityManager em;

    private static String stats(String table, String where) {
        return "(select count(*) from " + table + " where " + where + "), (select coalesce(max(id), 0) from " + table
                + " where " + where + "), (select coalesce(sum(version), 0) from " + table + " where " + where + ")";
    }

    /** The validator of every public page of this organization. */
    String organization(Long organizationId) {
        Object[] row = (Object[]) em.createNativeQuery(ORGANIZATION_SQL).setParameter(1, organizationId)
                .getSingleResult();
        return etag("o" + organizationId, row);
    }

    /** The validator of the list of public organizations. */
    String index() {
        Object[] row = (Object[]) em.createNativeQuery(INDEX_SQL).getSingleResult();
        return etag("i", row);
    }

    private static String etag(String prefix, Object[] row) {
        StringBuilder text = new StringBuilder(NONCE).append('|').append(prefix);
        for (Object o : row) {
            text.append('|').append(o == null ? "-" : new java.math.BigDecimal(o.toString()).stripTrailingZeros()
                    .toPlainString());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
