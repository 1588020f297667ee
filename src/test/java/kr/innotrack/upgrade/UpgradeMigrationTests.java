package kr.innotrack.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.innotrack.InnotrackApplication;
import kr.innotrack.seed.SeedConfiguration;
import kr.innotrack.upgrade.UpgradeFixtures.Fixture;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Upgrades (issue 19): every migration Vn (n ≥ 2) — SQL under {@code db/migration}, the seed Java migrations and
 * whatever is added later, found at run time — is applied to a database that holds data at the version before it.
 * Per version: a fresh database migrated with Flyway {@code target(n-1)}, the seeds of that version plus the
 * hand-written user data of {@link UpgradeFixtures} (plans, tasks, milestones, KPI values, accounts, change history,
 * audit progress, a check round with entries, a remedy and notices), then migrated to the latest version: it must
 * succeed, no table may lose rows, every fixture row must still be there, and {@code validate} must pass.
 * One test then starts the application once on an upgraded database and reads the old rows through every JPA entity
 * and through the task and round pages, signed in as the fixture's account. Flyway alone for the rest: fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UpgradeMigrationTests {

    /** A database to migrate. */
    record Db(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** An empty database for the given label (a version). */
    abstract Db freshDatabase(String label);

    /** Flyway locations as the application uses them on this database. */
    abstract List<String> locations(MigrationVersion target);

    /** Called when a test is done with a database (H2 in memory: shut it down). */
    void release(Db db) throws SQLException {
    }

    private List<JavaMigration> javaMigrations;
    private List<MigrationVersion> versions;

    @BeforeAll
    void findMigrations() {
        // The Java migrations are Spring beans (seed.SeedConfiguration); the end-state test below checks that the
        // application has no other JavaMigration bean, so a new one elsewhere fails until it is listed here too.
        try (AnnotationConfigApplicationContext seeds = new AnnotationConfigApplicationContext(SeedConfiguration.class)) {
            javaMigrations = List.copyOf(seeds.getBeansOfType(JavaMigration.class).values());
        }
        Db probe = freshDatabase("probe");
        try {
            versions = Arrays.stream(flyway(probe, null, allLocations()).info().all())
                    .map(MigrationInfo::getVersion).filter(v -> v != null).distinct().sorted().toList();
            release(probe);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(versions).as("migrations found").hasSizeGreaterThanOrEqualTo(23);
    }

    List<String> allLocations() {
        return locations(null);
    }

    Flyway flyway(Db db, MigrationVersion target, List<String> locations) {
        var config = Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    MigrationVersion latest() {
        return versions.get(versions.size() - 1);
    }

    @TestFactory
    Stream<DynamicTest> everyMigrationUpgradesADatabaseWithDataAtTheVersionBeforeIt() {
        return versions.stream().filter(v -> v.compareTo(MigrationVersion.fromVersion("2")) >= 0)
                .map(v -> DynamicTest.dynamicTest("V" + v + " onto data at V" + before(v), () -> upgradeOnto(v)));
    }

    MigrationVersion before(MigrationVersion v) {
        return versions.get(versions.indexOf(v) - 1);
    }

    void upgradeOnto(MigrationVersion v) throws Exception {
        MigrationVersion from = before(v);
        Db db = freshDatabase("v" + v.getVersion().replace('.', '_'));
        try {
            Upgraded upgraded = upgrade(db, from);
            assertThat(upgraded.appliedFixtures()).as("fixtures at V" + from).isNotNull();
        } finally {
            release(db);
        }
    }

    record Upgraded(List<String> appliedFixtures) {
    }

    /** Migrates to {@code from}, writes the fixtures valid there, migrates to the latest and checks the rows. */
    Upgraded upgrade(Db db, MigrationVersion from) throws Exception {
        flyway(db, from, locations(from)).migrate();
        List<Fixture> fixtures = UpgradeFixtures.ALL.stream()
                .filter(f -> MigrationVersion.fromVersion("" + f.from()).compareTo(from) <= 0).toList();
        Map<String, Long> proofs = new TreeMap<>();
        Map<String, Long> countsBefore;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Fixture f : fixtures) {
                for (String sql : f.statements()) {
                    try {
                        assertThat(s.executeUpdate(sql)).as("rows written by fixture 「" + f.name() + "」 at V" + from
                                + ": " + sql).isPositive();
                    } catch (SQLException e) {
                        throw new AssertionError("fixture 「" + f.name() + "」 at V" + from + " failed: " + sql, e);
                    }
                }
                long proof = single(s, f.proof());
                assertThat(proof).as("rows of fixture 「" + f.name() + "」 at V" + from).isPositive();
                proofs.put(f.name(), proof);
            }
            countsBefore = rowCounts(c);
        }

        var result = flyway(db, null, allLocations()).migrate();
        assertThat(result.success).as("migration from V" + from).isTrue();
        Flyway latest = flyway(db, null, allLocations());
        assertThat(latest.info().current().getVersion()).isEqualTo(latest());
        assertThat(latest.info().pending()).as("pending after the upgrade from V" + from).isEmpty();
        assertThat(latest.validateWithResult().validationSuccessful).as("validate after the upgrade from V" + from)
                .isTrue();

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Map<String, Long> countsAfter = rowCounts(c);
            List<String> lost = new ArrayList<>();
            countsBefore.forEach((table, n) -> {
                Long after = countsAfter.get(table);
                if (after == null || after < n) {
                    lost.add(table + ": " + n + " → " + (after == null ? "table gone" : after));
                }
            });
            assertThat(lost).as("tables that lost rows upgrading from V" + from).isEmpty();
            for (Fixture f : fixtures) {
                assertThat(single(s, f.proof())).as("fixture 「" + f.name() + "」 after the upgrade from V" + from)
                        .isEqualTo(proofs.get(f.name()));
            }
        }
        return new Upgraded(fixtures.stream().map(Fixture::name).toList());
    }

    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table of the connection's schema with its row count. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                counts.put(t.toLowerCase(), single(s, "select count(*) from \"" + t + "\""));
            }
        }
        assertThat(counts).as("tables").containsKey("flyway_schema_history");
        return counts;
    }

    @Test
    void migrationFilesAreNamedSortedAndUnique() throws IOException {
        Pattern name = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql|R__[a-z0-9_]+\\.sql");
        List<Path> files;
        try (Stream<Path> list = Stream.concat(Files.list(Path.of("db", "migration")), Files.list(Path.of("db", "demo")))) {
            files = list.sorted().toList();
        }
        Set<Integer> seen = new HashSet<>();
        javaMigrations.forEach(j -> assertThat(seen.add(Integer.parseInt(j.getVersion().getVersion())))
                .as("Java migration V" + j.getVersion() + " unique").isTrue());
        for (Path f : files) {
            String file = f.getFileName().toString();
            Matcher m = name.matcher(file);
            assertThat(m.matches()).as(file + ": V<n>__lower_case.sql or R__lower_case.sql").isTrue();
            if (m.group(1) != null) {
                assertThat(seen.add(Integer.parseInt(m.group(1)))).as(file + ": its version is taken").isTrue();
            }
        }
        List<Integer> sorted = seen.stream().sorted().toList();
        assertThat(sorted.get(0)).isEqualTo(1);
        assertThat(versions).extracting(MigrationVersion::getVersion)
                .containsExactlyElementsOf(sorted.stream().map(String::valueOf).toList());
    }

    @Test
    void theCurrentSchemaValidatesAndAFreshDatabaseMigratesInOneGo() throws SQLException {
        Db db = freshDatabase("fresh");
        try {
            assertThat(flyway(db, null, allLocations()).migrate().success).isTrue();
            Flyway again = flyway(db, null, allLocations());
            assertThat(again.validateWithResult().validationSuccessful).isTrue();
            assertThat(again.migrate().migrationsExecuted).as("a second migrate applies nothing").isZero();
        } finally {
            release(db);
        }
    }

    /**
     * The application itself on an upgraded database: it starts (Hibernate validates the schema), every entity loads
     * every row, and the fixture's plan, task and round show on their pages for the fixture's planning admin.
     */
    @Test
    void theApplicationReadsTheRowsOfAnUpgradedDatabase() throws Exception {
        int richest = UpgradeFixtures.ALL.stream().mapToInt(Fixture::from).max().orElseThrow();
        MigrationVersion from = MigrationVersion.fromVersion("" + richest);
        Db db = freshDatabase("app");
        try {
            upgrade(db, from);
            long planId;
            long taskId;
            long roundId;
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                planId = single(s, "select id from plan where plan_year = 2022 and title like '" + UpgradeFixtures.MARK + "%'");
                taskId = single(s, "select min(t.id) from task t join remedy r on r.task_id = t.id where t.plan_id = " + planId);
                roundId = single(s, "select id from check_round where plan_id = " + planId);
            }
            // command-line arguments: they win over application.properties (default properties would not)
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InnotrackApplication.class)
                    .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                            "--spring.datasource.password=" + db.password(), "--server.port=0",
                            "--management.server.port=0", "--innotrack.scheduling.enabled=false",
                            "--spring.flyway.locations=" + String.join(",", allLocations()))) {
                assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(db.url());
                assertThat(app.getBeansOfType(JavaMigration.class).values()).extracting(j -> j.getVersion().getVersion())
                        .as("the application's Java migrations are the ones this test applies")
                        .containsExactlyInAnyOrderElementsOf(javaMigrations.stream()
                                .map(j -> j.getVersion().getVersion()).toList());
                readEveryEntity(app.getBean(EntityManagerFactory.class));
                String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                signIn(http, base, "upgrade.admin", "innotrack-demo");
                assertPage(http, base + "/plans/" + planId + "/tasks/" + taskId, UpgradeFixtures.MARK);
                assertPage(http, base + "/rounds/" + roundId, UpgradeFixtures.MARK);
                assertPage(http, base + "/plans/" + planId, UpgradeFixtures.MARK);
            }
        } finally {
            release(db);
        }
    }

    private static void readEveryEntity(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            Map<String, Integer> loaded = new TreeMap<>();
            for (EntityType<?> type : emf.getMetamodel().getEntities().stream()
                    .sorted(Comparator.comparing(EntityType::getName)).toList()) {
                long count = em.createQuery("select count(e) from " + type.getName() + " e", Long.class).getSingleResult();
                int rows = em.createQuery("select e from " + type.getName() + " e", type.getJavaType()).getResultList().size();
                assertThat(rows).as(type.getName() + " rows loaded").isEqualTo((int) count);
                loaded.put(type.getName(), rows);
                em.clear();
            }
            for (String entity : List.of("Plan", "Task", "Milestone", "Kpi", "KpiActual", "Account", "ChangeLogEntry",
                    "CheckRound", "RoundEntry", "Remedy")) {
                assertThat(loaded.getOrDefault(entity, 0)).as(entity + " rows").isPositive();
            }
            assertThat(em.createQuery("select count(m) from Milestone m where m.description like :mark", Long.class)
                    .setParameter("mark", UpgradeFixtures.MARK + "%").getSingleResult()).isPositive();
            assertThat(em.createQuery("select count(e) from ChangeLogEntry e where e.entityLabel = :mark", Long.class)
                    .setParameter("mark", UpgradeFixtures.MARK).getSingleResult()).isPositive();
        } finally {
            em.close();
        }
    }

    private static void signIn(HttpClient http, String base, String username, String password) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
        String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static void assertPage(HttpClient http, String url, String text) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(url).isEqualTo(200);
        assertThat(page.body()).as(url).contains(text);
    }
}
