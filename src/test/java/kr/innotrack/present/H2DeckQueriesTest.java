package kr.innotrack.present;

/** The deck's grouping on the shared in-memory H2 database. */
class H2DeckQueriesTest extends DeckQueriesTests {
}
