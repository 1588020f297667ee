package kr.innotrack.auditfinding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of findings by type and status: the register's summary table (처리현황), always computed from data. */
public final class FindingSummary {

    private final Map<FindingType, Map<FindingStatus, Long>> counts = new EnumMap<>(FindingType.class);

    static FindingSummary of(List<Object[]> rows) {
        FindingSummary summary = new FindingSummary();
        for (Object[] row : rows) {
            summary.counts.computeIfAbsent((FindingType) row[0], t -> new EnumMap<>(FindingStatus.class))
                    .merge((FindingStatus) row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        return summary;
    }

    public long count(FindingType type, FindingStatus status) {
        return counts.getOrDefault(type, Map.of()).getOrDefault(status, 0L);
    }

    public long total(FindingType type) {
        return counts.getOrDefault(type, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long total(FindingStatus status) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(status, 0L)).sum();
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
