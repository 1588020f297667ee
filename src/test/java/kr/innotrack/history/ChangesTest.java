package kr.innotrack.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyChangedFieldsAreKeptAndBlankCountsAsEmpty() {
        Changes changes = Changes.of()
                .field("상태", "예정", "완료")
                .field("비고", null, "  ")
                .field("담당자", "박상훈", "박상훈")
                .field("실제 완료일", null, java.time.LocalDate.of(2021, 12, 20));
        assertThat(changes.list()).extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly("상태:예정→완료", "실제 완료일:null→2021-12-20");
    }

    private static ChangeLogEntry entry(long id, LocalDateTime at, String who, String label, ChangeAction action,
                                        String field) {
        ChangeLogEntry e = new ChangeLogEntry(1L, 2L, null, "MILESTONE", 3L, label, action, field, "a", "b", who, who, at);
        try {
            var idField = ChangeLogEntry.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(e, id);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
        return e;
    }

    @Test
    void oneSaveIsOneGroupWithItsFieldsInOrder() {
        LocalDateTime t1 = LocalDateTime.of(2021, 6, 30, 10, 0);
        LocalDateTime t2 = t1.plusMinutes(5);
        List<ChangeLogEntry> newestFirst = List.of(
                entry(5, t2, "총무과 담당자", "추진일정: A", ChangeAction.UPDATE, "비고"),
                entry(4, t2, "총무과 담당자", "추진일정: A", ChangeAction.UPDATE, "상태"),
                entry(3, t1, "총무과 담당자", "추진일정: A", ChangeAction.UPDATE, "상태"),
                entry(2, t1, "관리자", "추진일정: A", ChangeAction.UPDATE, "상태"),
                entry(1, t1, "총무과 담당자", "성과지표: B", ChangeAction.CREATE, "실적"));
        List<HistoryGroup> groups = HistoryGroup.of(newestFirst);
        assertThat(groups).hasSize(4);
        assertThat(groups.get(0).fields()).extracting(ChangeLogEntry::getField).containsExactly("상태", "비고");
        assertThat(groups).extracting(HistoryGroup::changedByName)
                .containsExactly("총무과 담당자", "총무과 담당자", "관리자", "총무과 담당자");
    }
}
