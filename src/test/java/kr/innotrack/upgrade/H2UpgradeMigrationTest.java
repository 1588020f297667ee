package kr.innotrack.upgrade;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The upgrade tests on the embedded default: H2 in PostgreSQL mode (in memory, the app's URL flags), with
 * {@code db/demo}'s demo accounts as the embedded default runs them.
 */
class H2UpgradeMigrationTest extends UpgradeMigrationTests {

    /**
     * The demo accounts file (repeatable) as it is today needs the schema of V12 (the operator belongs to no
     * organization); an older embedded database had the file of its own release, and gets today's at the upgrade.
     */
    private static final MigrationVersion DEMO_FROM = MigrationVersion.fromVersion("12");

    @Override
    Db freshDatabase(String label) {
        return new Db("jdbc:h2:mem:upgrade_" + label + "_" + UUID.randomUUID().toString().substring(0, 8)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    List<String> locations(MigrationVersion target) {
        return target == null || target.compareTo(DEMO_FROM) >= 0
                ? List.of("classpath:db/migration", "classpath:db/demo")
                : List.of("classpath:db/migration");
    }

    @Override
    void release(Db db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }
}
