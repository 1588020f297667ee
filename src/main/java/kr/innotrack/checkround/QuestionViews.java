package kr.innotrack.checkround;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;

/** What the 질의·답변 of round entries shows: one entry's thread, and a round's open questions per entry. */
public final class QuestionViews {

    private QuestionViews() {
    }

    /**
     * One message with the word it is shown with: an office message is a 질의; a department's message is a 답변 once
     * the office has asked, a 문의 before.
     */
    public record Line(EntryMessage message, String kindKey) {
    }

    /**
     * An entry's thread, oldest first. {@code postAs} is the side the signed-in person writes for (null: reads only);
     * {@code open} whether the round still takes messages (from 제출 until it closes).
     */
    public record Thread(List<Line> lines, boolean awaitingAnswer, MessageSide postAs, boolean open) {

        public boolean mayPost() {
            return postAs != null && open;
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        static Thread of(List<EntryMessage> messages, RoundEntry entry, CurrentUser user) {
            List<Line> lines = new ArrayList<>();
            boolean asked = false;
            for (EntryMessage m : messages) {
                asked |= m.fromOffice();
                lines.add(new Line(m, m.fromOffice() ? "question.kind.question"
                        : asked ? "question.kind.answer" : "question.kind.inquiry"));
            }
            boolean awaiting = !messages.isEmpty() && messages.get(messages.size() - 1).fromOffice();
            return new Thread(List.copyOf(lines), awaiting, RoundPolicy.sideOf(user, entry.getDepartmentId()),
                    RoundPolicy.questionsOpen(entry.getRound()));
        }
    }

    /** One entry's messages in a round: how many, and whether the office's last 질의 still waits for its 답변. */
    public record Tally(long messages, boolean awaitingAnswer) {

        static final Tally NONE = new Tally(0, false);

        /** From the last office and department message ids (null when none). */
        static Tally of(Long lastOffice, Long lastDepartment, long count) {
            return new Tally(count, lastOffice != null && (lastDepartment == null || lastOffice > lastDepartment));
        }
    }

    /** A round's 질의·답변 at a glance: per entry, and the number of entries waiting for an answer (답변 대기). */
    public record Round(Map<Long, Tally> byEntry) {

        public Tally of(Long entryId) {
            return byEntry.getOrDefault(entryId, Tally.NONE);
        }

        public long awaiting() {
            return byEntry.values().stream().filter(Tally::awaitingAnswer).count();
        }
    }
}
