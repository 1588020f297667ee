package kr.innotrack.search;

import kr.innotrack.shared.Labeled;

/** What a search result is, in the order the results page shows the groups. */
public enum SearchKind implements Labeled {
    TASK,
    MILESTONE,
    ENTRY,
    REMEDY,
    FINDING
}
