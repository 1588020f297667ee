package kr.innotrack.checkround;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RemedyRepository extends JpaRepository<Remedy, Long> {

    @Query("select count(r) from Remedy r join r.revisions v where v.milestoneId = :milestoneId")
    long countRevising(Long milestoneId);

    @Query("select r from Remedy r left join fetch r.revisions where r.entryId = :entryId")
    Optional<Remedy> findByEntryId(Long entryId);

    /** Every remedy raised in the plan's rounds, with the round that raised it. */
    @Query("select r from Remedy r join fetch r.entry e join fetch e.round o where o.planId = :planId")
    List<Remedy> findOfPlan(Long planId);

    @Query("select r from Remedy r where r.roundId = :roundId")
    List<Remedy> findByRound(Long roundId);

    /** A round's remedies with their schedule revisions, in one statement (the round report file). */
    @Query("select distinct r from Remedy r left join fetch r.revisions where r.roundId = :roundId")
    List<Remedy> findByRoundWithRevisions(Long roundId);

    /** Remedies of a plan still waiting, raised in rounds other than the given one, with their origin. */
    @Query("""
            select r from Remedy r join fetch r.entry e join fetch e.round o join fetch e.task t
              left join fetch e.department
            where o.planId = :planId and r.roundId <> :roundId and r.state in :states
            order by o.referenceDate, t.sortOrder""")
    List<Remedy> findCarriedOver(Long planId, Long roundId, Collection<RemedyState> states);

    @Query("""
            select r from Remedy r join fetch r.entry e join fetch e.round o join fetch o.plan p
              join fetch p.organization join fetch e.task t left join fetch e.department
              left join fetch r.revisions
            where r.id = :id""")
    Optional<Remedy> findDetail(Long id);

    @Query("""
            select r from Remedy r join fetch r.entry e join fetch e.round o join fetch e.task t
            where r.departmentId = :departmentId and r.state in :states order by r.requestedAt""")
    List<Remedy> findOpenForDepartment(Long departmentId, Collection<RemedyState> states);

    @Query("""
            select r from Remedy r join fetch r.entry e join fetch e.round o join fetch e.task t
            where r.taskId = :taskId order by r.requestedAt desc""")
    List<Remedy> findByTask(Long taskId);
}
