package kr.innotrack.publicvote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicVoteRepository extends JpaRepository<PublicVote, Long> {

    List<PublicVote> findByOrganizationIdOrderByOpensAtDescIdDesc(Long organizationId);

    Optional<PublicVote> findByContestPlanId(Long planId);
}

interface VoteCaseRepository extends JpaRepository<VoteCase, Long> {

    List<VoteCase> findByVoteIdOrderBySortOrderAscIdAsc(Long voteId);

    long countByVoteId(Long voteId);
}
