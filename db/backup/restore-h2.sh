#!/usr/bin/env bash
# Restores an online backup of the embedded H2 database (a zip of backup-h2.sh / the 백업 page) into DATA_DIR
# (docs/backup.md). STOP THE APPLICATION FIRST. Whatever database is in DATA_DIR is moved aside to
# DATA_DIR/before-restore-<time>/, never deleted. H2's RUNSCRIPT (org.h2.tools.Shell from the application jar) runs
# the backup's SQL into a new, empty database with the application's URL flags.
#
#   db/backup/restore-h2.sh BACKUP_ZIP [DATA_DIR] [APP_JAR]      (defaults: ./data, target/innotrack-*.jar)
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 BACKUP_ZIP [DATA_DIR] [APP_JAR]" >&2
  exit 2
fi
zip="$1"
data="${2:-./data}"
app_jar="${3:-$(ls target/innotrack-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}"
[ -f "$zip" ] || { echo "no backup file $zip" >&2; exit 1; }
[ -n "$app_jar" ] && [ -f "$app_jar" ] || { echo "application jar not found (third argument)" >&2; exit 1; }
jar tf "$zip" >/dev/null || { echo "$zip is not a backup zip" >&2; exit 1; }

mkdir -p "$data"
if ls "$data"/innotrack.*.db >/dev/null 2>&1; then
  aside="$data/before-restore-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$aside"
  mv "$data"/innotrack.*.db "$aside"/
  echo "the database that was there is in $aside" >&2
fi
# An empty database with the application's URL flags, filled by the script (schema, rows, identity positions).
zip_abs="$(cd "$(dirname "$zip")" && pwd)/$(basename "$zip")"
java -cp "$app_jar" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$data/innotrack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  -user sa -password "" -sql "RUNSCRIPT FROM '${zip_abs//\'/\'\'}' COMPRESSION ZIP" >"$data/restore.log" 2>&1
if grep -q '^Error' "$data/restore.log"; then cat "$data/restore.log" >&2; exit 1; fi
rm -f "$data/restore.log"
[ -f "$data/innotrack.mv.db" ] || { echo "restore wrote no $data/innotrack.mv.db" >&2; exit 1; }
echo "restored $zip into $data"
