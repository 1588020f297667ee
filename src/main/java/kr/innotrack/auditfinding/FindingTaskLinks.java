package kr.innotrack.auditfinding;

import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.Conflicts;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Linking a task to a finding is idempotent: when a parallel request linked the same task a moment earlier (its
 * insert won, ours lost the race), linking again in a new transaction finds the link and does nothing. Outside a
 * transaction on purpose: the retry needs one of its own.
 */
@Component
@RequiredArgsConstructor
class FindingTaskLinks {

    private final AuditFindingCommands commands;

    void link(Long id, Long taskId, CurrentUser user) {
        try {
            commands.link(id, taskId, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            commands.link(id, taskId, user);
        }
    }
}
