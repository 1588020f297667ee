package kr.innotrack.plan.authoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.Messages;

/**
 * What a typed schedule line says, in words, while it is typed: 「2021년 6월 ~ 7월」, 「2021년 4월, 7월, 11월」,
 * 「분기별 (반복)」; or that it names no month, so the months must be given.
 *
 * @param text     the months in words, or the request for months
 * @param readable whether the text named months or a recurrence
 * @param blank    nothing typed yet
 */
record SchedulePreview(String text, boolean readable, boolean blank) {

    static SchedulePreview of(String typed, ParsedSchedule parsed, Messages messages) {
        if (typed == null || typed.isBlank()) {
            return new SchedulePreview(messages.get("taskdef.preview.blank"), false, true);
        }
        if (!TaskDefinitionEditing.readable(parsed)) {
            return new SchedulePreview(messages.get("taskdef.preview.unreadable"), false, false);
        }
        List<String> parts = new ArrayList<>();
        if (!parsed.months().isEmpty()) {
            parts.add(monthList(parsed.months(), messages));
        } else if (parsed.start() != null) {
            parts.add(range(parsed.start(), parsed.end(), messages));
        }
        if (parsed.recurrence() != null) {
            parts.add(messages.get("taskdef.preview.recurring", messages.label(parsed.recurrence())));
        }
        return new SchedulePreview(String.join(" · ", parts), true, false);
    }

    private static String range(YearMonth start, YearMonth end, Messages messages) {
        String from = month(start, messages);
        if (end == null) {
            return messages.get("taskdef.preview.from", from);
        }
        if (end.equals(start)) {
            return from;
        }
        String to = end.getYear() == start.getYear() ? messages.get("taskdef.preview.monthOnly", end.getMonthValue())
                : month(end, messages);
        return messages.get("taskdef.preview.range", from, to);
    }

    /** 2021년 4월, 7월, 11월 (the year again only where it changes). */
    private static String monthList(List<YearMonth> months, Messages messages) {
        List<String> words = new ArrayList<>();
        Integer year = null;
        for (YearMonth m : months) {
            words.add(year != null && year == m.getYear()
                    ? messages.get("taskdef.preview.monthOnly", m.getMonthValue()) : month(m, messages));
            year = m.getYear();
        }
        return String.join(", ", words);
    }

    private static String month(YearMonth m, Messages messages) {
        return messages.get("taskdef.preview.month", m.getYear(), m.getMonthValue());
    }
}
