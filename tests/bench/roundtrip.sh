#!/bin/bash
# roundtrip.sh ARTICLES WORKDIR [BUILD_DIR]: a generated archive through byline-cli, as a
# newsroom would back up and restore its store: `byline-bench generate` (kept in WORKDIR and
# reused), `byline-cli import` into a new store, `byline-cli export`, each timed as a whole
# process with its peak resident memory (/usr/bin/time -v, Debian's `time`), and the export
# compared with the archive byte for byte. Appends a line per step to WORKDIR/summary.txt.
# A million article-locales: ARTICLES 333334 (about 5.2 GiB of JSON and 6.5 GiB of store).
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 ARTICLES WORKDIR [BUILD_DIR (default build/bench)]" >&2
    exit 2
fi
articles=$1
work=$2
build=${3:-build/bench}
cli=$build/app/byline-cli
bench=$build/tests/bench/byline-bench
mkdir -p "$work"
rm -f "$work"/store.sqlite* "$work"/export.json

step() { # NAME COMMAND...: runs it, prints its time and peak memory
    local name=$1
    shift
    local start end rc peak
    start=$(date +%s.%N)
    /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.err"
    rc=$?
    end=$(date +%s.%N)
    peak=$(awk '/Maximum resident set size/ { print $6 }' "$work/$name.err")
    printf '%s: exit %d, %.1f s, peak %d MiB (load %s)\n' "$name" "$rc" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" $((peak / 1024)) "$(cut -d' ' -f1-3 /proc/loadavg)" |
        tee -a "$work/summary.txt"
    return "$rc"
}

echo "== $articles articles, $(date -u)" >> "$work/summary.txt"
if [ ! -f "$work/archive.json" ]; then
    step generate "$bench" generate --articles "$articles" -o "$work/archive.json" || exit 1
fi
"$cli" --db "$work/store.sqlite" init > /dev/null || exit 1
step import "$cli" --db "$work/store.sqlite" import "$work/archive.json" || exit 1
echo "store: $(stat -c %s "$work/store.sqlite") bytes" | tee -a "$work/summary.txt"
step export "$cli" --db "$work/store.sqlite" export "$work/export.json" || exit 1
if cmp -s "$work/archive.json" "$work/export.json"; then
    echo "export: the same bytes as the archive" | tee -a "$work/summary.txt"
else
    echo "export: DIFFERS from the archive" | tee -a "$work/summary.txt"
    exit 1
fi
