package kr.innotrack.plan;

/** The suite on the shared in-memory H2 database. */
class H2ReadCopyTest extends ReadCopyTests {
}
