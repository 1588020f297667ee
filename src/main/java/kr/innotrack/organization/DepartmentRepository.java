package kr.innotrack.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    @Query("select d from Department d where d.organization.id = :organizationId order by d.sortOrder, d.name")
    List<Department> findByOrganization(Long organizationId);

    @Query("select d from Department d join fetch d.organization where d.id = :id")
    Optional<Department> findWithOrganization(Long id);
}
