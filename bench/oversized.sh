#!/usr/bin/env bash
# The portal's Java heap while it is sent oversized requests (300 MB to the API, announced and chunked; 3 MB forms to
# pages): each must be refused (401, 403 or 413) without the body being read into memory. Run after
# `mvn -DskipTests package`:
#   bash bench/oversized.sh
# Starts its own portal on port 8091 (PORT=...) with a temporary data dir and the shipped library, signs in as a
# member and as an editor, and prints per request: the answer, how long it took, and the heap in use before, at most
# during (sampled every 100 ms with jstat) and after. Needs curl, jq and the JDK's jstat.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8091}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
admin=bench-admin@kmb.test admin_pw=Violet-Harbour-Lantern-42 pw=Quiet-Otter-Compass-77
KMB_DATA_DIR="$work/data" KMB_CONTENT_DIR=content KMB_ADMIN_EMAIL=$admin KMB_ADMIN_PASSWORD=$admin_pw \
  java -Xmx768m -jar target/payara-micro.jar --nocluster --disablephonehome --port "$port" --contextroot / \
  --prebootcommandfile server-config/boot-commands.asadmin --deploy target/kmb-portal.war > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do sleep 0.5; done

# Signs in through the sign-in page with a cookie jar; prints the session's CSRF token.
sign_in() {
  local jar=$1 email=$2 password=$3 page state nonce
  page=$(curl -s -c "$jar" -b "$jar" "$base/sign-in")
  state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  nonce=$(sed -n 's/.*<script[^>]*nonce="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "signin=signin" --data-urlencode "signin:email=$email" \
    --data-urlencode "signin:password=$password" --data-urlencode "signin:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$base/sign-in"
  curl -s -b "$jar" "$base/api/session" | jq -r .csrf_token
}
sign_up() {
  local jar="$work/signup" page state nonce
  page=$(curl -s -c "$jar" -b "$jar" "$base/sign-up")
  state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  nonce=$(sed -n 's/.*<script[^>]*nonce="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -b "$jar" --data-urlencode "signup=signup" --data-urlencode "signup:name=Bench Member" \
    --data-urlencode "signup:email=$1" --data-urlencode "signup:password=$pw" \
    --data-urlencode "signup:confirmation=$pw" --data-urlencode "signup:choice=create" \
    --data-urlencode "signup:organization=Bench Org" --data-urlencode "signup:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$base/sign-up"
}
sign_up bench-member@kmb.test
member_token=$(sign_in "$work/member" bench-member@kmb.test "$pw")
admin_token=$(sign_in "$work/admin" "$admin" "$admin_pw")
admin_id=$(curl -s -b "$work/admin" "$base/api/admin/users?size=100" | jq ".hits[] | select(.email == \"$admin\") | .id")
curl -s -o /dev/null -b "$work/admin" -X PUT -H "X-CSRF-Token: $admin_token" -H 'Content-Type: application/json' \
  -d '{"roles": ["admin", "editor"]}' "$base/api/admin/users/$admin_id/roles"
editor_token=$(sign_in "$work/editor" "$admin" "$admin_pw")

heap_used() { jstat -gc "$pid" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }
measure() {
  local label=$1; shift
  jcmd "$pid" GC.run > /dev/null; sleep 1
  local before max=0 start status ms after
  before=$(heap_used)
  ( while true; do heap_used; echo; sleep 0.1; done ) > "$work/samples" 2>/dev/null &
  local sampler=$!
  start=$(date +%s%N)
  status=$("$@" || true)
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  after=$(heap_used)
  # A refusal faster than the first sample leaves none: then the most seen is the larger of before and after.
  max=$(printf '%s\n%s\n' "$before" "$after" | cat - "$work/samples" | sort -n | tail -1)
  printf '%-62s %s in %6d ms; heap used %4d MiB before, at most %4d MiB during, %4d MiB after\n' \
    "$label" "$status" "$ms" "$before" "$max" "$after"
}
big() { head -c 300000000 /dev/zero; }
post() { curl -s -o /dev/null -w '%{http_code}' -X POST "$@"; }

echo "Heap in use while oversized requests are refused (max heap -Xmx768m):"
measure "anonymous 300 MB POST /api/match (Content-Length)" \
  post -H 'Content-Type: application/json' --data-binary @<(big) "$base/api/match"
measure "anonymous 300 MB POST /api/match (chunked)" \
  post -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' -T - "$base/api/match" < <(big)
measure "member 300 MB POST /api/editor/import (Content-Length)" \
  post -b "$work/member" -H "X-CSRF-Token: $member_token" -H 'Content-Type: application/zip' \
  --data-binary @<(big) "$base/api/editor/import"
measure "editor 300 MB POST /api/editor/import (chunked)" \
  post -b "$work/editor" -H "X-CSRF-Token: $editor_token" -H 'Content-Type: application/zip' \
  -H 'Transfer-Encoding: chunked' -T - "$base/api/editor/import" < <(big)
measure "anonymous 3 MB form POST /sign-in" \
  post -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @<(head -c 3000000 /dev/zero | tr '\0' a) \
  "$base/sign-in"
measure "anonymous 3 MB form POST /admin/users (protected page)" \
  post -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @<(head -c 3000000 /dev/zero | tr '\0' a) \
  "$base/admin/users"
