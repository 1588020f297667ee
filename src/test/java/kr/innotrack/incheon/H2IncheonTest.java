package kr.innotrack.incheon;

class H2IncheonTest extends IncheonTests {
}
