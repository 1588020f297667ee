package kr.innotrack.scoring;

import kr.innotrack.shared.Labeled;

/**
 * The parts of a task's score, each 0–100, weighted by the plan's scoring model. Words: {@code enum.Component.*}, and a
 * four-letter name for narrow columns (the projector's ranking slide) under {@link #shortKey()}.
 */
public enum Component implements Labeled {
    MILESTONE, KPI, RATING, TIMELINESS, REMEDY, CONTEST, COLLABORATION;

    /** The message key of the four-letter name ({@code scoring.component.short.*}). */
    public String shortKey() {
        return "scoring.component.short." + name();
    }
}
