# Sourced by the measuring scripts here. `median LABEL TARGET_MS VALUE...` prints
# "LABEL: median M ms (min A, max B; N runs); target <= TARGET_MS ms".
median() {
    local label="$1" target="$2"
    shift 2
    printf '%s\n' "$@" | sort -n | awk -v label="$label" -v target="$target" '
        { v[NR] = $1 }
        END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%s: median %.0f ms (min %.0f, max %.0f; %d runs); target <= %d ms\n",
                label, m, v[1], v[NR], NR, target
        }'
}
