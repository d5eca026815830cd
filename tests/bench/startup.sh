#!/usr/bin/env bash
# Cold start of the desk (tests/bench/README.md, "Targets": cold start to a usable window).
# Usage: tests/bench/startup.sh STORE [RUNS] [BYLINE] [USER]
#   STORE: a store, e.g. the 50,000-article one `byline-bench run --workdir DIR` leaves in DIR;
#   RUNS: how many starts (default 7); BYLINE: the desktop program (default
#   build/release/app/byline); USER: the user the desk remembers (default the store's first
#   active editor), so no "Who are you?" dialog comes up.
# Starts `byline --db STORE` RUNS times under Xvfb with BYLINE_STARTUP_TRACE=quit: the program
# prints milliseconds since its process started at each step and quits once the article list
# has painted its first rows on the shown window. Prints each run and the median, min and max.
# The store and the program are in the page cache after the first run (that run is reported
# but not counted); the preview is not opened. Settings go to a temporary XDG_CONFIG_HOME.
set -euo pipefail
source "$(dirname "$0")/median.sh"
store=$(realpath "${1:?usage: tests/bench/startup.sh STORE [RUNS] [BYLINE] [USER]}")
cd "$(dirname "$0")/../.."
runs="${2:-7}"
byline="${3:-build/release/app/byline}"
user="${4:-}"
source scripts/deps.sh
byline_install_deps xvfb xauth
cli="$(dirname "$byline")/byline-cli"
if [[ -z "$user" ]]; then
    user=$("$cli" --db "$store" users list | awk '$2 == "editor" { print $1; exit }')
fi
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/Byline"
printf '[General]\nuser=%s\n' "$user" >"$config/Byline/Byline.conf"

echo "Starting $byline on $store $((runs + 1)) times as $user (the first warms the cache)" >&2
results=()
for ((i = 0; i <= runs; i++)); do
    line=$(XDG_CONFIG_HOME="$config" BYLINE_STARTUP_TRACE=quit timeout 120 \
        xvfb-run -a -s '-screen 0 1920x1080x24' "$byline" --db "$store" 2>&1 \
        | grep '^byline startup' || true)
    [[ -n "$line" ]] || { echo "run $i: no startup line (did a dialog come up?)" >&2; exit 1; }
    echo "run $i: ${line#byline startup (ms since process start): }"
    if ((i > 0)); then
        results+=("$(sed -E 's/.*first rows shown ([0-9.]+).*/\1/' <<<"$line")")
    fi
done
median "first rows shown" 500 "${results[@]}"
