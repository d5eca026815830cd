#!/usr/bin/env bash
# One changed article re-exported (tests/bench/README.md, "Targets": "<= 1 s").
# Usage: tests/bench/changed-only.sh STORE [RUNS] [CLI] [SITE_DIR]
#   STORE: a store, e.g. the 50,000-article one `byline-bench run --workdir DIR` leaves in DIR
#   (it is edited: each run adds a revision to one published article); RUNS: how many edits
#   and re-exports (default 5); CLI: byline-cli (default build/bench/app/byline-cli); SITE_DIR:
#   the site (default a temporary folder next to the store, removed at the end).
# Times a full `export-site`, then RUNS times: saves a small edit of one published article
# (its lead in the source language, through `byline-cli save` as an editor) and times
# `export-site SITE_DIR --changed-only`. Prints each run and the median, min and max.
set -euo pipefail
source "$(dirname "$0")/median.sh"
store=$(realpath "${1:?usage: tests/bench/changed-only.sh STORE [RUNS] [CLI] [SITE_DIR]}")
runs="${2:-5}"
cli=$(realpath "${3:-$(dirname "$0")/../../build/bench/app/byline-cli}")
site="${4:-}"
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }
edit=$(mktemp --suffix=.json)
if [[ -z "$site" ]]; then
    site="$(dirname "$store")/changed-only-site.$$"
    trap 'rm -rf "$site" "$edit"' EXIT
else
    trap 'rm -f "$edit"' EXIT
fi
db=(--db "$store")
editor=$("$cli" "${db[@]}" users list | awk '$2 == "editor" { print $1; exit }')
mapfile -t published < <("$cli" "${db[@]}" list --status published --json | jq -r '.[].uid' | head -n "$runs")

# Milliseconds the command took (its output dropped, its errors shown); stops on a failure.
ms() {
    local s e log
    log=$(mktemp)
    s=$(date +%s%N)
    "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    e=$(date +%s%N)
    rm -f "$log"
    echo $(((e - s) / 1000000))
}
full=$(ms "$cli" "${db[@]}" export-site "$site")
echo "full export-site: $full ms"
results=()
for ((i = 0; i < runs; i++)); do
    uid="${published[$((i % ${#published[@]}))]}"
    # Through a file: `save -` reads only what the pipe holds at that moment.
    "$cli" "${db[@]}" show "$uid" --json \
        | jq --arg n "$i" '.translations[.source_locale].lead += " (updated \($n))"' >"$edit"
    "$cli" "${db[@]}" save "$edit" --as "$editor" >/dev/null
    t=$(ms "$cli" "${db[@]}" export-site "$site" --changed-only)
    echo "run $((i + 1)): $uid edited, export-site --changed-only $t ms"
    results+=("$t")
done
median "export-site --changed-only after one edit" 1000 "${results[@]}"
