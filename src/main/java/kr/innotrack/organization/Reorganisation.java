package kr.innotrack.organization;

import kr.innotrack.shared.Labeled;

/** How a reorganisation closed a department: merged into one successor, or split into several. */
public enum Reorganisation implements Labeled {
    MERGED,
    SPLIT
}
