package kr.innotrack.publicvote;

import kr.innotrack.shared.Labeled;

/** What the office did with a vote: 준비 (draft, not public) → 공개 (public; open between its times) → 결과 공개. */
public enum VoteState implements Labeled {
    DRAFT, OPEN, RESULTS
}
