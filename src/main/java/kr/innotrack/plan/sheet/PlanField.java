package kr.innotrack.plan.sheet;

import kr.innotrack.shared.Labeled;

/**
 * The rows of the 「계획」 sheet: one item per row, its label in column A and its value in column B. On import a row
 * is found by its label. {@code maxLength} is what the database column holds (0: a number).
 */
enum PlanField implements Labeled {
    YEAR(0),
    TITLE(200),
    SUBTITLE(200),
    VISION(1000),
    GOAL(2000),
    STRATEGIES(4000),
    DIRECTIONS(4000),
    CALENDAR_PLANNING(100),
    CALENDAR_FOCUS(100),
    CALENDAR_CHECKS(100),
    CALENDAR_FEEDBACK(100),
    CALENDAR_EVALUATION(100);

    final int maxLength;

    PlanField(int maxLength) {
        this.maxLength = maxLength;
    }
}
