package kr.innotrack.competition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.evidence.EvidenceQueries;
import kr.innotrack.evidence.OwnerKind;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading calls: the office's list and call page (planning admins of the organization; another organization's call
 * is 404), the public list and call page (announced and judged calls of the organization only). A fixed number of
 * statements per page, whatever the number of calls or entries.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CompetitionQueries {

    static final String ENTITY = "competition";

    private final CompetitionRepository calls;
    private final EntryRepository entries;
    private final EvidenceQueries evidence;
    private final HistoryQueries history;
    private final Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static void unlessAdmin(CurrentUser user) {
        if (!user.admin() || user.organizationId() == null) {
            throw new AccessDeniedHere("error.adminOnly", kr.innotrack.shared.Messages.key("competition.title"));
        }
    }

    List<CompetitionViews.Row> list(CurrentUser user) {
        unlessAdmin(user);
        return rows(calls.findByOrganizationIdOrderByReceiptStartDescIdDesc(user.organizationId()));
    }

    Competition call(Long id, CurrentUser user) {
        unlessAdmin(user);
        return calls.findByIdAndOrganizationId(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("competition.record", id));
    }

    /** A call with its documents loaded (for the forms). */
    Competition callWithDocuments(Long id, CurrentUser user) {
        Competition c = call(id, user);
        c.getDocuments().size();
        return c;
    }

    CompetitionViews.StaffCall staffCall(Long id, CurrentUser user) {
        Competition c = callWithDocuments(id, user);
        List<CompetitionEntry> list = entries.findByCompetitionIdOrderByIdAsc(id);
        var files = evidence.byOwner(OwnerKind.COMPETITION_ENTRY, list.stream().map(CompetitionEntry::getId).toList());
        Phase phase = c.phase(today());
        return new CompetitionViews.StaffCall(c, phase, list, files, history.ofRecord(ENTITY, id),
                c.getState() == CompetitionState.DRAFT, c.getState() == CompetitionState.DRAFT,
                phase == Phase.CLOSED, phase == Phase.CLOSED);
    }

    List<CompetitionViews.Row> publicList(Long organizationId) {
        return rows(calls.findByOrganizationIdAndStateInOrderByReceiptStartDescIdDesc(organizationId,
                EnumSet.of(CompetitionState.ANNOUNCED, CompetitionState.JUDGED)));
    }

    /** An announced or judged call of the organization; 404 for a draft, another organization's or a missing one. */
    Competition publicCall(Long organizationId, Long id) {
        Competition c = calls.findByIdAndOrganizationId(id, organizationId)
                .filter(x -> x.getState() != CompetitionState.DRAFT)
                .orElseThrow(() -> new NotFoundException("competition.record", id));
        c.getDocuments().size();
        return c;
    }

    CompetitionViews.PublicCall publicView(Long organizationId, Long id) {
        Competition c = publicCall(organizationId, id);
        List<CompetitionViews.Winner> winners = c.getState() == CompetitionState.JUDGED
                ? entries.winners(id).stream()
                .sorted(java.util.Comparator.comparing(CompetitionEntry::getGrade)).map(e -> new CompetitionViews.Winner(e.getTitle(), e.getGrade(),
                        CompetitionEntry.masked(e.getApplicantName()))).toList()
                : List.of();
        return new CompetitionViews.PublicCall(c, c.phase(today()), entries.countByCompetitionId(id), winners, today());
    }

    private List<CompetitionViews.Row> rows(List<Competition> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        entries.countsByCompetition(list.stream().map(Competition::getId).toList())
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        LocalDate today = today();
        return list.stream().map(c -> new CompetitionViews.Row(c, c.phase(today), counts.getOrDefault(c.getId(), 0L)))
                .toList();
    }
}
