#!/usr/bin/env bash
# Online backup of InnoTrack's PostgreSQL database (docs/backup.md): pg_dump in its custom format (-Fc: compressed,
# one consistent snapshot, restorable table by table), checked by listing it, optionally encrypted for a GPG recipient,
# with old dumps removed after KEEP_DAYS. The application keeps running: pg_dump reads one snapshot and blocks no
# writer (only DDL, i.e. an upgrade's migrations, waits for it: do not upgrade while a dump runs).
#
#   db/backup/backup-postgres.sh [DIRECTORY]                 (default: ./backup)
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass), database PGDATABASE
# (default innotrack). BACKUP_GPG_RECIPIENT=key-id encrypts the dump (gpg --encrypt) and removes the plain file;
# KEEP_DAYS=35 (default) keeps five weeks of daily dumps. Prints the file written; exits non-zero on any failure.
set -euo pipefail

dir="${1:-./backup}"
db="${PGDATABASE:-innotrack}"
keep_days="${KEEP_DAYS:-35}"
mkdir -p "$dir"
umask 077
file="$dir/innotrack-$(date +%Y%m%d-%H%M%S).dump"

pg_dump --format=custom --compress=6 --no-password --dbname="$db" --file="$file.partial"
pg_restore --list "$file.partial" >/dev/null   # readable to the end, or this fails
mv "$file.partial" "$file"

if [ -n "${BACKUP_GPG_RECIPIENT:-}" ]; then
  gpg --batch --yes --encrypt --recipient "$BACKUP_GPG_RECIPIENT" --output "$file.gpg" "$file"
  rm -f "$file"
  file="$file.gpg"
fi

find "$dir" -maxdepth 1 -type f \( -name 'innotrack-*.dump' -o -name 'innotrack-*.dump.gpg' \) \
  -mtime +"$keep_days" -print -delete | sed 's/^/removed old backup: /' >&2
echo "$file"
