#!/usr/bin/env bash
# Cluster proof (issue 19, bench/README.md "Cluster proof"): two app instances on one fresh PostgreSQL database behind
# nginx (Debian's package) as a round-robin load balancer, no sticky sessions. Signs in through the balancer, edits
# through one instance and reads through the other, lets both instances' schedulers fire the reminder job together,
# stops the instance that served the sign-in and goes on with the same cookie. Prints PASS/FAIL per check and exits
# non-zero on any failure; kills the instances, stops nginx and drops the database on exit.
#   bench/cluster.sh                 build the jar, then run
#   SKIP_BUILD=1 bench/cluster.sh    use target/innotrack-*.jar as it is
#   SHORT=1 bench/cluster.sh         CI: two firings of the job, no statement count
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${CLUSTER_DB:-innotrack_cluster_proof}
LB_PORT=${LB_PORT:-18180}
PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
TICK=${TICK:-10}                        # the reminder job fires every TICK seconds on both instances (divides 60)
FIRINGS=${FIRINGS:-3}
if [ -n "${SHORT:-}" ]; then TICK=6; FIRINGS=2; fi
PGUSER=${INNOTRACK_DB_USER:-postgres}
PGPASSWORD_=${INNOTRACK_DB_PASSWORD:-}
PSQL="psql -h 127.0.0.1 -U $PGUSER -v ON_ERROR_STOP=1 -qtA"
LB="http://127.0.0.1:$LB_PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
PID_A=
PID_B=
FAILED=0
SUMMARY=()

cleanup() {
  [ -n "$PID_A" ] && kill "$PID_A" 2>/dev/null || true
  [ -n "$PID_B" ] && kill "$PID_B" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true
  wait 2>/dev/null || true
  $PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  if [ "$FAILED" != 0 ] || [ -n "${KEEP_LOGS:-}" ]; then
    for f in a b; do [ -f "$WORK/$f.log" ] && { echo "---- instance $f log (last 40 lines)"; tail -40 "$WORK/$f.log"; }; done
    [ -f "$WORK/error.log" ] && { echo "---- nginx error log"; tail -20 "$WORK/error.log"; }
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

check() { # name, condition (0 = pass), detail
  if [ "$2" = 0 ]; then SUMMARY+=("PASS  $1: $3"); echo "PASS  $1: $3"
  else SUMMARY+=("FAIL  $1: $3"); echo "FAIL  $1: $3"; FAILED=1; fi
}

command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx-light (or nginx)" >&2; exit 1; }
pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect 15 main start

if [ -z "${SKIP_BUILD:-}" ] || ! ls target/innotrack-*.jar >/dev/null 2>&1; then
  echo "== build"
  ./mvnw -B -q -ntp -DskipTests package
fi
JAR=$(ls target/innotrack-*.jar | grep -v -- '-plain' | head -1)

echo "== fresh database $DB"
$PSQL -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

start() { # instance id, port; the pid in $!
  # the default profile with its demo accounts (password innotrack-demo), no demo year; the reminder job every TICK s,
  # its lock held TICK/2 s; ShedLock's DEBUG lines say which instance ran each firing and which skipped it
  java -Xms128m -Xmx384m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.address=127.0.0.1 --server.port="$2" --management.server.port=0 \
    --innotrack.instance-id="$1" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="$PGPASSWORD_" --spring.datasource.hikari.maximum-pool-size=5 \
    --innotrack.demo.today= --innotrack.demo.sample-data=false \
    --innotrack.reminders.cron="*/$TICK * * * * *" --innotrack.scheduling.lock-at-least=PT$(( TICK / 2 ))S \
    --innotrack.notice.digest-cron=- --innotrack.mail.purge-cron=- --innotrack.participation.retention-cron=- \
    --logging.level.net.javacrumbs.shedlock=DEBUG > "$WORK/$1.log" 2>&1 &
}
wait_up() { # port, pid
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login")" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || { echo "instance on port $1 died" >&2; return 1; }
    sleep 0.5
  done
  return 1
}

echo "== instance a on $PORT_A (migrates the database), then instance b on $PORT_B"
T0=$(date +%s)
start a "$PORT_A"; PID_A=$!; wait_up "$PORT_A" "$PID_A"
start b "$PORT_B"; PID_B=$!; wait_up "$PORT_B" "$PID_B"
echo "both up after $(( $(date +%s) - T0 )) s"

echo "== nginx on $LB_PORT: round robin over both, no sticky sessions"
mkdir -p "$WORK/tmp" && chmod 777 "$WORK/tmp"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 256; }
http {
    client_body_temp_path $WORK/tmp/body;
    proxy_temp_path       $WORK/tmp/proxy;
    fastcgi_temp_path     $WORK/tmp/fastcgi;
    uwsgi_temp_path       $WORK/tmp/uwsgi;
    scgi_temp_path        $WORK/tmp/scgi;
    log_format upstream '\$request \$status \$upstream_addr';
    access_log $WORK/access.log upstream;
    upstream innotrack {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=30s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://innotrack;
            proxy_set_header Host              \$http_host;
            proxy_set_header X-Forwarded-For   \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout;
        }
    }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK"
for _ in $(seq 1 20); do curl -s -o /dev/null "$LB/login" && break; sleep 0.2; done

JAR_COOKIES="$WORK/cookies"
instance_of() { grep -i '^x-innotrack-instance:' "$1" | tail -1 | tr -d '\r' | awk '{print $2}'; }
get() { # path → body in $WORK/body, headers in $WORK/headers; prints the status
  curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' \
       -H 'Accept: text/html' "$1" || true
}
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/body" | head -1 | sed 's/.*value="//;s/"$//'; }

echo "== sign in through the balancer"
get "$LB/login" >/dev/null
LOGIN_BY=$(instance_of "$WORK/headers")
TOKEN=$(csrf)
STATUS=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -D "$WORK/headers" -o /dev/null -w '%{http_code}' \
  --data-urlencode username=samcheok.chongmu --data-urlencode password=innotrack-demo --data-urlencode "_csrf=$TOKEN" \
  "$LB/login")
SIGNED_IN_BY=$(instance_of "$WORK/headers")
check "sign-in" "$([ "$STATUS" = 302 ] && grep -qi '^location:.*/start' "$WORK/headers"; echo $?)" \
  "login page from instance $LOGIN_BY, sign-in (its CSRF token read from the shared session) by instance $SIGNED_IN_BY"

SEEN=""
OK=0
for _ in 1 2 3 4; do
  S=$(get "$LB/account"); SEEN="$SEEN $(instance_of "$WORK/headers")"
  [ "$S" = 200 ] && grep -q '총무과 담당자' "$WORK/body" || OK=1
done
check "no sticky sessions" "$([ "$OK" = 0 ] && echo "$SEEN" | grep -q a && echo "$SEEN" | grep -q b; echo $?)" \
  "4 signed-in pages through the balancer, served by:$SEEN"

echo "== an edit through one instance, read through the other"
PLAN=$($PSQL -d "$DB" -c "select p.id from plan p join organization o on o.id = p.organization_id where o.name = '삼척시' and p.plan_year = 2021")
TASK=$($PSQL -d "$DB" -c "select id from task where code = '다-1-1' and plan_id = $PLAN")
get "$LB/plans/$PLAN/tasks/$TASK/edit" >/dev/null
TOKEN=$(csrf)
VERSION=$(grep -o 'name="version" value="[^"]*"' "$WORK/body" | head -1 | sed 's/.*value="//;s/"$//')
NAME="클러스터 담당자 $RANDOM"
STATUS=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -D "$WORK/headers" -o /dev/null -w '%{http_code}' \
  --data-urlencode "version=$VERSION" --data-urlencode "officer=$NAME" --data-urlencode "phone=033-570-3466" \
  --data-urlencode "_csrf=$TOKEN" "$LB/plans/$PLAN/tasks/$TASK/edit")
EDITED_BY=$(instance_of "$WORK/headers")
OTHER_PORT=$([ "$EDITED_BY" = a ] && echo "$PORT_B" || echo "$PORT_A")
OTHER=$([ "$EDITED_BY" = a ] && echo b || echo a)
S=$(get "http://127.0.0.1:$OTHER_PORT/plans/$PLAN/tasks/$TASK")
check "edit visible on the other instance" \
  "$([ "$STATUS" = 302 ] && [ "$S" = 200 ] && grep -q "<dd id=\"officer\">$NAME</dd>" "$WORK/body"; echo $?)" \
  "담당자 saved through instance $EDITED_BY ($STATUS), read at once from instance $OTHER directly ($S)"

if [ -z "${SHORT:-}" ]; then
  echo "== session statements per signed-in request (PostgreSQL's table statistics, 50 requests on instance a)"
  stats() { $PSQL -d "$DB" -c "select coalesce(idx_scan,0) || ' ' || n_tup_upd from pg_stat_user_tables where relname = 'spring_session'"; }
  sleep 11; read -r SCAN0 UPD0 <<< "$(stats)"
  for _ in $(seq 1 50); do get "http://127.0.0.1:$PORT_A/notices" >/dev/null; done
  sleep 11; read -r SCAN1 UPD1 <<< "$(stats)"
  echo "spring_session per request: $(python3 -c "print(round(($SCAN1-$SCAN0)/50, 2))") index scans (the session's SELECT),"\
       "$(python3 -c "print(round(($UPD1-$UPD0)/50, 2))") row updates (the last access time, at most once a minute)"
fi

echo "== the reminder job: both schedulers fire every $TICK s; waiting for $FIRINGS firings"
sleep $(( TICK * FIRINGS + 2 ))
RESULT=$(python3 - "$WORK/a.log" "$WORK/b.log" "$TICK" <<'PY'
import re, sys
tick = int(sys.argv[3])
runs = {}
for path, who in ((sys.argv[1], "a"), (sys.argv[2], "b")):
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.search(r"(\d\d):(\d\d):(\d\d)[.,]\d{3}", line)
        if not m or "'deadline-reminders'" not in line:
            continue
        second = int(m.group(3)) + 60 * int(m.group(2)) + 3600 * int(m.group(1))
        key = second // tick
        kind = "ran" if "Locked 'deadline-reminders'" in line else "skipped" if "Not executing" in line else None
        if kind:
            runs.setdefault(key, []).append(f"{who} {kind}")
both = {k: v for k, v in runs.items() if len({s[0] for s in v}) == 2}
ok = all(sum(1 for s in v if s.endswith("ran")) <= 1 for v in runs.values()) \
    and all(sum(1 for s in v if s.endswith("ran")) == 1 for v in both.values())
print(("0" if ok and len(both) >= 1 else "1") + "|" + str(len(both)) + "|"
      + "; ".join(f"{sorted(v)}" for k, v in sorted(runs.items())))
PY
)
IFS='|' read -r OK FIRED DETAIL <<< "$RESULT"
LOCK=$($PSQL -d "$DB" -c "select locked_by || ' at ' || to_char(locked_at, 'HH24:MI:SS') from shedlock where name = 'deadline-reminders'")
check "single fire" "$([ "$OK" = 0 ] && [ "$FIRED" -ge "$FIRINGS" ]; echo $?)" \
  "$FIRED firings on both instances, each run by one: $DETAIL (last lock: $LOCK)"

echo "== stop instance $SIGNED_IN_BY (it served the sign-in), then the same cookie through the balancer"
VICTIM=$([ "$SIGNED_IN_BY" = a ] && echo "$PID_A" || echo "$PID_B")
kill -TERM "$VICTIM"; wait "$VICTIM" 2>/dev/null || true
[ "$SIGNED_IN_BY" = a ] && PID_A= || PID_B=
OK=0; SEEN=""
for _ in 1 2 3; do
  S=$(get "$LB/plans/$PLAN/tasks/$TASK"); SEEN="$SEEN $S/$(instance_of "$WORK/headers")"
  [ "$S" = 200 ] && grep -q '총무과 담당자' "$WORK/body" && grep -q "$NAME" "$WORK/body" || OK=1
done
check "failover" "$OK" "instance $SIGNED_IN_BY stopped; the next requests on the same cookie (status/instance):$SEEN, still signed in"

echo
echo "== cluster proof: $([ "$FAILED" = 0 ] && echo PASS || echo FAIL)"
printf '%s\n' "${SUMMARY[@]}"
exit "$FAILED"
