#!/usr/bin/env bash
# Online backup of the embedded H2 database (docs/backup.md), through the running application: the H2 file is locked
# by it, so the backup runs inside it (H2's SCRIPT TO, the operator's 백업 page /operator/backup). This script signs in
# as the operator, presses 「지금 백업」 and prints the zip's name; the zip lands in the application's
# innotrack.backup.directory (default ./backup beside ./data) and the application keeps the newest innotrack.backup.keep.
#
#   INNOTRACK_URL=http://127.0.0.1:8080 INNOTRACK_OPERATOR_USERNAME=operator \
#   INNOTRACK_OPERATOR_PASSWORD_FILE=/etc/innotrack/operator-password db/backup/backup-h2.sh
#
# (INNOTRACK_OPERATOR_PASSWORD works too; a file readable by the backup user only keeps it out of `ps` and cron.)
set -euo pipefail

base="${INNOTRACK_URL:-http://127.0.0.1:8080}"
user="${INNOTRACK_OPERATOR_USERNAME:?set INNOTRACK_OPERATOR_USERNAME}"
if [ -n "${INNOTRACK_OPERATOR_PASSWORD_FILE:-}" ]; then
  password="$(head -n1 "$INNOTRACK_OPERATOR_PASSWORD_FILE")"
else
  password="${INNOTRACK_OPERATOR_PASSWORD:?set INNOTRACK_OPERATOR_PASSWORD or INNOTRACK_OPERATOR_PASSWORD_FILE}"
fi
jar="$(mktemp)"
page="$(mktemp)"
trap 'rm -f "$jar" "$page"' EXIT

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

curl -fsS -c "$jar" -b "$jar" -o "$page" "$base/login"
location=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$(csrf)" \
  "$base/login")
case "$location" in
  ""|*error*|*/login*) echo "sign-in as $user failed" >&2; exit 1 ;;
esac

curl -fsS -c "$jar" -b "$jar" -o "$page" "$base/operator/backup"
status=$(curl -sS -c "$jar" -b "$jar" -o "$page" -w '%{http_code}' --data-urlencode "_csrf=$(csrf)" \
  "$base/operator/backup")
if [ "$status" != "302" ]; then
  echo "backup refused (HTTP $status):" >&2
  sed -e 's/<[^>]*>//g' "$page" | grep -v '^\s*$' | head -20 >&2
  exit 1
fi
curl -fsS -c "$jar" -b "$jar" -o "$page" "$base/operator/backup"
name=$(grep -o 'innotrack-[0-9]\{8\}-[0-9]\{6\}\(-[0-9]*\)\?\.zip' "$page" | head -1)
# No sign-out: it would write a security event after the backup; the session is forgotten with the cookie file and
# times out on the server (server.servlet.session.timeout).
if [ -z "$name" ]; then
  echo "backup written, but its name was not on the page" >&2
  exit 1
fi
echo "$name"
