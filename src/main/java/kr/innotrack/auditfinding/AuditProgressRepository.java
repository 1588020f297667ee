package kr.innotrack.auditfinding;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditProgressRepository extends JpaRepository<AuditProgress, Long> {
}
