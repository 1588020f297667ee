package kr.innotrack.korean;

/** The suite on the shared in-memory H2 database. */
class H2KoreanTextTest extends KoreanTextTests {
}
