#!/usr/bin/env bash
# The backup/restore drill (docs/backup.md), run by CI after the build (.ci/run) and by hand before trusting a
# backup procedure. For PostgreSQL and for the embedded H2 in turn, with the application jar the build produced:
#
#   1. start the application on an empty database (migrations + seeds; H2: the demo accounts and the demo year's
#      sample data as the embedded default loads them), sign in, add a milestone and change it through the real forms
#      (so the change history gets rows);
#   2. back up with the operator scripts (PostgreSQL: backup-postgres.sh = pg_dump -Fc while the app runs;
#      H2: backup-h2.sh = the operator's online SCRIPT TO through the running app);
#   3. fingerprint every table (TableDigest: row count + SHA-256 of the rows, Flyway's history, the change history
#      and the identity sequences included), stop the application, wipe the database (drop it / delete its files),
#      restore (restore-postgres.sh / restore-h2.sh) and fingerprint again: every table must be equal;
#   4. start the application on the restored database, sign in, see the change on the task page and its history, and
#      add one more milestone (the restored id sequences hand out fresh ids).
#
# Prints a per-table summary per database; exits non-zero on any difference or failure. Scheduled jobs are off in
# the drill's application (innotrack.scheduling.enabled=false), so nothing but the drill writes while it compares.
#
#   db/backup/drill.sh [postgres|h2|both]          (default both; needs target/innotrack-*.jar: ./mvnw package)
#
# Environment: DRILL_JAR (the jar), DRILL_PORT (default 18089), INNOTRACK_TEST_PG_DB_SUFFIX (appended to the drill's
# database name innotrack_drill, as the tests do), PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres: a role
# that may create databases), DRILL_KEEP=1 keeps the work directory (logs, dumps, fingerprints).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
which="${1:-both}"
started=$(date +%s)

jar="${DRILL_JAR:-$(ls target/innotrack-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}"
[ -n "$jar" ] && [ -f "$jar" ] || { echo "drill: no application jar (run ./mvnw -DskipTests package)" >&2; exit 1; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
port="${DRILL_PORT:-18089}"
base="http://127.0.0.1:$port"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
pg_db="innotrack_drill${INNOTRACK_TEST_PG_DB_SUFFIX:-}"
work="$(mktemp -d "${TMPDIR:-/tmp}/innotrack-drill.XXXXXX")"
app_pid=""
failed=1

say() { echo "[drill $(( $(date +%s) - started ))s] $*"; }
fail() { echo "[drill] FAILED: $*" >&2; exit 1; }

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "$which" != "h2" ]; then dropdb --if-exists --force "$pg_db" 2>/dev/null || true; fi
  if [ "$failed" = 1 ] || [ "${DRILL_KEEP:-}" = 1 ]; then
    echo "[drill] work directory kept: $work (application logs app-*.log)" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# ------------------------------------------------------------------ tools: the JDBC drivers of the jar, the comparer
mkdir -p "$work/lib" "$work/classes"
(cd "$work/lib" && jar xf "$jar" $(jar tf "$jar" | grep -E '^BOOT-INF/lib/(h2|postgresql)-[0-9.]+\.jar$') \
  && mv BOOT-INF/lib/*.jar . && rm -rf BOOT-INF)
javac -d "$work/classes" db/backup/TableDigest.java
digest() { java -cp "$work/classes:$work/lib/*" TableDigest digest "$@"; }
compare() { java -cp "$work/classes" TableDigest compare "$@"; }

# ------------------------------------------------------------------ the application
start_app() { # NAME ARGS... (environment as exported by the caller)
  local log="$work/app-$1.log"
  shift
  java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$jar" --server.port="$port" --management.server.port=0 \
    --innotrack.scheduling.enabled=false "$@" >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$base/login" 2>/dev/null; then return 0; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then tail -40 "$log" >&2; app_pid=""; fail "the application exited ($log)"; fi
    sleep 0.5
  done
  fail "the application did not answer within 300 s ($log)"
}

stop_app() {
  kill "$app_pid"
  wait "$app_pid" || true
  app_pid=""
}

csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

sign_in() { # COOKIES USER PASSWORD
  curl -fsS -c "$1" -b "$1" -o "$work/page" "$base/login"
  local location
  location=$(curl -sS -c "$1" -b "$1" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$2" \
    --data-urlencode "password=$3" --data-urlencode "_csrf=$(csrf_of "$work/page")" "$base/login")
  case "$location" in ""|*error*|*/login*) fail "sign-in as $2 failed (redirect: $location)" ;; esac
}

post_form() { # COOKIES FORM_PAGE ACTION FIELDS... → must answer 302
  curl -fsS -c "$1" -b "$1" -o "$work/page" "$base$2"
  local cookies="$1" action="$3" status
  shift 3
  local args=(--data-urlencode "_csrf=$(csrf_of "$work/page")")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  status=$(curl -sS -c "$cookies" -b "$cookies" -o "$work/answer" -w '%{http_code}' "${args[@]}" "$base$action")
  [ "$status" = 302 ] || { sed -e 's/<[^>]*>//g' "$work/answer" | grep -v '^\s*$' | head -20 >&2; fail "POST $action answered $status"; }
}

# The seeded Samcheok 2021 plan and its first task, by the read API (the session opens it).
find_task() { # COOKIES → "PLAN TASK"
  curl -fsS -b "$1" "$base/api/plans" | python3 -c '
import json, sys
plans = [p for p in json.load(sys.stdin) if p["year"] == 2021 and p["organization"] == "삼척시"]
print(plans[0]["id"])' >"$work/plan"
  local plan
  plan=$(cat "$work/plan")
  curl -fsS -b "$1" "$base/api/plans/$plan/tasks" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])' \
    >"$work/task"
  echo "$plan $(cat "$work/task")"
}

milestone_id() { # COOKIES PLAN TASK DESCRIPTION
  curl -fsS -b "$1" "$base/api/plans/$2/tasks" | python3 -c '
import json, sys
task, text = int(sys.argv[1]), sys.argv[2]
ms = [m for t in json.load(sys.stdin) if t["id"] == task for m in t["milestones"] if m["description"] == text]
print(ms[0]["id"])' "$3" "$4"
}

# Adds a milestone and changes it (two rows in the change history), as a planning admin through the forms.
change_data() { # COOKIES LABEL → sets plan, task, text
  read -r plan task < <(find_task "$1")
  text="백업 훈련 $2 $(date +%H%M%S)"
  post_form "$1" "/plans/$plan/tasks/$task/milestones/new" "/plans/$plan/tasks/$task/milestones" \
    "description=$text" "plannedStart=2021-09" "plannedEnd=2021-11" "status=PLANNED" "note=백업 훈련"
  local id
  id=$(milestone_id "$1" "$plan" "$task" "$text")
  post_form "$1" "/plans/$plan/tasks/$task/milestones/$id/edit" "/plans/$plan/tasks/$task/milestones/$id" \
    "version=0" "description=$text" "plannedStart=2021-09" "plannedEnd=2021-12" "status=IN_PROGRESS" "note=백업 훈련 변경"
  say "changed: milestone 「$text」 added and changed on task $task of plan $plan"
}

# After the restore: the change is on the task page (milestone list and change history), and a new row gets an id.
check_restored() { # COOKIES
  curl -fsS -b "$1" -o "$work/task.html" "$base/plans/$plan/tasks/$task"
  local seen
  seen=$(grep -c -- "$text" "$work/task.html" || true)
  [ "$seen" -ge 2 ] || fail "the restored task page does not show 「$text」 in its milestones and history ($seen)"
  grep -q '백업 훈련 변경' "$work/task.html" || fail "the restored task page does not show the changed note"
  post_form "$1" "/plans/$plan/tasks/$task/milestones/new" "/plans/$plan/tasks/$task/milestones" \
    "description=$text (복원 뒤)" "plannedStart=2021-10" "plannedEnd=2021-10" "status=PLANNED"
  say "restored application: task page shows 「$text」 ($seen places), a new milestone saved after the restore"
}

# ------------------------------------------------------------------ PostgreSQL
drill_postgres() {
  say "PostgreSQL: database $pg_db on $PGHOST:$PGPORT"
  dropdb --if-exists --force "$pg_db"
  createdb "$pg_db"
  local url="jdbc:postgresql://$PGHOST:$PGPORT/$pg_db"
  local admin=drill.admin password='Harbor-Lantern-42'
  SPRING_PROFILES_ACTIVE=postgres INNOTRACK_DB_URL="$url" INNOTRACK_DB_USER="$PGUSER" \
    INNOTRACK_DB_PASSWORD="${PGPASSWORD:-}" INNOTRACK_ADMIN_ORGANIZATION=삼척시 INNOTRACK_ADMIN_USERNAME=$admin \
    INNOTRACK_ADMIN_PASSWORD=$password start_app pg-seeded
  say "PostgreSQL: application up on the seeded database"
  sign_in "$work/pg.cookies" "$admin" "$password"
  change_data "$work/pg.cookies" PostgreSQL
  digest "$url" "$PGUSER" "${PGPASSWORD:-}" >"$work/pg-before.txt"
  local dump
  dump=$(PGDATABASE="$pg_db" db/backup/backup-postgres.sh "$work/pg-backups")
  say "PostgreSQL: online backup $(basename "$dump") ($(stat -c %s "$dump") bytes)"
  digest "$url" "$PGUSER" "${PGPASSWORD:-}" >"$work/pg-during.txt"
  cmp -s "$work/pg-before.txt" "$work/pg-during.txt" || fail "the database changed while it was backed up"
  stop_app
  dropdb --force "$pg_db"
  say "PostgreSQL: database dropped; restoring"
  db/backup/restore-postgres.sh "$dump" "$pg_db" >/dev/null
  digest "$url" "$PGUSER" "${PGPASSWORD:-}" >"$work/pg-after.txt"
  echo "== PostgreSQL: every table before the backup and after the restore"
  compare "$work/pg-before.txt" "$work/pg-after.txt"
  SPRING_PROFILES_ACTIVE=postgres INNOTRACK_DB_URL="$url" INNOTRACK_DB_USER="$PGUSER" \
    INNOTRACK_DB_PASSWORD="${PGPASSWORD:-}" start_app pg-restored
  sign_in "$work/pg2.cookies" "$admin" "$password"
  check_restored "$work/pg2.cookies"
  stop_app
  dropdb --force "$pg_db"
}

# ------------------------------------------------------------------ embedded H2
drill_h2() {
  local data="$work/h2-data" backups="$work/h2-backups"
  local url="jdbc:h2:file:$data/innotrack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  local options=(--spring.datasource.url="$url;DB_CLOSE_ON_EXIT=FALSE" --innotrack.backup.directory="$backups")
  say "H2: embedded default (demo accounts, demo year sample data) in $data"
  start_app h2-seeded "${options[@]}"
  say "H2: application up with the demo year loaded"
  sign_in "$work/h2.cookies" samcheok.admin innotrack-demo
  change_data "$work/h2.cookies" H2
  local zip
  zip=$(INNOTRACK_URL="$base" INNOTRACK_OPERATOR_USERNAME=operator INNOTRACK_OPERATOR_PASSWORD=innotrack-demo \
    db/backup/backup-h2.sh)
  say "H2: online backup $zip ($(stat -c %s "$backups/$zip") bytes) through the running application"
  stop_app
  # The database as the application left it (nothing writes after the backup but the backup request's own session
  # bookkeeping, if sessions live in the database: those two tables are reported and tolerated).
  digest "$url" sa "" >"$work/h2-before.txt"
  rm -rf "$data"
  say "H2: database files deleted; restoring"
  db/backup/restore-h2.sh "$backups/$zip" "$data" "$jar" >/dev/null
  digest "$url" sa "" >"$work/h2-after.txt"
  echo "== H2: every table as the application left it and after the restore"
  compare "$work/h2-before.txt" "$work/h2-after.txt" --volatile spring_session,spring_session_attributes
  start_app h2-restored "${options[@]}"
  sign_in "$work/h22.cookies" samcheok.admin innotrack-demo
  check_restored "$work/h22.cookies"
  stop_app
}

case "$which" in
  postgres) drill_postgres ;;
  h2) drill_h2 ;;
  both) drill_postgres; drill_h2 ;;
  *) echo "usage: $0 [postgres|h2|both]" >&2; exit 2 ;;
esac
failed=0
say "backup/restore drill passed ($which) in $(( $(date +%s) - started )) s"
