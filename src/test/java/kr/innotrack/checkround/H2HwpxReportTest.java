package kr.innotrack.checkround;

/** The 한글 documents on the shared in-memory H2 database. */
class H2HwpxReportTest extends HwpxReportTests {
}
