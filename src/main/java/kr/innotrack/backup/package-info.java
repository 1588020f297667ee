/**
 * Backup (issue 19): the embedded H2 database's online backup, an operator action ({@code /operator/backup}) that
 * runs H2's {@code SCRIPT TO ... COMPRESSION ZIP} on the application's own connection pool (the file database is locked by the running
 * application, so no outside tool can open it), writing a zip into {@code innotrack.backup.directory} and keeping the
 * newest {@code innotrack.backup.keep}. PostgreSQL is backed up outside the application with {@code pg_dump}
 * ({@code db/backup/backup-postgres.sh}); this page then says so. Procedures and the restore drill:
 * {@code docs/backup.md}. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup", allowedDependencies = {"shared"})
package kr.innotrack.backup;
