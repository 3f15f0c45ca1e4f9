#!/usr/bin/env bash
# Measures a coach's folder: `reseau-xlsx process FOLDER --out-dir OUT` with one job and with
# `--jobs N` (default: every core), on generated sheets (each its own seed).
#
#   bench/folder.sh [--case small|big|both] [--runs 3] [--jobs N] [--tool PATH]
#
#   small: 200 sheets of 500 rows (xlsx);  big: 8 sheets of 100,000 rows (xlsx)
#
# One job and N jobs alternate, so a change in the machine's load hits both alike; wall time
# and peak RSS come from GNU time (peak RSS is the process's: N inputs in memory at once).
# Sheets go to target/bench-data/folder-* (or $BENCH_DATA). Prints medians and the speed-up.
set -uo pipefail

case_=both
runs=3
jobs=$(nproc)
tool=
while [ $# -gt 0 ]; do
    case "$1" in
        --case) case_=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --tool) tool=$2; shift 2 ;;
        -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
target=${CARGO_TARGET_DIR:-$root/target}
data=${BENCH_DATA:-$root/target/bench-data}
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }
echo "building (release)..." >&2
cargo build --release --quiet --bin reseau-xlsx --example gen_sheet || exit 1
tool=${tool:-$target/release/reseau-xlsx}
gen=$target/release/examples/gen_sheet

# folder NAME COUNT ROWS: the folder of COUNT generated sheets, made on first use.
folder() {
    local dir="$data/folder-$1"
    if [ ! -f "$dir/.done" ]; then
        echo "generating $dir..." >&2
        rm -rf "$dir" && mkdir -p "$dir"
        for ((i = 1; i <= $2; i++)); do
            "$gen" --rows "$3" --format xlsx --seed $((2026 + i)) \
                --out "$dir/$(printf 'person-%03d' "$i").xlsx" || return 1
        done
        touch "$dir/.done"
    fi
    echo "$dir"
}

# One run: prints "milliseconds KiB".
measure() {
    local out=$data/out/folder t0 t1
    rm -rf "$out"
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$data/folder.rss" "$tool" process "$1" --out-dir "$out" \
        --today 2026-11-26 --quiet --jobs "$2" >/dev/null 2>"$data/folder.err" ||
        { head -n 5 "$data/folder.err" >&2; }
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $(tail -n 1 "$data/folder.rss")"
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load at start: $(uptime | sed 's/.*load average: //')"
echo
echo "| folder | 1 job s | $jobs jobs s | speed-up | 1 job MiB | $jobs jobs MiB |"
echo "|---|---:|---:|---:|---:|---:|"
mkdir -p "$data/out"
for c in small big; do
    [ "$case_" = both ] || [ "$case_" = "$c" ] || continue
    case $c in
        small) dir=$(folder small 200 500) || exit 1; label="200 x 500 rows" ;;
        big) dir=$(folder big 8 100000) || exit 1; label="8 x 100,000 rows" ;;
    esac
    : >"$data/one.t"; : >"$data/many.t"; : >"$data/one.m"; : >"$data/many.m"
    for ((r = 1; r <= runs; r++)); do
        read -r t m < <(measure "$dir" 1); echo "$t" >>"$data/one.t"; echo "$m" >>"$data/one.m"
        read -r t m < <(measure "$dir" "$jobs"); echo "$t" >>"$data/many.t"; echo "$m" >>"$data/many.m"
    done
    t1=$(median <"$data/one.t"); tn=$(median <"$data/many.t")
    m1=$(median <"$data/one.m"); mn=$(median <"$data/many.m")
    awk -v l="$label" -v a="$t1" -v b="$tn" -v c="$m1" -v d="$mn" \
        'BEGIN {printf "| %s | %.2f | %.2f | %.2f | %.0f | %.0f |\n", l, a/1000, b/1000, a/b, c/1024, d/1024}'
done
echo
echo "load at end: $(uptime | sed 's/.*load average: //')"
