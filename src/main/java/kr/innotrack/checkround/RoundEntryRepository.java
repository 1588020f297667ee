package kr.innotrack.checkround;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundEntryRepository extends JpaRepository<RoundEntry, Long> {

    /** A round's entries with their task, strategy node (and its parent) and department: one statement. */
    @Query("""
            select e from RoundEntry e join fetch e.task t join fetch t.strategyNode n left join fetch n.parent
              left join fetch e.department
            where e.roundId = :roundId order by e.sortOrder""")
    List<RoundEntry> findByRound(Long roundId);

    @Query("""
            select e from RoundEntry e join fetch e.round r join fetch r.plan p join fetch p.organization
              join fetch e.task t join fetch t.strategyNode n left join fetch n.parent left join fetch e.department
            where e.id = :id""")
    Optional<RoundEntry> findDetail(Long id);

    @Query("select e from RoundEntry e where e.roundId = :roundId")
    List<RoundEntry> findPlainByRound(Long roundId);

    void deleteByRoundId(Long roundId);

    @Query("""
            select e from RoundEntry e join fetch e.round r
            where r.planId = :planId and r.state = kr.innotrack.checkround.RoundState.CLOSED
            order by r.referenceDate, e.sortOrder""")
    List<RoundEntry> findClosedOfPlan(Long planId);

    /** A department's entries in rounds still taking submissions, with round and task. */
    @Query("""
            select e from RoundEntry e join fetch e.round r join fetch e.task t
            where e.departmentId = :departmentId and r.state in :states
            order by r.deadline, t.sortOrder""")
    List<RoundEntry> findOpenForDepartment(Long departmentId, java.util.Collection<RoundState> states);
}
