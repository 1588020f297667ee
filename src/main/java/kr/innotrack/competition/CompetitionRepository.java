package kr.innotrack.competition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetitionRepository extends JpaRepository<Competition, Long> {

    Optional<Competition> findByIdAndOrganizationId(Long id, Long organizationId);

    List<Competition> findByOrganizationIdOrderByReceiptStartDescIdDesc(Long organizationId);

    List<Competition> findByOrganizationIdAndStateInOrderByReceiptStartDescIdDesc(Long organizationId,
                                                                                   Collection<CompetitionState> states);
}
