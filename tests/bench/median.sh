# Sourced by the measuring scripts here. `median LABEL VALUE...` prints
# "LABEL: median M ms (min A, max B; N runs); target <= 1000 ms".
median() {
    local label="$1"
    shift
    printf '%s\n' "$@" | sort -n | awk -v label="$label" '
        { v[NR] = $1 }
        END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%s: median %.0f ms (min %.0f, max %.0f; %d runs); target <= 1000 ms\n",
                label, m, v[1], v[NR], NR
        }'
}
