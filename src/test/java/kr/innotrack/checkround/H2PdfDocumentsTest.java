package kr.innotrack.checkround;

/** The PDF documents on the shared in-memory H2 database. */
class H2PdfDocumentsTest extends PdfDocumentsTests {
}
