package kr.innotrack.search;

/** The suite on the shared in-memory H2 database. */
class H2SearchTest extends SearchTests {
}
