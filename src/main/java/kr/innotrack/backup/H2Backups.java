package kr.innotrack.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kr.innotrack.shared.NotAllowedNow;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The online backup of the embedded H2 file database: {@code SCRIPT TO 'dir/innotrack-<time>.zip' COMPRESSION ZIP} on
 * a connection of the application's pool: the whole database as SQL (schema, rows, each identity column's position)
 * from one consistent snapshot while the application keeps serving; {@code RUNSCRIPT} into an empty database restores
 * it (db/backup/restore-h2.sh, docs/backup.md). Not {@code BACKUP TO}: its copy of the open file can hold an identity
 * position behind the rows (H2 persists positions with their cache), and the restored database then refuses its next
 * insert with a duplicate key; the backup drill caught exactly that. Answers
 * {@link NotAllowedNow} on any other database (PostgreSQL: pg_dump) or an in-memory H2 (nothing on disk to back up).
 */
@Slf4j
@Service
class H2Backups {

    static final String PREFIX = "innotrack-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Named by the real time in Korea, also when the demo clock is set: files are the operator's, not the demo's. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final DataSource dataSource;
    private final Path directory;
    private final int keep;

    H2Backups(DataSource dataSource, @Value("${innotrack.backup.directory:./backup}") Path directory,
              @Value("${innotrack.backup.keep:14}") int keep) {
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = Math.max(1, keep);
    }

    /** A backup file in the directory. */
    record BackupFile(String name, long bytes, LocalDateTime written) {
    }

    /** True when the application runs on an H2 database stored in files (the embedded default). */
    boolean available() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String url = c.getMetaData().getURL();
            return "H2".equalsIgnoreCase(product) && url != null && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("database not reachable", e);
        }
    }

    Path directory() {
        return directory;
    }

    int keep() {
        return keep;
    }

    /** Writes a backup now, removes the oldest beyond {@code keep}, and answers the new file. */
    synchronized BackupFile backUp() {
        if (!available()) {
            throw new NotAllowedNow("backup.notEmbedded");
        }
        try {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("backup directory not writable: " + directory, e);
        }
        String stamp = LocalDateTime.now(SEOUL).format(STAMP);
        Path target = directory.resolve(PREFIX + stamp + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = directory.resolve(PREFIX + stamp + "-" + n + ".zip");
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + target.toString().replace("'", "''") + "' COMPRESSION ZIP");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 SCRIPT TO " + target + " failed", e);
        }
        try {
            ownerOnly(target, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("backup not protected: " + target, e);
        }
        BackupFile file = describe(target);
        log.info("Online backup written: {} ({} bytes, {} ms)", target, file.bytes(),
                (System.nanoTime() - started) / 1_000_000);
        prune();
        return file;
    }

    /** The backups in the directory, newest first. */
    List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(H2Backups::isBackup).map(H2Backups::describe)
                    .sorted(NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the time in the name, then by the number added to a second backup in the same second. */
    private static final Comparator<BackupFile> NEWEST_FIRST = Comparator
            .comparing((BackupFile f) -> f.name().substring(PREFIX.length(), PREFIX.length() + 15))
            .thenComparingInt(H2Backups::sequence).reversed();

    private static int sequence(BackupFile f) {
        String rest = f.name().substring(PREFIX.length() + 15, f.name().length() - ".zip".length());
        return rest.startsWith("-") && rest.length() > 1 && rest.substring(1).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(rest.substring(1)) : 1;
    }

    /**
     * A backup holds what the database holds (password hashes, the signed-in sessions, citizens' addresses): readable
     * by the application's own user only, like the database file (POSIX file systems; elsewhere the folder's rights).
     */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's access control list applies
        }
    }

    private void prune() {
        List<BackupFile> files = new ArrayList<>(list());
        for (BackupFile old : files.subList(Math.min(keep, files.size()), files.size())) {
            try {
                Files.deleteIfExists(directory.resolve(old.name()));
                log.info("Old backup removed (keeping the newest {}): {}", keep, old.name());
            } catch (IOException e) {
                log.warn("Old backup not removed: {} ({})", old.name(), e.getMessage());
            }
        }
    }

    private static boolean isBackup(Path p) {
        String name = p.getFileName().toString();
        return name.matches(java.util.regex.Pattern.quote(PREFIX) + "\\d{8}-\\d{6}(-\\d+)?\\.zip")
                && Files.isRegularFile(p);
    }

    private static BackupFile describe(Path p) {
        try {
            return new BackupFile(p.getFileName().toString(), Files.size(p),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), SEOUL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
