#!/usr/bin/env bash
# Full static export, Byline against Hugo on the same content (issue #5's benchmark).
# Usage: tests/bench/hugo-compare.sh [ARTICLES] [BUILD_DIR]
#   ARTICLES: generated archive size (default 5000); BUILD_DIR: a build with byline-cli and
#   byline-bench (default build/bench: cmake -B build/bench -DCMAKE_BUILD_TYPE=Release
#   -DBYLINE_BUILD_GUI=OFF && cmake --build build/bench --target byline-cli byline-bench).
# Installs Debian's hugo when missing. Prints pages per second for both and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-5000}"
build="${2:-build/bench}"
source scripts/deps.sh
byline_install_deps hugo bc
cli="$build/app/byline-cli"
bench="$build/tests/bench/byline-bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Generating $articles articles and importing them (not timed)" >&2
"$bench" generate --articles "$articles" --per-file 1000 -o "$work/archive" >/dev/null
"$cli" --db "$work/store.sqlite" init >/dev/null
for part in "$work"/archive-*.json; do
    "$cli" --db "$work/store.sqlite" import "$part" >/dev/null
done
"$bench" hugo-site --db "$work/store.sqlite" -o "$work/hugo" >/dev/null

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
byline_s=$(seconds "$cli" --db "$work/store.sqlite" export-site "$work/byline-site")
byline_pages=$(find "$work/byline-site" -name '*.html' | wc -l)
hugo_s=$(seconds hugo --quiet -s "$work/hugo" -d "$work/hugo-site")
hugo_pages=$(find "$work/hugo-site" -name '*.html' | wc -l)

printf '| site generator | HTML pages | seconds | pages/s |\n| --- | --- | --- | --- |\n'
printf '| byline-cli export-site | %d | %.2f | %.0f |\n' "$byline_pages" "$byline_s" "$(echo "$byline_pages / $byline_s" | bc -l)"
printf '| hugo %s | %d | %.2f | %.0f |\n' "$(hugo version | awk '{print $2}')" "$hugo_pages" "$hugo_s" "$(echo "$hugo_pages / $hugo_s" | bc -l)"
printf '\nByline / Hugo (pages/s): %.2f (target: at least 1)\n' \
    "$(echo "($byline_pages / $byline_s) / ($hugo_pages / $hugo_s)" | bc -l)"
