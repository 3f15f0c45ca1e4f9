#!/usr/bin/env bash
# Measures what the journal costs `reseau-xlsx process`: the same contacts sheet with a
# journal of N exchanges and with a one-row journal (the same unique names), xlsx.
#
#   bench/journal.sh [--contacts 100000] [--journal 1000000] [--runs 3] [--seed 2026]
#
# Wall time and peak RSS come from GNU time; the table gives medians. The issue's target: the
# journal adds at most half of the run's time. Sheets go to target/bench-data (or $BENCH_DATA).
set -uo pipefail

contacts=100000
journal=1000000
runs=3
seed=2026
while [ $# -gt 0 ]; do
    case "$1" in
        --contacts) contacts=$2; shift 2 ;;
        --journal) journal=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
target=${CARGO_TARGET_DIR:-$root/target}
data=${BENCH_DATA:-$root/target/bench-data}
mkdir -p "$data/out"
[ -x /usr/bin/time ] || { echo "GNU time is missing (apt-get install time)" >&2; exit 1; }

echo "building (release)..." >&2
cargo build --release --quiet --bin reseau-xlsx --example gen_sheet || exit 1
tool=$target/release/reseau-xlsx
gen=$target/release/examples/gen_sheet

with=$data/journal-$contacts-$journal-$seed.xlsx
without=$data/journal-$contacts-1-$seed.xlsx
[ -f "$with" ] || "$gen" --rows "$contacts" --journal-rows "$journal" --seed "$seed" --format xlsx --out "$with" || exit 1
[ -f "$without" ] || "$gen" --rows "$contacts" --journal-rows 1 --seed "$seed" --format xlsx --out "$without" || exit 1

# Prints "seconds KiB" of one run.
measure() {
    # Each run is a first run: a previous output would be read for its plan (the memory
    # between runs), on one side and not the other.
    rm -f "$data/out/journal.xlsx"
    /usr/bin/time -f "%e %M" -o "$data/time.txt" "$tool" process --quiet --today 2026-11-26 \
        -o "$data/out/journal.xlsx" "$1" >/dev/null 2>"$data/stderr.txt" \
        || { cat "$data/stderr.txt" >&2; }
    cat "$data/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A secs mem
: >"$data/without.s"; : >"$data/without.m"; : >"$data/with.s"; : >"$data/with.m"
# Alternating (without, with, without...), so that a change in the machine's load hits both.
for _ in $(seq "$runs"); do
    for kind in without with; do
        read -r s m < <(measure "${!kind}")
        echo "$s" >>"$data/$kind.s"; echo "$m" >>"$data/$kind.m"
    done
done
for kind in without with; do
    secs[$kind]=$(median <"$data/$kind.s")
    mem[$kind]=$(( $(median <"$data/$kind.m") / 1024 ))
done
echo "load: $(uptime | sed 's/.*load average: //')"
echo "| contacts | journal rows | time without | time with | peak without | peak with |"
echo "|---|---|---|---|---|---|"
echo "| $contacts | $journal | ${secs[without]} s | ${secs[with]} s | ${mem[without]} MiB | ${mem[with]} MiB |"
