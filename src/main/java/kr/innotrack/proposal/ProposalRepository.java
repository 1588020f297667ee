package kr.innotrack.proposal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByIdAndOrganizationId(Long id, Long organizationId);
}
