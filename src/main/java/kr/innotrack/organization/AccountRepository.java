package kr.innotrack.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a left join fetch a.department left join fetch a.organization where a.username = :username")
    Optional<Account> findForSignIn(String username);

    boolean existsByUsername(String username);

    @Query("""
            select a from Account a left join fetch a.department
            where a.organizationId = :organizationId order by a.role, a.username""")
    List<Account> findByOrganization(Long organizationId);

    @Query("select a from Account a left join fetch a.department left join fetch a.organization where a.id = :id")
    Optional<Account> findWithDepartment(Long id);

    @Query("select a from Account a left join fetch a.department where a.id = :id and a.organizationId = :organizationId")
    Optional<Account> findInOrganization(Long id, Long organizationId);
}
