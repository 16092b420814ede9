#!/usr/bin/env bash
# Start-up time to /health/ready and resident memory, three times each for a first start (empty data dir: the
# shipped library is imported and indexed) and a restart on the same data. Run after `mvn -DskipTests package`:
#   bash bench/startup.sh
# Prints one line per start and the medians. Uses port 8090 and a temporary data dir; nothing else is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8090}
java="$(bin/jdk)/bin/java"   # Java 21 or newer, found as the build finds it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
first=() restart=() rss_first=() rss_restart=()
for run in 1 2 3; do
  rm -rf "$work/data"
  for kind in first restart; do
    start=$(date +%s%N)
    KMB_DATA_DIR="$work/data" KMB_CONTENT_DIR=content "$java" -XX:+UseParallelGC --add-modules jdk.incubator.vector -jar target/payara-micro.jar --nocluster \
      --disablephonehome --port "$port" --contextroot / --prebootcommandfile server-config/boot-commands.asadmin \
      --deploy target/kmb-portal.war > "$work/server-$run-$kind.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$port/health/ready")" = 200 ]; do sleep 0.1; done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 5
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
    echo "run $run, $kind start: ready after $ms ms, resident memory $rss MiB (5 s after ready)"
    if [ "$kind" = first ]; then first+=("$ms"); rss_first+=("$rss"); else restart+=("$ms"); rss_restart+=("$rss"); fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
echo "median first start $(median "${first[@]}") ms, $(median "${rss_first[@]}") MiB;" \
     "median restart $(median "${restart[@]}") ms, $(median "${rss_restart[@]}") MiB"
