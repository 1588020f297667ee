#!/usr/bin/env bash
# 10,000 anonymous page views over the public portal (issue 18) against one instance: the embedded default with the
# demo year (Samcheok's 2021 plan and Q2 result published), H2 in a scratch directory, the rate limit off (every
# request comes from this one address). Reports requests/s, p50/p99 and errors (wrk --latency). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18089}
VIEWS=${VIEWS:-10000}
THREADS=${THREADS:-4}
CONNECTIONS=${CONNECTIONS:-16}
DATA=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
# the compiled classes and the runtime class path (no repackaged jar: that needs plugins an offline build may lack)
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -o -DskipTests compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$DATA/cp.txt" -Dmdep.includeScope=runtime >/dev/null
java -Xms256m -Xmx512m -cp "target/classes:$(cat "$DATA/cp.txt")" kr.innotrack.InnotrackApplication \
  --server.port="$PORT" --management.server.port=0 --innotrack.public.rate.enabled=false \
  "--spring.datasource.url=jdbc:h2:file:$DATA/innotrack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
  > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$PORT/public" >/dev/null 2>&1 && break; sleep 1; done
BASE="http://127.0.0.1:$PORT"
# the pages: the index, Samcheok's front page, its plan, its published result, and every task page of the plan
PLAN=$(curl -fs "$BASE/public/samcheok" | grep -o '/public/samcheok/plans/[0-9]*' | head -1)
RESULT=$(curl -fs "$BASE/public/samcheok" | grep -o '/public/samcheok/results/[0-9]*' | head -1)
TASKS=$(curl -fs "$BASE$PLAN" | grep -o '/public/samcheok/tasks/[0-9]*' | sort -u)
PATHS="/public /public/samcheok $PLAN $RESULT $TASKS"
echo "pages: $(echo $PATHS | wc -w) (index, organization, plan $PLAN, result $RESULT, task pages)"
LUA="$DATA/views.lua"
{
  echo "local paths = {"; for p in $PATHS; do echo "  \"$p\","; done; echo "}"
  cat <<LUA
local per_thread = math.ceil($VIEWS / $THREADS)
local threads = {}
n = 0
i = 0
first = 0
last = 0
setup = function(thread) table.insert(threads, thread) end
request = function()
  if i == 0 then first = os.time() end
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
response = function(status, headers, body)
  n = n + 1
  if n >= per_thread then last = os.time(); wrk.thread:stop() end
end
-- wrk reports its whole -d duration even when the threads stop early: the views' own wall-clock time here
done = function(summary, latency, requests)
  local from, to, views = math.huge, 0, 0
  for _, t in ipairs(threads) do
    from = math.min(from, t:get("first")); to = math.max(to, t:get("last")); views = views + t:get("n")
  end
  if to > from then
    io.write(string.format("views: %d in %d s (wall clock, 1 s resolution): %.1f views/s\n", views, to - from,
      views / (to - from)))
  end
  io.write(string.format("p50 %.1f ms, p99 %.1f ms; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
end
LUA
} > "$LUA"
for p in $PATHS; do curl -fs -o /dev/null "$BASE$p"; done   # warm-up: one view of each page
wrk -t"$THREADS" -c"$CONNECTIONS" -d${DURATION:-300s} --timeout 10s --latency -s "$LUA" "$BASE" | tee "$DATA/wrk.txt"
echo "non-2xx: $(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$DATA/wrk.txt" || echo 0)"
