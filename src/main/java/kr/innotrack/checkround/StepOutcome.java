package kr.innotrack.checkround;

/**
 * What became of a step asked for on a page read earlier (a rating, a return, a decision, a state move, a deletion):
 * done, or left undone because someone changed the record since the page was read. The page answers the second with
 * a redirect to the present state and a word, not with a conflict view: a step has no input to keep.
 */
public enum StepOutcome {

    DONE, STALE;

    /** True when the page was read at the record's present version. */
    static boolean current(Long readAt, long version) {
        return readAt != null && readAt == version;
    }
}
