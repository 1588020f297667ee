package kr.innotrack.backup;

import kr.innotrack.support.PostgresIntegrationTest;
import org.junit.jupiter.api.condition.EnabledIf;

/** The suite on the PostgreSQL database the PostgreSQL variants share. */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@PostgresIntegrationTest
class PostgresBackupPageTest extends BackupPageTests {
}
