package kr.innotrack.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;

/**
 * A Flyway migration that loads one plan from its YAML seed source under {@code db/seed/} with {@link SeedLoader},
 * on Flyway's connection, so it runs in the migration's transaction before JPA starts.
 *
 * <p>The checksum covers both inputs of what ends up in the database: the YAML and the loader's output version
 * ({@link SeedLoader#VERSION}). Editing an applied seed, or changing what the loader or the schedule parser inserts
 * (which {@code SeedDriftTest} forces to come with a version bump), makes Flyway's validation fail on a database
 * seeded before, instead of letting new databases silently differ from existing ones. Version 1 adds nothing to the
 * YAML's CRC32, so databases seeded before the version existed keep validating.
 */
public class PlanSeedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String resource;

    public PlanSeedMigration(String version, String description, String resource) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.resource = resource;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum(read(), SeedLoader.VERSION);
    }

    /**
     * CRC32 of the YAML's UTF-8 bytes, followed from loader version 2 on by the version. The formula for version 1 is
     * the one every existing database recorded; it must not change.
     */
    static int checksum(String yaml, int loaderVersion) {
        CRC32 crc = new CRC32();
        crc.update(yaml.getBytes(StandardCharsets.UTF_8));
        if (loaderVersion > 1) {
            crc.update(("\n# seed loader version " + loaderVersion).getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        new SeedLoader(new JdbcSeedRows(context.getConnection())).load(SeedLoader.read(read()));
    }

    String resource() {
        return resource;
    }

    String read() {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("seed source missing: " + resource, e);
        }
    }
}
