#!/bin/bash
# roundtrip.sh ARTICLES WORKDIR [BUILD_DIR]: a generated archive through byline-cli, as a
# newsroom would back up and restore its store: `byline-bench generate` (kept in WORKDIR and
# reused), `byline-cli import` into a new store, `byline-cli export`, each timed as a whole
# process with its peak resident memory (/usr/bin/time -v, Debian's `time`), and the export
# compared with the archive byte for byte; then the other long commands on that store:
# `export-site` (a whole site into WORKDIR/site), `copy` (into a new file) and `check --repair`
# (with one document's digest made wrong first, so that the whole search index is written
# anew; needs the sqlite3 shell). Appends a line per step to WORKDIR/summary.txt.
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
rm -rf "$work"/store.sqlite* "$work"/export.json "$work"/copy.sqlite* "$work"/site

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
rm -f "$work/export.json"
step export-site "$cli" --db "$work/store.sqlite" export-site "$work/site" || exit 1
echo "site: $(du -sm "$work/site" | cut -f1) MiB, $(find "$work/site" -type f | wc -l) files" |
    tee -a "$work/summary.txt"
rm -rf "$work/site"
step copy "$cli" copy --from "$work/store.sqlite" --to "$work/copy.sqlite" || exit 1
rm -f "$work"/copy.sqlite*
# One document's digest made wrong, as if the index had been left behind: --repair then
# writes the whole index anew.
sqlite3 "$work/store.sqlite" "UPDATE search_docs SET digest = 'x' WHERE id = (SELECT min(id) FROM search_docs)" || exit 1
step check-repair "$cli" --db "$work/store.sqlite" check --repair || exit 1
