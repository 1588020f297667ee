package kr.innotrack.publicvote;

/** The public-vote suite on the shared H2 database. */
class H2PublicVoteTest extends PublicVoteTests {
}
