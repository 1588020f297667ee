#!/usr/bin/env bash
# Restores a dump of backup-postgres.sh into a NEW, EMPTY database (docs/backup.md). Stop every application instance
# first. The database is dropped if it exists (--force: only with --replace), created owned by OWNER, and filled with
# pg_restore; stops at the first error. An encrypted dump (.gpg) is decrypted on the fly (gpg needs the private key).
#
#   db/backup/restore-postgres.sh DUMP_FILE DATABASE [--replace]
#
# Connection: libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD) of a role that may create databases; OWNER
# (default: the connecting user) owns the database and everything in it, as the application's user must.
# Alternative without dropping (keeps the database's grants and settings): pg_restore --clean --if-exists -d DATABASE.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 DUMP_FILE DATABASE [--replace]" >&2
  exit 2
fi
dump="$1"
db="$2"
replace="${3:-}"
owner="${OWNER:-${PGUSER:-$(id -un)}}"

exists=$(psql --no-password -d postgres -tAc "select 1 from pg_database where datname = '${db//\'/\'\'}'")
if [ "$exists" = "1" ]; then
  if [ "$replace" != "--replace" ]; then
    echo "database $db exists: stop the application and pass --replace to drop it, or pick a new name" >&2
    exit 1
  fi
  dropdb --no-password --force "$db"
fi
createdb --no-password --owner="$owner" "$db"

if [[ "$dump" == *.gpg ]]; then
  gpg --batch --decrypt "$dump" | pg_restore --no-password --exit-on-error --no-owner --role="$owner" --dbname="$db"
else
  pg_restore --no-password --exit-on-error --no-owner --role="$owner" --dbname="$db" "$dump"
fi
psql --no-password -d "$db" -q -c 'analyze'
echo "restored $dump into $db"
