package kr.innotrack.shared;

/**
 * The data versions stored in the database (issue 19, {@code docs/performance.md}): one counter per plan and one per
 * organization, raised in the transaction of every write that changes what the key pages show. Writes through JPA
 * raise them by themselves ({@code system.DataVersionListener}); a module that writes plan data by JDBC or native SQL
 * calls {@link #touchPlan}/{@link #touchOrganization} in the same transaction. Caches and {@code ETag}s are keyed by
 * these numbers, never by anything held in one app instance's memory, so several instances stay correct.
 */
public interface DataVersions {

    /** The plan's data version (0 when none was recorded); one indexed statement. */
    long plan(Long planId);

    /** The data version of the round's plan (0 when none was recorded); one indexed statement. */
    long planOfRound(Long roundId);

    /** The organization's data version: raised with every change of any of its plans and of its departments. */
    long organization(Long organizationId);

    /** Raises the plan's version (and its organization's) in the caller's transaction: for writes not made by JPA. */
    void touchPlan(Long planId);

    /** Raises the organization's version and every one of its plans'. */
    void touchOrganization(Long organizationId);

    /**
     * The request attribute holding the version a key page's validator read for {@code scope} ("plan", "round",
     * "organization") and {@code id} ({@code system.ConditionalPages}). It is set only when that statement also found
     * the record readable by the reader: the plan (or the round's plan) is the reader's organization's, and not a draft
     * unless the reader is a planning admin.
     */
    static String requestAttribute(String scope, Long id) {
        return DataVersions.class.getName() + "." + scope + "." + id;
    }
}
