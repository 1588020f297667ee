package kr.innotrack.checkround;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.history.ChangeAction;
import kr.innotrack.history.ChangeLogEntry;
import kr.innotrack.plan.Milestone;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.shared.Messages;

/**
 * A plan's milestones as they stood on a round's reference date, rebuilt from today's milestones and their history:
 * each field a later change touched takes the value that change replaced (planned months moved by an accepted remedy,
 * a status changed afterwards), and a milestone added afterwards did not exist yet. A milestone counts as done on the
 * date only when it was completed by then: a completion recorded later but dated on or before the date counts, one
 * dated after it does not. So a round judges, and keeps, the plan as it was on its reference date: accepted remedies
 * change the plan from then on, never the past.
 */
final class AsOfReferenceDate {

    /** The milestone history's field names (the words the plan module writes them with). */
    private final String startField;
    private final String endField;
    private final String statusField;
    private final String completionField;
    private final Messages messages;

    private final LocalDate date;
    private final Map<Long, List<ChangeLogEntry>> laterChanges = new HashMap<>();

    private AsOfReferenceDate(LocalDate date, List<ChangeLogEntry> changesAfterDate, Messages messages) {
        this.date = date;
        // the field names and status words plan's history writes (its keys, so both sides read one file)
        this.startField = messages.get("milestone.field.plannedStart");
        this.endField = messages.get("milestone.field.plannedEnd");
        this.statusField = messages.get("milestone.field.status");
        this.completionField = messages.get("milestone.field.actualCompletion");
        this.messages = messages;
        for (ChangeLogEntry c : changesAfterDate) {
            laterChanges.computeIfAbsent(c.getEntityId(), k -> new ArrayList<>()).add(c);
        }
    }

    /** @param changesAfterDate the milestones' history entries made after the date, oldest first */
    static AsOfReferenceDate of(LocalDate date, List<ChangeLogEntry> changesAfterDate, Messages messages) {
        return new AsOfReferenceDate(date, changesAfterDate, messages);
    }

    LocalDate date() {
        return date;
    }

    /** The task's milestones as they stood on the date (those added after it left out). */
    List<SignalCalculator.MilestoneFact> milestones(List<Milestone> current) {
        List<SignalCalculator.MilestoneFact> facts = new ArrayList<>();
        for (Milestone m : current) {
            List<ChangeLogEntry> later = laterChanges.getOrDefault(m.getId(), List.of());
            if (later.stream().anyMatch(c -> c.getAction() == ChangeAction.CREATE)) {
                continue;
            }
            YearMonth start = m.getPlannedStart();
            YearMonth end = m.getPlannedEnd();
            MilestoneStatus status = m.getStatus();
            LocalDate completion = m.getActualCompletion();
            boolean rescheduled = false;
            Set<String> seen = new HashSet<>();
            for (ChangeLogEntry c : later) {
                if (c.getField() == null || !seen.add(c.getField())) {
                    continue;
                }
                String field = c.getField();
                if (field.equals(startField)) {
                    start = month(c.getOldValue(), start);
                    rescheduled = true;
                } else if (field.equals(endField)) {
                    end = month(c.getOldValue(), end);
                    rescheduled = true;
                } else if (field.equals(statusField)) {
                    status = status(c.getOldValue(), status);
                } else if (field.equals(completionField)) {
                    completion = day(c.getOldValue(), completion);
                }
            }
            if (m.getStatus() == MilestoneStatus.DONE && m.getActualCompletion() != null
                    && !m.getActualCompletion().isAfter(date)) {
                status = MilestoneStatus.DONE;
            } else if (status == MilestoneStatus.DONE && completion != null && completion.isAfter(date)) {
                status = MilestoneStatus.IN_PROGRESS;
            }
            List<YearMonth> months = rescheduled && m.plannedMonthList().isEmpty() ? List.of() : m.plannedMonthList();
            facts.add(new SignalCalculator.MilestoneFact(m.getDescription(), m.scheduleLabel(), start, end, months,
                    m.getRecurrence(), status));
        }
        return facts;
    }

    private static YearMonth month(String text, YearMonth fallback) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static LocalDate day(String text, LocalDate fallback) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private MilestoneStatus status(String label, MilestoneStatus fallback) {
        for (MilestoneStatus s : MilestoneStatus.values()) {
            if (messages.label(s).equals(label)) {
                return s;
            }
        }
        return fallback;
    }
}
