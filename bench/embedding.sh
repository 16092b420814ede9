#!/usr/bin/env bash
# What the sentence-embedding model of semantic search costs (issue 11): load time, memory, a query's embedding
# (p50/p95) and resources embedded per second, three runs and their medians. Usage (from the project directory):
#   bash bench/embedding.sh            # after mvn -o -q test-compile (or any build that resolved dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="$(bin/jdk)/bin/java"
CP_FILE=target/bench-embedding.classpath
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
RUNS=${RUNS:-3}
for i in $(seq 1 "$RUNS"); do
    echo "--- run $i"
    "$JAVA" -cp "$(cat "$CP_FILE")" bench/java/org/kmbportal/search/bench/EmbeddingBenchmark.java content 200 \
        2>/dev/null | tee "target/bench-embedding-$i.txt"
done
echo "--- medians of $RUNS runs"
for key in "model load" "heap after load" "resident memory" "query embedding p50" "query embedding p95" \
        "resources embedded"; do
    values=$(grep -h "^$key" target/bench-embedding-*.txt | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[+-]?[0-9.]+$/) { print $i; next } }' | sort -g)
    count=$(echo "$values" | wc -l)
    printf '%-28s %s\n' "$key" "$(echo "$values" | sed -n "$(((count + 1) / 2))p")"
done
