package kr.innotrack.backup;

/** The suite on the shared in-memory H2 database. */
class H2BackupPageTest extends BackupPageTests {
}
