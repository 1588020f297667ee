package kr.innotrack.portal;

import kr.innotrack.shared.Labeled;

/** What can be published: a plan (structure and tasks' public fields) or a closed check round's result. */
public enum PublicationKind implements Labeled {
    PLAN,
    ROUND
}
