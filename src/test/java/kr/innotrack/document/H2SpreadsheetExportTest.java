package kr.innotrack.document;

/** The .xlsx downloads on the shared in-memory H2 database. */
class H2SpreadsheetExportTest extends SpreadsheetExportTests {
}
