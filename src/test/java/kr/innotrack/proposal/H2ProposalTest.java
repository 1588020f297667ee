package kr.innotrack.proposal;

/** The suite on the shared in-memory H2 database. */
class H2ProposalTest extends ProposalTests {
}
