package kr.innotrack.entry;

/** The suite on the shared in-memory H2 database. */
class H2BulkEntryTest extends BulkEntryTests {
}
