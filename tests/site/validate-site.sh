#!/bin/sh
# The exported demo site is valid HTML: byline-cli builds it, html-validate (npm) checks it.
# Usage: validate-site.sh BYLINE_CLI HTML_VALIDATE CONFIG
set -eu
cli="$1"; validator="$2"; config="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/demo.sqlite" init --demo >/dev/null
"$cli" --db "$work/demo.sqlite" export-site "$work/site" >/dev/null
pages=$(find "$work/site" -name '*.html' | wc -l)
if [ "$pages" -lt 20 ]; then
    echo "only $pages pages were exported" >&2
    exit 1
fi
find "$work/site" -name '*.html' -print0 | xargs -0 "$validator" --config "$config"
echo "$pages pages are valid HTML"
