package kr.innotrack.checkround;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.checkround.events.EntryMessagePosted;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting in a round entry's 질의·답변. Insert-only: a message is never edited or deleted, and each one is in the
 * entry's history. The other side gets a notice ({@link EntryMessagePosted}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class QuestionCommands {

    static final String MESSAGE = "ENTRY_MESSAGE";
    static final int MAX_BODY = 2000;
    private static final int EXCERPT = 80;

    private final CheckRoundQueries reads;
    private final EntryMessageRepository repository;
    private final ChangeHistory history;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A message: its text (cleaned, not blank, at most 2,000 characters) and the form's one-time key (or null). */
    public record Post(String body, String key) {
    }

    /**
     * Posts the message for the side the person writes for. The same form sent twice (its key) is one message: the
     * second is left as done. Refused: another organization's entry (404), a viewer or another department (403), a
     * round before 제출 or closed (409).
     */
    public MessageSide post(Long roundId, Long entryId, Post input, CurrentUser user) {
        RoundEntry entry = reads.entry(roundId, entryId, user.organizationId());
        CheckRound round = entry.getRound();
        MessageSide side = RoundPolicy.checkMayPost(user, entry.getDepartmentId());
        RoundPolicy.checkQuestionsOpen(round);
        if (input.key() != null && repository.existsBySubmissionKey(input.key())) {
            return side;
        }
        String unit = side == MessageSide.DEPARTMENT && entry.getDepartment() != null
                ? entry.getDepartment().getName() : null;
        EntryMessage message = repository.saveAndFlush(new EntryMessage(entry, side, user.accountId(),
                user.displayName(), unit, input.body(), input.key(), LocalDateTime.now(clock)));
        history.created(user, RoundCommands.subject(round, entry.getTaskId(), MESSAGE, message.getId(),
                        messages.get("question.history.subject", round.getTitle())),
                Changes.of().field(messages.label(side), null, input.body()));
        events.publishEvent(new EntryMessagePosted(round.getId(), entry.getId(),
                round.getPlan().getOrganization().getId(), entry.getDepartmentId(), round.getTitle(),
                entry.getTask().getCode(), side == MessageSide.OFFICE, user.displayName(), unit,
                excerpt(input.body())));
        return side;
    }

    /** The message's start for a notice: one line, at most 80 characters (never a split surrogate pair). */
    static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= EXCERPT) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
