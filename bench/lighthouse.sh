#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the portal's main pages, desktop and mobile,
# on Debian's Chromium. Starts its own portal on 127.0.0.1 (the built WAR, a temporary data dir, the shipped library)
# unless --portal names one already running, and stops it at the end.
#
#   mvn -DskipTests package && bash bench/lighthouse.sh            # a portal of its own on a free port
#   bash bench/lighthouse.sh --portal http://127.0.0.1:8282        # a portal already running
#
# Lighthouse comes from npm into bench/lighthouse/node_modules (ignored by git), installed on first use. Reports go to
# target/lighthouse/ (one JSON per page and form factor) and the table to target/lighthouse/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
portal=""
if [ "${1:-}" = "--portal" ]; then portal="${2:?--portal needs an address}"; fi
out="$project/target/lighthouse"
mkdir -p "$out"

lh="$project/bench/lighthouse/node_modules/lighthouse/cli/index.js"
if [ ! -f "$lh" ]; then
  echo "Installing Lighthouse into bench/lighthouse/node_modules ..."
  (cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error)
fi
export CHROME_PATH=/usr/bin/chromium
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --no-first-run"

pid=""
data=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "$data" ]; then rm -rf "$data"; fi
}
trap stop EXIT

if [ -z "$portal" ]; then
  for f in target/kmb-portal.war target/payara-micro.jar; do
    [ -f "$f" ] || { echo "$f is missing: run mvn -DskipTests package first" >&2; exit 1; }
  done
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  data=$(mktemp -d "$project/target/lighthouse-data.XXXXXX")
  echo "Starting the portal on 127.0.0.1:$port (log: target/lighthouse/portal.log) ..."
  KMB_DATA_DIR="$data" KMB_CONTENT_DIR="$project/content" KMB_LINKS_EVERY_HOURS=0 \
    "$(bin/jdk)/bin/java" -Xmx768m --add-modules jdk.incubator.vector -jar target/payara-micro.jar --nocluster --disablephonehome --port "$port" \
    --contextroot / --prebootcommandfile server-config/boot-commands.asadmin --deploy target/kmb-portal.war \
    > "$out/portal.log" 2>&1 &
  pid=$!
  portal="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do
    if curl -fs "$portal/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    kill -0 "$pid" 2>/dev/null || { echo "The portal exited; see $out/portal.log" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$portal/health/ready" | grep -q '"status":"UP"' || { echo "The portal was not ready" >&2; exit 1; }
fi
portal="${portal%/}"

# name|path. Organization results: the form on /organization is sent by POST (the paragraph stays out of the address
# and the history), but the same answers given in the address still show the results, so Lighthouse opens that.
pages=(
  "home|/"
  "search results|/search?q=mentoring"
  "summary|/resources/grossman-2002-test-of-time"
  "guide|/resources/closing-a-match-well"
  "organization results|/organization?submitted=1&organization_size=small&evaluation_capacity=basic&program_models=group&challenges=mentors+leave+after+a+few+months"
  "collection|/collections/starting-a-mentoring-program"
)

score() { # the four scores of a report, 0 to 100
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    console.log(["performance", "accessibility", "best-practices", "seo"]
      .map(k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "-").join("|"));
  ' "$1"
}

table="| page | form factor | performance | accessibility | best practices | SEO |
|---|---|---|---|---|---|"
for entry in "${pages[@]}"; do
  name="${entry%%|*}"
  path="${entry#*|}"
  slug=$(printf '%s' "$name" | tr -c 'a-z0-9' '-')
  for form in desktop mobile; do
    preset=()
    if [ "$form" = desktop ]; then preset=(--preset=desktop); fi
    report="$out/$slug-$form.json"
    node "$lh" "$portal$path" "${preset[@]}" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$flags" \
      --max-wait-for-load=60000 || true
    if [ -f "$report" ]; then s=$(score "$report"); else s="-|-|-|-"; fi
    row="| $name | $form | ${s//|/ | } |"
    echo "$row"
    table="$table
$row"
  done
done
printf '%s\n' "$table" > "$out/results.md"
echo
printf '%s\n' "$table"
echo
echo "Reports: $out/*.json; table: $out/results.md"
