package kr.innotrack.document;

import kr.innotrack.support.PostgresIntegrationTest;
import org.junit.jupiter.api.condition.EnabledIf;

/** The .xlsx downloads on the PostgreSQL database the PostgreSQL variants share. */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@PostgresIntegrationTest
class PostgresSpreadsheetExportTest extends SpreadsheetExportTests {
}
