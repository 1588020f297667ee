package kr.innotrack.auditfinding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditFindingRepository extends JpaRepository<AuditFinding, Long> {

    @Query("""
            select f from AuditFinding f left join fetch f.department d
            where f.organizationId = :organizationId
              and (:type is null or f.findingType = :type)
              and (:departmentId is null or d.id = :departmentId)
              and (:status is null or f.status = :status)
              and (:overdueOnly = false or (f.dueDate < :today
                   and f.status = kr.innotrack.auditfinding.FindingStatus.IN_PROGRESS))
            order by f.findingYear desc, f.id""")
    List<AuditFinding> search(Long organizationId, FindingType type, Long departmentId, FindingStatus status,
                              boolean overdueOnly, java.time.LocalDate today);

    @Query("""
            select f.findingType, f.status, count(f) from AuditFinding f
            where f.organizationId = :organizationId group by f.findingType, f.status""")
    List<Object[]> countByTypeAndStatus(Long organizationId);

    @Query("select f from AuditFinding f left join fetch f.department where f.id = :id and f.organizationId = :organizationId")
    Optional<AuditFinding> findInOrganization(Long id, Long organizationId);

    @Query("select p from AuditProgress p where p.findingId = :findingId order by p.entryDate, p.id")
    List<AuditProgress> progress(Long findingId);

    @Query("""
            select p from AuditProgress p where p.findingId in
              (select f.id from AuditFinding f where f.organizationId = :organizationId)
            order by p.findingId, p.entryDate, p.id""")
    List<AuditProgress> progressOfOrganization(Long organizationId);

    @Query(value = "select task_id from audit_finding_task where finding_id = :findingId", nativeQuery = true)
    List<Long> linkedTaskIds(Long findingId);

    @Modifying
    @Query(value = "insert into audit_finding_task (finding_id, task_id) values (:findingId, :taskId)", nativeQuery = true)
    void link(Long findingId, Long taskId);

    @Modifying
    @Query(value = "delete from audit_finding_task where finding_id = :findingId and task_id = :taskId", nativeQuery = true)
    void unlink(Long findingId, Long taskId);

    @Query(value = "select finding_id, task_id from audit_finding_task where finding_id in"
            + " (select id from audit_finding where organization_id = :organizationId)", nativeQuery = true)
    List<Object[]> linksOfOrganization(Long organizationId);
}
