package kr.innotrack.competition;

/** The suite on the shared in-memory H2 database. */
class H2CompetitionTest extends CompetitionTests {
}
