package kr.innotrack.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    boolean existsByName(String name);

    boolean existsBySlug(String slug);

    /**
     * The organization, its row locked until the transaction ends: changes to its department tree take turns, so two
     * moves at once cannot close a loop that neither saw.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    java.util.Optional<Organization> lockForTreeChange(Long id);

    /** Every organization with how many departments and accounts it has: one statement for the operator's list. */
    @Query("""
            select new kr.innotrack.organization.OrganizationQueries$OrganizationRow(o.id, o.name, o.fullName, o.kind,
                   o.region, o.enabled, o.createdAt,
                   (select count(d) from Department d where d.organization = o and d.closedOn is null),
                   (select count(a) from Account a where a.organization = o and a.enabled = true))
            from Organization o order by o.enabled desc, o.name""")
    List<OrganizationQueries.OrganizationRow> listForOperator();
}
