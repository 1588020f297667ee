package kr.innotrack.competition;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<CompetitionEntry, Long> {

    List<CompetitionEntry> findByCompetitionIdOrderByIdAsc(Long competitionId);

    boolean existsByCompetitionIdAndVoice(Long competitionId, String voice);

    long countByCompetitionId(Long competitionId);

    @Query("select e.competitionId, count(e) from CompetitionEntry e where e.competitionId in :ids group by e.competitionId")
    List<Object[]> countsByCompetition(Collection<Long> ids);

    @Query("select e from CompetitionEntry e where e.competitionId = :competitionId and e.grade is not null"
            + " and e.grade <> kr.innotrack.competition.Grade.NONE order by e.id")
    List<CompetitionEntry> winners(Long competitionId);
}
