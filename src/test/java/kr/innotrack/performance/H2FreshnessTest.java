package kr.innotrack.performance;

/** The suite on the shared in-memory H2 database. */
class H2FreshnessTest extends FreshnessTests {
}
