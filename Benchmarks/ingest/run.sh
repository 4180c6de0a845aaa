#!/usr/bin/env bash
# Ingest benchmark: release build, 1,000 and 10,000 generated articles.
#
#   Benchmarks/ingest/run.sh [WORKDIR]
#
# 1. Full path (`graph ingest` on text, then a focused export) when the
#    `graph` binary has the store commands wired in. Meaningful only with the
#    real extractor (the stub returns empty graphs).
# 2. Merge path alone (`graph-store-bench`): generated article graphs, same
#    pipeline and store code, extraction replaced by JSON decoding.
# Each step reports wall time and peak RSS from /usr/bin/time -v.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-/tmp/graph-ingest-bench}"
rm -rf "$work" && mkdir -p "$work"
swift build -c release --product graph >/dev/null
swift build -c release --product graph-store-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || { grep "error" "$work/time.txt" >&2; return 1; }
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    printf '%-44s wall %10s   peak RSS %7d MB\n' "$label" "$wall" $((rss / 1024))
    last_seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    grep -E "^(ingested|focused)" "$work/time.txt" "$work/out.txt" -h | sed 's/^/    /' || true
}

declare -A ingest_seconds
last_seconds=0
for n in 1000 10000; do
    python3 Benchmarks/ingest/generate-corpus.py "$work/text-$n" "$n" 42
    echo "corpus: $n articles, $(du -sh "$work/text-$n" | cut -f1)"
    measure "graph ingest ($n articles)" "$bin/graph" ingest --store "$work/text-$n.sqlite" "$work/text-$n"
    ingest_seconds[$n]=$last_seconds
    measure "graph export --focus ($n articles)" "$bin/graph" export --store "$work/text-$n.sqlite" \
        --focus "Hayat Tahrir al-Cham" --depth 1 --format json
    "$bin/graph-store-bench" graphs "$work/graphs-$n" "$n" 42
    measure "merge path: ingest $n graphs" "$bin/graph-store-bench" ingest "$work/graphs-$n.sqlite" "$work/graphs-$n"
    measure "merge path: re-ingest $n graphs (unchanged)" "$bin/graph-store-bench" ingest "$work/graphs-$n.sqlite" \
        "$work/graphs-$n"
    measure "merge path: focused export ($n)" "$bin/graph-store-bench" export "$work/graphs-$n.sqlite" \
        "Brigade du Nord 4" 1
    echo "store size: $(du -h "$work/graphs-$n.sqlite" | cut -f1)"
done
# Close to 10 when the cost per article does not grow with the store.
awk -v a="${ingest_seconds[1000]}" -v b="${ingest_seconds[10000]}" \
    'BEGIN { if (a > 0) printf "graph ingest 10,000 / 1,000 articles: %.1fx the time\n", b / a }'
