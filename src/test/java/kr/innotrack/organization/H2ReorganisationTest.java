package kr.innotrack.organization;

/** The suite on the shared in-memory H2 database. */
class H2ReorganisationTest extends ReorganisationTests {
}
