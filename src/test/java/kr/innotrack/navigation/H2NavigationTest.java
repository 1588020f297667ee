package kr.innotrack.navigation;

/** The suite on the shared in-memory H2 database. */
class H2NavigationTest extends NavigationTests {
}
