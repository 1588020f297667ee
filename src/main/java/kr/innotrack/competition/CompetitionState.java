package kr.innotrack.competition;

/**
 * What the office has done with a call: 준비 (a draft only staff see) → 공고 (public; taking entries during the
 * receipt period, 접수 마감 after it: see {@link Phase}) → 심사 완료 (winners published).
 */
enum CompetitionState {
    DRAFT, ANNOUNCED, JUDGED
}
