package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (from, to) pair of states for every role: only a planning admin, only one step forward. */
class RoundStateTest {

    private static CurrentUser user(Role role) {
        return new CurrentUser(1L, "u", "사용자", 1L, role == Role.PLANNING_ADMIN ? null : 7L, role);
    }

    static List<Arguments> everyTransition() {
        List<Arguments> list = new ArrayList<>();
        for (Role role : Role.values()) {
            for (RoundState from : RoundState.values()) {
                for (RoundState to : RoundState.values()) {
                    boolean allowed = role == Role.PLANNING_ADMIN && to.ordinal() == from.ordinal() + 1;
                    list.add(Arguments.of(role, from, to, allowed));
                }
            }
        }
        return list;
    }

    @ParameterizedTest(name = "{0}: {1} → {2} allowed={3}")
    @MethodSource("everyTransition")
    void transition(Role role, RoundState from, RoundState to, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> RoundPolicy.checkTransition(user(role), from, to)).doesNotThrowAnyException();
        } else if (role != Role.PLANNING_ADMIN) {
            assertThatThrownBy(() -> RoundPolicy.checkTransition(user(role), from, to)).isInstanceOf(AccessDeniedHere.class);
        } else {
            assertThatThrownBy(() -> RoundPolicy.checkTransition(user(role), from, to)).isInstanceOf(NotAllowedNow.class);
        }
    }

    static List<Arguments> writers() {
        return List.of(
                Arguments.of(Role.PLANNING_ADMIN, null, true),
                Arguments.of(Role.DEPARTMENT_OFFICER, 7L, true),
                Arguments.of(Role.DEPARTMENT_OFFICER, 8L, false),
                Arguments.of(Role.VIEWER, 7L, false));
    }

    @ParameterizedTest(name = "{0} of department {1} writes for department 7: {2}")
    @MethodSource("writers")
    void whoWritesADepartmentsEntry(Role role, Long department, boolean allowed) {
        CurrentUser u = new CurrentUser(1L, "u", "사용자", 1L, department, role);
        org.assertj.core.api.Assertions.assertThat(RoundPolicy.mayWriteFor(u, 7L)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(RoundState.class)
    void whatEachStateAccepts(RoundState state) {
        boolean open = state == RoundState.SUBMISSION || state == RoundState.REVIEW || state == RoundState.FEEDBACK;
        org.assertj.core.api.Assertions.assertThat(state.acceptsSubmissions()).isEqualTo(open);
        org.assertj.core.api.Assertions.assertThat(state.acceptsReviews()).isEqualTo(open);
        org.assertj.core.api.Assertions.assertThat(state.editable()).isEqualTo(state == RoundState.PREPARING);
    }

    /** A refused move says where the round stands and what its next step is (or that it is closed). */
    @ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            SUBMISSION | CLOSED    | ‘제출’ 단계에서 ‘종료’ 단계로는 바꿀 수 없습니다. 다음 단계는 ‘검토’입니다.
            CLOSED     | PREPARING | ‘종료’ 단계에서 ‘준비’ 단계로는 바꿀 수 없습니다. 종료된 점검입니다.
            """)
    void aRefusedMoveSaysWhy(RoundState from, RoundState to, String words) {
        kr.innotrack.shared.Messages messages = kr.innotrack.support.AppMessages.create();
        assertThatThrownBy(() -> RoundPolicy.checkTransition(user(Role.PLANNING_ADMIN), from, to))
                .isInstanceOfSatisfying(NotAllowedNow.class, e ->
                        org.assertj.core.api.Assertions.assertThat(messages.get(e)).isEqualTo(words));
    }
}
