#!/usr/bin/env bash
# 1,000 public-vote ballots against one instance (bench/README.md, 「Ballots」). Not part of ./mvnw verify.
#   bench/ballots.sh                      compile, start the app (embedded H2 in memory, real clock), run bench/ballots.py
#   SKIP_BUILD=1 BALLOTS=200 WORKERS=4 bench/ballots.sh
# The app runs from target/classes with the runtime class path (no repackaged jar needed: works offline).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
SMTP_PORT=${SMTP_PORT:-18025}
CP=$(mktemp)
LOG=$(mktemp)
trap 'kill $APP_PID 2>/dev/null || true; rm -f "$LOG" "$CP"' EXIT
APP_PID=
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== compile"
  ./mvnw -B -q -o -DskipTests compile
fi
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime
echo "== start the app on :$PORT (mail to the script's SMTP sink on :$SMTP_PORT)"
java -Xms256m -Xmx512m -cp "target/classes:$(cat "$CP")" kr.innotrack.InnotrackApplication --server.port="$PORT" --management.server.port=0 \
  --spring.datasource.url="jdbc:h2:mem:ballots;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --innotrack.demo.today= --innotrack.demo.sample-data=false \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
  kill -0 $APP_PID 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
echo "== $(nproc) cores, $(java -version 2>&1 | head -1)"
BASE="http://127.0.0.1:$PORT" SMTP_PORT="$SMTP_PORT" python3 bench/ballots.py
