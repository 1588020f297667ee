#!/usr/bin/env bash
# Benchmark at national scale (bench/README.md). Not part of ./mvnw verify.
#   bench/run.sh                 generate 243 organizations into innotrack_bench, then measure
#   SKIP_GENERATE=1 bench/run.sh reuse the generated database
#   DURATION=15s WARMUP=10s THREADS=2 bench/run.sh
#   SKIP_BUILD=1 bench/run.sh    measure the jar already in target/ (or JAR=path, ADDON_DIR=compiled kr/innotrack/bench's parent)
#   APP_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile' bench/run.sh   profile the run
#   CONDITIONAL=0 bench/run.sh   leave out the If-None-Match (304) runs
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-innotrack_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
ORGS=${ORGS:-243}
BASE="http://127.0.0.1:$PORT"
export INNOTRACK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true"
export INNOTRACK_DB_USER=${INNOTRACK_DB_USER:-postgres}
export INNOTRACK_DB_PASSWORD=${INNOTRACK_DB_PASSWORD:-}
PSQL="psql -h 127.0.0.1 -U $INNOTRACK_DB_USER -v ON_ERROR_STOP=1 -qtA"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect 15 main start
WORK=$(mktemp -d)
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
APP_PID=

echo "== build"
# The production jar; the benchmark add-on (package kr.innotrack.bench: generator, /api/ping) lives in the test
# sources, so it is compiled into target/test-classes but never packed into the jar.
if [ "${SKIP_BUILD:-0}" != 1 ] && [ -z "${JAR:-}" ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi
JAR=${JAR:-$(ls target/innotrack-*.jar | grep -v -- '-plain' | head -1)}
if unzip -l "$JAR" | grep -q 'kr/innotrack/bench/'; then echo "$JAR carries benchmark code" >&2; exit 1; fi
ADDON="$WORK/addon"
mkdir -p "$ADDON/kr/innotrack" && cp -r "${ADDON_DIR:-target/test-classes}/kr/innotrack/bench" "$ADDON/kr/innotrack/"
# Both runs below start the unchanged production jar with the add-on on its class path: Spring Boot's
# PropertiesLauncher with -Dloader.path (the jar's Start-Class stays the main class).
LAUNCH=(-Dloader.path="$ADDON" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher)

if [ "${SKIP_GENERATE:-0}" != 1 ]; then
  echo "== generate $ORGS organizations into $DB"
  $PSQL -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
  java "${LAUNCH[@]}" --spring.profiles.active=postgres,generate --server.port=0 --management.server.port=0 \
       --innotrack.generate.organizations="$ORGS" | tee "$WORK/generate.log" | grep -E "GENERATED|Started|ERROR" || true
  grep -q GENERATED "$WORK/generate.log" || { echo "generation failed" >&2; exit 1; }
fi

# The public portal's pages need a published plan: organization no. 120 gets the address /public/n120 and its plan
# is published (idempotent; the generator leaves both out). The portal's rate limit is off for the run (one address).
$PSQL -d "$DB" -c "update organization set slug = 'n120' where slug is null
    and id = (select organization_id from account where username = 'n120.admin')" \
  -c "insert into publication (organization_id, subject_kind, subject_id, published_at, published_by, version)
      select p.organization_id, 'PLAN', p.id, current_timestamp, 'bench', 0 from plan p
      join account a on a.organization_id = p.organization_id where a.username = 'n120.admin'
      and not exists (select 1 from publication x where x.subject_kind = 'PLAN' and x.subject_id = p.id)"

echo "== start the app (profile postgres, -Xmx512m)"
START=$(date +%s%N)
# APP_JAVA_OPTS: extra JVM options for the measured app, e.g. -XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile
# shellcheck disable=SC2086
java -Xms256m -Xmx512m ${APP_JAVA_OPTS:-} "${LAUNCH[@]}" --spring.profiles.active=postgres --server.port="$PORT" --management.server.port=0 \
     --innotrack.public.rate.enabled=false --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ]; do
  kill -0 $APP_PID 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.2
done
STARTUP_MS=$(( ($(date +%s%N) - START) / 1000000 ))
echo "first page served after $STARTUP_MS ms"

sign_in() { # username → session cookie value
  local jar="$WORK/$1.cookies" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=bench-password" \
       --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "JSESSIONID" {print $7}' "$jar"
}
# A realistic user: the planning admin of organization no. 120, and one of its department officers.
ADMIN=$(sign_in n120.admin)
OFFICER=$(sign_in n120.d2)
PLAN=$($PSQL -d "$DB" -c "select p.id from plan p join account a on a.organization_id = p.organization_id where a.username = 'n120.admin'")
DEPT=$($PSQL -d "$DB" -c "select department_id from account where username = 'n120.d2'")
TASK=$($PSQL -d "$DB" -c "select min(id) from task where plan_id = $PLAN")
ROUND=$($PSQL -d "$DB" -c "select max(id) from check_round where plan_id = $PLAN")

PAGES=(
  "ping|/api/ping|$ADMIN"
  "plan overview|/plans/$PLAN|$ADMIN"
  "task list (filtered)|/plans/$PLAN/tasks?dept=$DEPT&status=OVERDUE&sort=code|$ADMIN"
  "task detail|/plans/$PLAN/tasks/$TASK|$ADMIN"
  "department ranking|/plans/$PLAN/ranking|$ADMIN"
  "round report|/rounds/$ROUND/report|$ADMIN"
  "projector deck|/present/rounds/$ROUND?slide=2|$ADMIN"
  "officer's task list|/my/tasks|$OFFICER"
  "public org home|/public/n120|"
  "public plan|/public/n120/plans/$PLAN|"
  "public task|/public/n120/tasks/$TASK|"
)
# wrk/curl headers of a page: its session cookie (none for the public pages) and a browser's Accept
headers() { # cookie → header arguments
  [ -n "$1" ] && printf '%s\n' -H "Cookie: JSESSIONID=$1"
  printf '%s\n' -H 'Accept: text/html,*/*;q=0.8'
}
file_of() { echo "$1" | tr -c 'a-z0-9' '_'; }
for p in "${PAGES[@]}"; do
  IFS='|' read -r name path cookie <<< "$p"
  mapfile -t H < <(headers "$cookie")
  code=$(curl -s -o /dev/null -D "$WORK/headers-$(file_of "$name").txt" -w '%{http_code}' "${H[@]}" "$BASE$path")
  [ "$code" = 200 ] || { echo "$name ($path) answered $code" >&2; exit 1; }
done

# The app's CPU time (user + system, clock ticks of /proc/<pid>/stat) before and after each wrk run: CPU per request
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
measure() { # connections name path cookie [extra header] → wrk output and the app's CPU ticks during the run
  local c=$1 name=$2 path=$3 cookie=$4 extra=${5:-} prefix=${6:-wrk} before after
  mapfile -t H < <(headers "$cookie")
  [ -n "$extra" ] && H+=(-H "$extra")
  before=$(cpu_ticks)
  wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "${H[@]}" "$BASE$path" > "$WORK/$prefix-$c-$(file_of "$name").txt"
  after=$(cpu_ticks)
  echo "$((after - before)) $TICKS" > "$WORK/cpu-$prefix-$c-$(file_of "$name").txt"
}

echo "== warm-up ($WARMUP per page)"
for p in "${PAGES[@]}"; do
  IFS='|' read -r name path cookie <<< "$p"
  mapfile -t H < <(headers "$cookie")
  wrk -t"$THREADS" -c16 -d"$WARMUP" "${H[@]}" "$BASE$path" > /dev/null
done
HEAP=$(jcmd $APP_PID GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+' || echo 0)

echo "== measure ($DURATION per page and connection count)"
for c in 16 64; do
  for p in "${PAGES[@]}"; do
    IFS='|' read -r name path cookie <<< "$p"
    echo "-- $name, $c connections"
    measure "$c" "$name" "$path" "$cookie"
  done
done

# A meeting room's repeated view: the same GET with the ETag a warm-up GET got (If-None-Match), 16 connections.
# A page without an ETag is reported "n/a"; one that still answers 200 to its own ETag is reported as such.
if [ "${CONDITIONAL:-1}" = 1 ]; then
  echo "== conditional GETs (If-None-Match, 16 connections)"
  for p in "${PAGES[@]}"; do
    IFS='|' read -r name path cookie <<< "$p"
    [ "$name" = ping ] && continue
    mapfile -t H < <(headers "$cookie")
    etag=$(curl -s -o /dev/null -D - "${H[@]}" "$BASE$path" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
    [ -n "$etag" ] || continue
    code=$(curl -s -o /dev/null -w '%{http_code}' "${H[@]}" -H "If-None-Match: $etag" "$BASE$path")
    echo "$code" > "$WORK/status-304-16-$(file_of "$name").txt"
    echo "-- $name, If-None-Match $etag: $code"
    measure 16 "$name" "$path" "$cookie" "If-None-Match: $etag" wrk304
  done
fi

ROWS=$($PSQL -d "$DB" -c "select (select count(*) from organization) || ' organizations, ' || (select count(*) from department)
  || ' departments, ' || (select count(*) from task) || ' tasks, ' || (select count(*) from milestone) || ' milestones, '
  || (select count(*) from kpi) || ' KPIs, ' || (select count(*) from kpi_actual) || ' KPI values, '
  || (select count(*) from check_round) || ' check rounds, ' || (select count(*) from round_entry) || ' round entries, '
  || (select count(*) from remedy) || ' remedies, ' || (select count(*) from account) || ' accounts'")
OUT="bench/results/$(date +%Y-%m-%d-%H%M)-$(hostname | cut -c1-20).md"
BASELINE=${BASELINE:-bench/results/baseline-2026-11-22.tsv}
BASELINE="$BASELINE" python3 bench/report.py "$WORK" "$OUT" "$STARTUP_MS" "$HEAP" "$ROWS" "$DURATION" "$THREADS" "${PAGES[@]}"
echo "== written $OUT"
cat "$OUT"
