package kr.innotrack.proposal;

import kr.innotrack.shared.Labeled;

/** The fixed list of proposal fields (docs/proposals.md): optional on the form. */
public enum ProposalCategory implements Labeled {
    ADMINISTRATION,
    WELFARE,
    SAFETY,
    TRANSPORT,
    ENVIRONMENT,
    CULTURE_TOURISM,
    ECONOMY_JOBS,
    OTHER
}
