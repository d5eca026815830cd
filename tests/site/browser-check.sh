#!/bin/sh
# The exported demo site in a real browser (Chromium, axe-core; tests/site/browser-check.mjs):
# byline-cli builds it, the browser checks every page as readers see it.
# Usage: browser-check.sh BYLINE_CLI NODE NODE_MODULES
set -eu
cli="$1"; node="$2"; modules="$3"
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/demo.sqlite" init --demo >/dev/null
"$cli" --db "$work/demo.sqlite" export-site "$work/site" >/dev/null
# Chromium keeps its profile in HOME: a throwaway one, whoever runs the suite.
HOME="$work" NODE_PATH="$modules" "$node" "$here/browser-check.mjs" "$work/site"
