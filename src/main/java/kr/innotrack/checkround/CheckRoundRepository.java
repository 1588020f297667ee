package kr.innotrack.checkround;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckRoundRepository extends JpaRepository<CheckRound, Long> {

    @Query("select r from CheckRound r join fetch r.plan p join fetch p.organization where r.id = :id")
    Optional<CheckRound> findWithPlan(Long id);

    @Query("select r from CheckRound r where r.planId = :planId order by r.referenceDate, r.id")
    List<CheckRound> findByPlan(Long planId);

    /** The round of the same plan just before this one (by reference date), for comparison. */
    @Query("""
            select r from CheckRound r where r.planId = :planId and r.id <> :roundId
              and (r.referenceDate < :referenceDate or (r.referenceDate = :referenceDate and r.id < :roundId))
            order by r.referenceDate desc, r.id desc limit 1""")
    Optional<CheckRound> findPrevious(Long planId, Long roundId, java.time.LocalDate referenceDate);

    @Query("select r from CheckRound r join fetch r.plan p where r.state in :states order by r.deadline")
    List<CheckRound> findByStateIn(List<RoundState> states);

    /** Rows of (round id, entries, submitted, late) over a plan's rounds. */
    @Query("""
            select e.roundId, count(e),
                   sum(case when e.submissionState = kr.innotrack.checkround.SubmissionState.SUBMITTED then 1 else 0 end),
                   sum(case when e.late then 1 else 0 end)
            from RoundEntry e where e.round.planId = :planId group by e.roundId""")
    List<Object[]> entryCounts(Long planId);
}
