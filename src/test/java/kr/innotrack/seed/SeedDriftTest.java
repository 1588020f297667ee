package kr.innotrack.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import org.junit.jupiter.api.Test;

/**
 * Seeds cannot drift: what the seed migrations insert is pinned per loader version in {@code seed-outputs.txt}
 * (rows, SHA-256 of {@link RecordedSeedRows}' lines, Flyway checksum). A change in a seed YAML, in {@link SeedLoader},
 * in {@link ScheduleParser} or in SnakeYAML that changes a single stored value fails here until
 * {@link SeedLoader#VERSION} is bumped and the new line recorded, and the bump changes the migrations' checksums so
 * that databases seeded before notice. Plain unit test: no database, no Spring context.
 */
class SeedDriftTest {

    private static final String OUTPUTS = "seed-outputs.txt";

    /** One line of seed-outputs.txt. */
    record Recorded(int loaderVersion, String flywayVersion, String resource, int rows, String sha256, int checksum) {

        static Recorded parse(String line) {
            String[] f = line.strip().split("\\s+");
            return new Recorded(Integer.parseInt(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4],
                    Integer.parseInt(f[5]));
        }

        String line() {
            return loaderVersion + " " + flywayVersion + " " + resource + " " + rows + " " + sha256 + " " + checksum;
        }
    }

    @Test
    void whatEverySeedInsertsIsTheRecordedOutputOfTheCurrentLoaderVersion() throws Exception {
        List<String> problems = new ArrayList<>();
        for (PlanSeedMigration seed : seeds()) {
            RecordedSeedRows rows = load(seed, ScheduleParser::parse);
            Recorded now = new Recorded(SeedLoader.VERSION, seed.getVersion().getVersion(), seed.resource(),
                    rows.lines().size(), rows.digest(), seed.getChecksum());
            Optional<Recorded> recorded = recorded(SeedLoader.VERSION, seed);
            if (recorded.isEmpty() || !recorded.get().equals(now)) {
                Path dump = Path.of("target", "seed-rows", "V" + now.flywayVersion() + "-loader-v" + SeedLoader.VERSION
                        + ".txt");
                Files.createDirectories(dump.getParent());
                Files.write(dump, rows.lines(), StandardCharsets.UTF_8);
                String realign = recorded(SeedLoader.VERSION - 1, seed)
                        .map(before -> "; seeded databases realign with: update flyway_schema_history set checksum = "
                                + now.checksum() + " where version = '" + now.flywayVersion() + "' and checksum = "
                                + before.checksum())
                        .orElse("");
                problems.add("V" + now.flywayVersion() + " (" + seed.resource() + "): recorded "
                        + recorded.map(Recorded::line).orElse("nothing") + ", now " + now.line()
                        + " (rows written to " + dump + ")" + realign);
            }
        }
        assertThat(problems).as("""
                What a seed migration inserts changed under the same seed loader version (SeedLoader.VERSION = %d).
                Databases seeded before would silently differ from new ones. Either undo the change, or, if the \
                new rows are meant: bump SeedLoader.VERSION, append the new lines to %s (never edit old lines), \
                and add a migration that brings seeded databases in line (or document why not): \
                docs/architecture.md, 「Seeds that cannot drift」.""", SeedLoader.VERSION, OUTPUTS).isEmpty();
    }

    @Test
    void loaderVersionOneKeepsTheChecksumsExistingDatabasesRecorded() {
        // The values Flyway stored in flyway_schema_history when these seeds were applied (CRC32 of the YAML alone),
        // before the loader version existed. ./data databases and production PostgreSQL hold exactly these.
        assertThat(PlanSeedMigration.checksum(seed("2").read(), 1)).isEqualTo(75868308);
        assertThat(PlanSeedMigration.checksum(seed("5").read(), 1)).isEqualTo(-1585959506);
        assertThat(PlanSeedMigration.checksum(seed("7").read(), 1)).isEqualTo(1021867569);
        assertThat(recorded(1, seed("2"))).map(Recorded::checksum).contains(75868308);
        assertThat(recorded(1, seed("5"))).map(Recorded::checksum).contains(-1585959506);
        assertThat(recorded(1, seed("7"))).map(Recorded::checksum).contains(1021867569);
    }

    @Test
    void aNewLoaderVersionChangesEveryChecksum() {
        for (PlanSeedMigration seed : seeds()) {
            String yaml = seed.read();
            assertThat(PlanSeedMigration.checksum(yaml, 2)).isNotEqualTo(PlanSeedMigration.checksum(yaml, 1))
                    .isNotEqualTo(PlanSeedMigration.checksum(yaml, 3));
        }
    }

    @Test
    void theRecordIsAppendOnlyAndEndsAtTheCurrentVersion() {
        List<Recorded> all = outputs();
        assertThat(all.stream().mapToInt(Recorded::loaderVersion).max().orElse(0))
                .as("the newest loader version in %s is SeedLoader.VERSION", OUTPUTS).isEqualTo(SeedLoader.VERSION);
        for (int version = 2; version <= SeedLoader.VERSION; version++) {
            int v = version;
            List<Recorded> before = all.stream().filter(r -> r.loaderVersion() == v - 1).toList();
            List<Recorded> after = all.stream().filter(r -> r.loaderVersion() == v).toList();
            assertThat(after.stream().map(Recorded::sha256).toList())
                    .as("loader version %d changes what at least one seed inserts (else the bump only breaks"
                            + " validation of existing databases)", v)
                    .isNotEqualTo(before.stream().map(Recorded::sha256).toList());
        }
        for (PlanSeedMigration seed : seeds()) {
            assertThat(all.stream().filter(r -> r.flywayVersion().equals(seed.getVersion().getVersion())
                            && r.loaderVersion() == SeedLoader.VERSION)).as("V%s", seed.getVersion()).hasSize(1);
        }
    }

    @Test
    void theRecordSeesWhatTheScheduleParserReads() throws SQLException {
        // A parser that reads one schedule of the Samcheok plan a month longer: the digest must notice.
        PlanSeedMigration samcheok = seed("2");
        RecordedSeedRows shifted = load(samcheok, (text, year) -> {
            ParsedSchedule parsed = ScheduleParser.parse(text, year);
            return "2021. 6~7월".equals(text)
                    ? new ParsedSchedule(parsed.start(), parsed.end().plusMonths(1), parsed.months(), parsed.recurrence())
                    : parsed;
        });
        RecordedSeedRows real = load(samcheok, ScheduleParser::parse);
        assertThat(shifted.lines()).hasSameSizeAs(real.lines());
        assertThat(shifted.digest()).isNotEqualTo(real.digest());
        assertThat(recorded(SeedLoader.VERSION, samcheok)).map(Recorded::sha256).contains(real.digest());
    }

    @Test
    void theRecordDoesNotDependOnHowTheSqlIsSpelt() {
        RecordedSeedRows a = new RecordedSeedRows();
        a.insert("insert into department (organization_id, name, sort_order) values (?, ?, ?)", 1L, "총무과", 0);
        a.insertNoKey("insert into milestone (task_id, status) values (?, 'PLANNED')", 1L);
        RecordedSeedRows b = new RecordedSeedRows();
        b.insert("INSERT INTO department (sort_order, name,\n organization_id) VALUES (?,?,?)", 0L, "총무과", 1);
        b.insertNoKey("insert into milestone (status, task_id) values ('PLANNED', ?)", 1L);
        assertThat(b.lines()).isEqualTo(a.lines());
        RecordedSeedRows c = new RecordedSeedRows();
        c.insert("insert into department (organization_id, name, sort_order) values (?, ?, ?)", 1L, "총무과", 1);
        c.insertNoKey("insert into milestone (task_id, status) values (?, 'PLANNED')", 1L);
        assertThat(c.digest()).isNotEqualTo(a.digest());
    }

    private static RecordedSeedRows load(PlanSeedMigration seed,
            java.util.function.BiFunction<String, Integer, ParsedSchedule> schedules) throws SQLException {
        RecordedSeedRows rows = new RecordedSeedRows();
        new SeedLoader(rows, schedules).load(SeedLoader.read(seed.read()));
        return rows;
    }

    /** Every seed migration SeedConfiguration declares, in version order. */
    private static List<PlanSeedMigration> seeds() {
        SeedConfiguration configuration = new SeedConfiguration();
        return Arrays.stream(SeedConfiguration.class.getDeclaredMethods())
                .filter(m -> m.getReturnType() == PlanSeedMigration.class)
                .map(m -> invoke(m, configuration))
                .sorted(Comparator.comparing(PlanSeedMigration::getVersion))
                .toList();
    }

    private static PlanSeedMigration invoke(Method method, SeedConfiguration configuration) {
        try {
            method.setAccessible(true);
            return (PlanSeedMigration) method.invoke(configuration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlanSeedMigration seed(String flywayVersion) {
        return seeds().stream().filter(s -> s.getVersion().getVersion().equals(flywayVersion)).findFirst()
                .orElseThrow();
    }

    private static Optional<Recorded> recorded(int loaderVersion, PlanSeedMigration seed) {
        return outputs().stream().filter(r -> r.loaderVersion() == loaderVersion
                && r.flywayVersion().equals(seed.getVersion().getVersion())).findFirst();
    }

    private static List<Recorded> outputs() {
        try (InputStream in = Objects.requireNonNull(SeedDriftTest.class.getResourceAsStream(OUTPUTS), OUTPUTS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Recorded::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
