package kr.innotrack.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One save as a person made it: who, when, which record, what action, and every field it changed. */
public record HistoryGroup(LocalDateTime changedAt, String changedByName, String entityLabel, ChangeAction action,
                           List<ChangeLogEntry> fields) {

    /** Groups entries (newest first) that share time, person, record and action. */
    public static List<HistoryGroup> of(List<ChangeLogEntry> entries) {
        List<HistoryGroup> groups = new ArrayList<>();
        for (ChangeLogEntry e : entries) {
            HistoryGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.changedAt.equals(e.getChangedAt())
                    && Objects.equals(last.changedByName, e.getChangedByName())
                    && Objects.equals(last.entityLabel, e.getEntityLabel()) && last.action == e.getAction()) {
                last.fields.add(e);
            } else {
                List<ChangeLogEntry> fields = new ArrayList<>();
                fields.add(e);
                groups.add(new HistoryGroup(e.getChangedAt(), e.getChangedByName(), e.getEntityLabel(), e.getAction(),
                        fields));
            }
        }
        groups.forEach(g -> g.fields.sort(java.util.Comparator.comparing(ChangeLogEntry::getId)));
        return groups;
    }
}
