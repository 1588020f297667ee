package kr.innotrack.plan;

/** The roll-over suite on the shared in-memory H2 database. */
class H2RolloverTest extends RolloverTests {
}
