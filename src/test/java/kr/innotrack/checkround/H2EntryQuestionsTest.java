package kr.innotrack.checkround;

/** The suite on the shared in-memory H2 database. */
class H2EntryQuestionsTest extends EntryQuestionsTests {
}
