package kr.innotrack.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoringModelRepository extends JpaRepository<ScoringModel, Long> {

    Optional<ScoringModel> findFirstByPlanIdOrderByVersionNoDesc(Long planId);

    List<ScoringModel> findByPlanIdOrderByVersionNoDesc(Long planId);
}

interface ContestRepository extends JpaRepository<ContestState, Long> {

    Optional<ContestState> findByPlanId(Long planId);

    /** Creates the plan's contest row unless it exists; never fails on a parallel insert (PostgreSQL and H2). */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "insert into contest (plan_id, vote_closed, version) values (:planId, false, 0) on conflict do nothing",
            nativeQuery = true)
    int insertIfAbsent(Long planId);

    /** The contest row locked for the rest of the transaction: votes of one plan are taken one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Contest c where c.planId = :planId")
    Optional<ContestState> lockByPlanId(Long planId);
}

interface PanelScoreRepository extends JpaRepository<PanelScore, Long> {

    List<PanelScore> findByPlanIdOrderByPanelMemberAscTaskIdAsc(Long planId);

    Optional<PanelScore> findByTaskIdAndPanelMember(Long taskId, String panelMember);
}

interface ContestVoteRepository extends JpaRepository<ContestVote, Long> {

    @Query("select v.taskId from ContestVote v where v.planId = :planId and v.accountId = :accountId")
    List<Long> votedTasks(Long planId, Long accountId);

    /** Rows of (task id, votes). */
    @Query("select v.taskId, count(v) from ContestVote v where v.planId = :planId group by v.taskId")
    List<Object[]> counts(Long planId);

    boolean existsByTaskIdAndAccountId(Long taskId, Long accountId);

    long countByPlanIdAndAccountId(Long planId, Long accountId);

    @Query("select count(distinct v.accountId) from ContestVote v where v.planId = :planId")
    long voters(Long planId);
}

interface CollaborationScoreRepository extends JpaRepository<CollaborationScore, Long> {

    @Query("select c from CollaborationScore c where c.taskId in (select t.id from Task t where t.plan.id = :planId)")
    List<CollaborationScore> findOfPlan(Long planId);

    Optional<CollaborationScore> findByTaskIdAndDepartmentId(Long taskId, Long departmentId);
}

interface AwardResultRepository extends JpaRepository<AwardResult, Long> {

    @Query("select a from AwardResult a left join fetch a.lines where a.planId = :planId")
    Optional<AwardResult> findByPlan(Long planId);
}

interface ContestCandidateRepository extends JpaRepository<ContestCandidate, Long> {

    List<ContestCandidate> findByPlanIdOrderByIdAsc(Long planId);

    Optional<ContestCandidate> findByPlanIdAndTaskId(Long planId, Long taskId);
}

interface RankingPublicationRepository extends JpaRepository<RankingPublication, Long> {

    Optional<RankingPublication> findByPlanId(Long planId);
}

interface ScoreObjectionRepository extends JpaRepository<ScoreObjection, Long> {

    List<ScoreObjection> findByPlanIdOrderByFiledAtAscIdAsc(Long planId);

    List<ScoreObjection> findByPlanIdAndDepartmentIdOrderByFiledAtAscIdAsc(Long planId, Long departmentId);

    long countByPlanIdAndState(Long planId, ScoreObjection.State state);
}
