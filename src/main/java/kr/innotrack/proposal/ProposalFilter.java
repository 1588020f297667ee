package kr.innotrack.proposal;

import lombok.Getter;
import lombok.Setter;

/** The office list's filters (query parameters); empty means all. */
@Getter
@Setter
public class ProposalFilter {

    private Publication publication;
    private Triage triage;
}
