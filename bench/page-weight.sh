#!/usr/bin/env bash
# Bytes a browser downloads for a page of a running portal: the HTML and the style sheets and scripts it links, as
# sent without compression and as sent to a browser that accepts gzip (what goes over the wire).
# Usage: bench/page-weight.sh http://127.0.0.1:8080 / /search?q=mentoring /resources/<id> ...
set -euo pipefail
base="${1:?usage: $0 BASE PATH...}"; shift
printf '%-48s %10s %10s %6s\n' page raw gzip files
for path in "$@"; do
    html="$(curl -s "$base$path")"
    urls=("$path")
    while IFS= read -r u; do urls+=("$(printf '%s' "$u" | sed 's/&amp;/\&/g')"); done < <(
        printf '%s' "$html" | grep -oE '<(link[^>]*rel="stylesheet"|script)[^>]*(href|src)="[^"]+"' \
            | grep -oE '(href|src)="[^"]+"' | sed -E 's/^(href|src)="//; s/"$//')
    raw=0; gz=0
    for u in "${urls[@]}"; do
        r=$(curl -s -o /dev/null -w '%{size_download}' "$base$u")
        g=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$base$u")
        raw=$((raw + r)); gz=$((gz + g))
    done
    printf '%-48s %10d %10d %6d\n' "$path" "$raw" "$gz" "${#urls[@]}"
done
