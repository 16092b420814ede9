#!/usr/bin/env bash
# Long text on the shipped library (issue 10): POST /api/match with a 2,000-character challenge and
# GET /api/search with a 40-word question, each timed with curl after a warm-up; prints every time and the medians.
# Usage: bash bench/long-text.sh [portal address, default http://127.0.0.1:8080] [runs, default 21]
# The portal must run with the shipped library (mvn -Prun, or java -jar target/payara-micro.jar ... as in the README).
set -euo pipefail
portal="${1:-http://127.0.0.1:8080}"
runs="${2:-21}"

paragraph="We are a small community organization that matches volunteer mentors with young people aged 12 to 17. \
Many mentors quit within the first six months, and the young people feel let down when their match ends early. We \
struggle to recruit enough male volunteers, and our staff have little time or training to support the matches. \
Nous avons du mal à recruter des bénévoles, le suivi des jumelages manque de temps et nous n'avons pas de budget \
d'évaluation. Newcomer families hesitate to trust a program they do not know, and the school asks for results. "
challenge=""
while [ "${#challenge}" -lt 2000 ]; do challenge="$challenge$paragraph"; done
challenge="${challenge:0:2000}"
question="How can a small community organization keep volunteer mentors engaged and prevent early match endings when \
young people from immigrant families feel let down, staff have little training time, and we have no evaluation \
budget or clear goals so far"
words=$(echo "$question" | wc -w)
body=$(python3 -c 'import json,sys; print(json.dumps({"context": {"organization_size": "small"}, "challenges": sys.argv[1], "language": "en", "size": 10}))' "$challenge")
query=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$question")

time_match() { curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -X POST -H 'Content-Type: application/json' \
  --data "$body" "$portal/api/match"; }
time_search() { curl -s -o /dev/null -w "%{http_code} %{time_total}\n" "$portal/api/search?q=$query"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

for _ in 1 2 3 4 5; do time_match >/dev/null; time_search >/dev/null; done   # warm-up
echo "POST /api/match, a ${#challenge}-character challenge, $runs runs (status seconds):"
match=$(for _ in $(seq "$runs"); do time_match; done); echo "$match" | tr '\n' ' '; echo
echo "GET /api/search, a $words-word question, $runs runs (status seconds):"
search=$(for _ in $(seq "$runs"); do time_search; done); echo "$search" | tr '\n' ' '; echo
echo "statuses: match $(echo "$match" | cut -d' ' -f1 | sort | uniq -c | xargs), search $(echo "$search" | cut -d' ' -f1 | sort | uniq -c | xargs)"
echo "median: match $(echo "$match" | cut -d' ' -f2 | median) s, search $(echo "$search" | cut -d' ' -f2 | median) s"
