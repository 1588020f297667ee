package kr.innotrack.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The code a new or moved task gets: one more than the highest number under its node, never one already taken. */
class TaskCodeSuggestionTest {

    @Test
    void underANodeWithFourTasksTheNextIsTheFifth() {
        assertThat(TaskCodeSuggestion.suggest("가-1", List.of("가-1-1", "가-1-2", "가-1-3", "가-1-4", "가-2-1")))
                .isEqualTo("가-1-5");
    }

    @Test
    void anEmptyNodeStartsAtOne() {
        assertThat(TaskCodeSuggestion.suggest("나-3", List.of("가-1-1", "나-1-1"))).isEqualTo("나-3-1");
        assertThat(TaskCodeSuggestion.suggest("1", List.of())).isEqualTo("1-1");
    }

    @Test
    void theHighestNumberCountsNotTheNumberOfTasksAndNumbersAreNotText() {
        // a gap (가-1-2 retired and renumbered away) is not refilled; 10 is higher than 9 as a number
        assertThat(TaskCodeSuggestion.suggest("가-1", List.of("가-1-1", "가-1-3", "가-1-9", "가-1-10")))
                .isEqualTo("가-1-11");
    }

    @Test
    void codesOfOtherNodesThatShareThePrefixDoNotCount() {
        // 가-1-2-1 sits under 가-1-2, and 가-10-7 under 가-10: neither is a task number of 가-1
        assertThat(TaskCodeSuggestion.suggest("가-1", List.of("가-1-2-1", "가-10-7", "가-1-x"))).isEqualTo("가-1-1");
    }

    @Test
    void aCodeAnotherTaskAlreadyHasIsSkipped() {
        // 가-1-3 was typed by hand under another node; the suggestion moves past it
        assertThat(TaskCodeSuggestion.suggest("가-1", List.of("가-1-1", "가-1-2", " 가-1-3 "))).isEqualTo("가-1-4");
    }
}
