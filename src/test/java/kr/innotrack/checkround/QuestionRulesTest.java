package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Role;
import org.junit.jupiter.api.Test;

/** The rules of 질의·답변 on their own: who writes for which side, when a round takes messages, what waits, excerpts. */
class QuestionRulesTest {

    static final CurrentUser ADMIN = new CurrentUser(1L, "admin", "기획 관리자", 7L, null, Role.PLANNING_ADMIN);
    static final CurrentUser OFFICER = new CurrentUser(2L, "gijo", "기획조정실 담당", 7L, 11L, Role.DEPARTMENT_OFFICER);
    static final CurrentUser OTHER = new CurrentUser(3L, "minwon", "민원과 담당", 7L, 12L, Role.DEPARTMENT_OFFICER);
    static final CurrentUser VIEWER = new CurrentUser(4L, "viewer", "열람", 7L, 11L, Role.VIEWER);

    @Test
    void theOfficeAsksTheEntrysDepartmentAnswersEveryoneElseReads() {
        assertThat(RoundPolicy.sideOf(ADMIN, 11L)).isEqualTo(MessageSide.OFFICE);
        assertThat(RoundPolicy.sideOf(OFFICER, 11L)).isEqualTo(MessageSide.DEPARTMENT);
        assertThat(RoundPolicy.sideOf(OTHER, 11L)).isNull();
        assertThat(RoundPolicy.sideOf(VIEWER, 11L)).isNull();
        assertThat(RoundPolicy.sideOf(OFFICER, null)).isNull();
        assertThatThrownBy(() -> RoundPolicy.checkMayPost(OTHER, 11L)).isInstanceOf(AccessDeniedHere.class)
                .hasMessage("question.error.otherDepartment");
        assertThatThrownBy(() -> RoundPolicy.checkMayPost(VIEWER, 11L)).isInstanceOf(AccessDeniedHere.class)
                .hasMessage("round.error.viewerReadOnly");
    }

    @Test
    void aRoundTakesMessagesFromSubmissionUntilItCloses() {
        for (RoundState state : RoundState.values()) {
            CheckRound round = round(state);
            boolean open = state == RoundState.SUBMISSION || state == RoundState.REVIEW || state == RoundState.FEEDBACK;
            assertThat(RoundPolicy.questionsOpen(round)).as(state.name()).isEqualTo(open);
            if (!open) {
                assertThatThrownBy(() -> RoundPolicy.checkQuestionsOpen(round)).isInstanceOf(NotAllowedNow.class)
                        .hasMessage(state.closed() ? "question.error.closed" : "question.error.notOpen");
            }
        }
    }

    @Test
    void aQuestionWaitsUntilTheDepartmentWritesAfterIt() {
        assertThat(QuestionViews.Tally.of(null, null, 0).awaitingAnswer()).isFalse();
        assertThat(QuestionViews.Tally.of(5L, null, 1).awaitingAnswer()).isTrue();
        assertThat(QuestionViews.Tally.of(5L, 6L, 2).awaitingAnswer()).isFalse();
        assertThat(QuestionViews.Tally.of(7L, 6L, 3).awaitingAnswer()).isTrue();
        assertThat(QuestionViews.Tally.of(null, 6L, 1).awaitingAnswer()).isFalse();
        QuestionViews.Round round = new QuestionViews.Round(Map.of(1L, QuestionViews.Tally.of(7L, 6L, 3),
                2L, QuestionViews.Tally.of(5L, 6L, 2), 3L, QuestionViews.Tally.of(9L, null, 1)));
        assertThat(round.awaiting()).isEqualTo(2);
        assertThat(round.of(4L)).isEqualTo(new QuestionViews.Tally(0, false));
    }

    @Test
    void theThreadNamesEachMessageAndKnowsWhoMayPost() {
        RoundEntry entry = entry(RoundState.REVIEW);
        List<EntryMessage> messages = List.of(message(entry, MessageSide.DEPARTMENT), message(entry, MessageSide.OFFICE),
                message(entry, MessageSide.DEPARTMENT), message(entry, MessageSide.OFFICE));
        QuestionViews.Thread thread = QuestionViews.Thread.of(messages, entry, OFFICER);
        assertThat(thread.lines()).extracting(QuestionViews.Line::kindKey).containsExactly("question.kind.inquiry",
                "question.kind.question", "question.kind.answer", "question.kind.question");
        assertThat(thread.awaitingAnswer()).isTrue();
        assertThat(thread.mayPost()).isTrue();
        assertThat(QuestionViews.Thread.of(messages.subList(0, 3), entry, OTHER).mayPost()).isFalse();
        assertThat(QuestionViews.Thread.of(messages.subList(0, 3), entry, ADMIN).awaitingAnswer()).isFalse();
        assertThat(QuestionViews.Thread.of(List.of(), entry(RoundState.CLOSED), ADMIN).mayPost()).isFalse();
    }

    @Test
    void aNoticeQuotesOneLineOfAtMost80Characters() {
        assertThat(QuestionCommands.excerpt("첫 줄\n\n둘째  줄")).isEqualTo("첫 줄 둘째 줄");
        String longText = "가".repeat(100);
        assertThat(QuestionCommands.excerpt(longText)).isEqualTo("가".repeat(79) + "…");
        String emoji = "😀".repeat(90);
        String cut = QuestionCommands.excerpt(emoji);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(80);
        assertThat(cut).endsWith("😀…");
    }

    @Test
    void aDoubleSubmitThatLostTheRaceOnTheKeyIsPostedOnceAndOtherFailuresPassThrough() {
        QuestionCommands commands = mock(QuestionCommands.class);
        QuestionCommands.Post post = new QuestionCommands.Post("질의", "k-1");
        when(commands.post(5L, 9L, post, ADMIN))
                .thenThrow(new org.springframework.dao.DuplicateKeyException("uk_entry_message_key"))
                .thenReturn(MessageSide.OFFICE);
        assertThat(new QuestionPosting(commands).post(5L, 9L, post, ADMIN)).isEqualTo(MessageSide.OFFICE);
        org.mockito.Mockito.verify(commands, org.mockito.Mockito.times(2)).post(5L, 9L, post, ADMIN);

        QuestionCommands failing = mock(QuestionCommands.class);
        when(failing.post(5L, 9L, post, ADMIN)).thenThrow(new IllegalStateException("다른 실패"));
        assertThatThrownBy(() -> new QuestionPosting(failing).post(5L, 9L, post, ADMIN))
                .isInstanceOf(IllegalStateException.class);
        org.mockito.Mockito.verify(failing, org.mockito.Mockito.times(1)).post(5L, 9L, post, ADMIN);
    }

    private static CheckRound round(RoundState state) {
        CheckRound round = mock(CheckRound.class);
        when(round.getState()).thenReturn(state);
        return round;
    }

    private static RoundEntry entry(RoundState state) {
        CheckRound round = round(state);
        RoundEntry entry = mock(RoundEntry.class);
        when(entry.getRound()).thenReturn(round);
        when(entry.getDepartmentId()).thenReturn(11L);
        when(entry.getId()).thenReturn(9L);
        when(entry.getRoundId()).thenReturn(5L);
        return entry;
    }

    private static EntryMessage message(RoundEntry entry, MessageSide side) {
        return new EntryMessage(entry, side, 1L, "누군가", null, "내용", null, LocalDateTime.of(2021, 7, 1, 9, 0));
    }
}
