package kr.innotrack.checkround;

import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.Conflicts;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Posting a message is idempotent per form: when a parallel request with the same one-time key posted it a moment
 * earlier (its insert won, ours lost on the unique key), posting again in a new transaction finds it and does nothing.
 * Outside a transaction on purpose: the retry needs one of its own (as {@code FindingTaskLinks}).
 */
@Component
@RequiredArgsConstructor
class QuestionPosting {

    private final QuestionCommands commands;

    MessageSide post(Long roundId, Long entryId, QuestionCommands.Post input, CurrentUser user) {
        try {
            return commands.post(roundId, entryId, input, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            return commands.post(roundId, entryId, input, user);
        }
    }
}
