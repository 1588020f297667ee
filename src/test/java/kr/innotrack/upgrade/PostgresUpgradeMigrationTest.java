package kr.innotrack.upgrade;

import java.util.List;
import kr.innotrack.support.Postgres;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.condition.EnabledIf;

/** The upgrade tests on PostgreSQL (the production profile's locations: no demo accounts), one fresh database each. */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
class PostgresUpgradeMigrationTest extends UpgradeMigrationTests {

    @Override
    Db freshDatabase(String label) {
        return new Db(Postgres.freshDatabase("innotrack_upgrade_test"), Postgres.USER, Postgres.PASSWORD);
    }

    @Override
    List<String> locations(MigrationVersion target) {
        return List.of("classpath:db/migration");
    }
}
