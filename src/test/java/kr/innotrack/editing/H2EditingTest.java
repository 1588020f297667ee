package kr.innotrack.editing;

class H2EditingTest extends EditingTests {
}
