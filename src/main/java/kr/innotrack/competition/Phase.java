package kr.innotrack.competition;

import java.time.LocalDate;

/** Where a call stands on a day: its state, and for an announced call the receipt period (접수 예정/접수 중/접수 마감). */
enum Phase {
    DRAFT, UPCOMING, OPEN, CLOSED, JUDGED;

    static Phase of(CompetitionState state, LocalDate receiptStart, LocalDate receiptEnd, LocalDate today) {
        return switch (state) {
            case DRAFT -> DRAFT;
            case JUDGED -> JUDGED;
            case ANNOUNCED -> today.isBefore(receiptStart) ? UPCOMING : today.isAfter(receiptEnd) ? CLOSED : OPEN;
        };
    }

    public String messageKey() {
        return "competition.phase." + name();
    }
}
