#!/usr/bin/env bash
# Measures `reseau-xlsx process` against the floor (../shared/tools/perf-floor: read every
# cell, write it back with the crates' default settings, nothing else) on generated sheets of
# 1k, 100k and 1M rows, xlsx and CSV.
#
#   bench/run.sh [--sizes 1k,100k,1m] [--formats xlsx,csv] [--runs 3] [--floor-mode constant]
#                [--seed 2026] [--check] [--small-runs 9] [--tool PATH] [--floor PATH]
#                [--numbers none|plain|formatted] [--csv utf8|excel-fr]
#
# Tool and floor runs alternate (tool, floor, tool, floor...) so that a change in the machine's
# load hits both alike. Wall time and peak RSS come from GNU time; the table gives medians.
# The floor is built with its own manifest (its own crate versions and release profile) into
# $CARGO_TARGET_DIR/perf-floor; --floor gives another floor binary, --floor-mode its mode
# (constant, the bound's; low; standard). $PERF_FLOOR_DIR overrides where its sources are.
# --tool measures another build of reseau-xlsx (default: this tree's, built in release).
# --numbers adds three number columns to the xlsx sheets, unformatted or formatted (a percent
# and a time per column, a currency per cell): the cost of carrying number formats over is the
# difference between the two (see bench/README.md, "Number formats").
# --csv says which CSV the tool reads: `utf8` (`,`, UTF-8, ISO dates; the default) or
# `excel-fr` (what French Excel saves: `;`, Windows-1252, dd/mm/yyyy). The floor's reader only
# knows UTF-8 and commas, so it always reads the utf8 sheet: same rows, same values.
# Sheets are generated once into target/bench-data (or $BENCH_DATA) and reused.
# A failing tool run prints its stderr and the benchmark goes on with the floor.
set -uo pipefail

sizes=1k,100k,1m
formats=xlsx,csv
runs=3
floor_mode=constant
floor=
seed=2026
with_check=0
small_runs=9
tool=
numbers=none
csv_style=utf8
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --formats) formats=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --floor-mode) floor_mode=$2; shift 2 ;;
        --floor) floor=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --check) with_check=1; shift ;;
        --small-runs) small_runs=$2; shift 2 ;;
        --tool) tool=$2; shift 2 ;;
        --numbers) numbers=$2; shift 2 ;;
        --csv) csv_style=$2; shift 2 ;;
        -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
target=${CARGO_TARGET_DIR:-$root/target}
data=${BENCH_DATA:-$root/target/bench-data}
out=$data/out
mkdir -p "$data" "$out"

if [ ! -x /usr/bin/time ]; then
    echo "GNU time is missing; installing it (apt-get install time)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null; else sudo apt-get install -y -q time >/dev/null; fi
    [ -x /usr/bin/time ] || { echo "cannot install GNU time" >&2; exit 1; }
fi

echo "building (release)..." >&2
cargo build --release --quiet --bin reseau-xlsx --example gen_sheet || exit 1
tool=${tool:-$target/release/reseau-xlsx}
gen=$target/release/examples/gen_sheet
if [ -z "$floor" ]; then
    floor_dir=${PERF_FLOOR_DIR:-$root/../shared/tools/perf-floor}
    [ -f "$floor_dir/Cargo.toml" ] || { echo "no floor at $floor_dir (set PERF_FLOOR_DIR)" >&2; exit 1; }
    CARGO_TARGET_DIR=$target/perf-floor cargo build --release --quiet \
        --manifest-path "$floor_dir/Cargo.toml" || exit 1
    floor=$target/perf-floor/release/floor
fi

rows_of() {
    case "$1" in
        1m) echo 1048575 ;;
        *k) echo $((${1%k} * 1000)) ;;
        *) echo "$1" ;;
    esac
}

# The cached sheet for a size and format (csv: and style), generated on first use.
sheet() {
    # "people": one person per row (gen_sheet --names unique, its default since issue 25);
    # the sheets of earlier rounds repeated 1,600 names, which the same-person rule now folds.
    local size=$1 fmt=$2 style=${3:-excel-fr} file="$data/people-$1-seed$seed.$2"
    local extra=()
    if [ "$fmt" = csv ] && [ "$style" = utf8 ]; then
        file="$data/people-$1-seed$seed-utf8.csv"
        extra=(--csv utf8)
    fi
    if [ "$numbers" != none ] && [ "$fmt" = xlsx ]; then
        file="$data/people-$1-seed$seed-numbers-$numbers.$2"
        extra=(--numbers "$numbers")
    fi
    if [ ! -s "$file" ]; then
        echo "generating $file..." >&2
        "$gen" --rows "$(rows_of "$size")" --format "$fmt" --seed "$seed" "${extra[@]}" --out "$file.tmp" &&
            mv "$file.tmp" "$file" || { echo "generation failed: $file" >&2; return 1; }
    fi
    echo "$file"
}

# measure NAME CMD...: runs CMD, appends "seconds KiB" to $out/NAME.times; on failure prints
# its stderr and returns 1. Wall time from the nanosecond clock (GNU time's %e is in 1/100 s).
measure() {
    local name=$1; shift
    local t0 t1 rc
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/$name.rss" "$@" >/dev/null 2>"$out/$name.err"
    rc=$?
    t1=$(date +%s%N)
    if [ $rc -ne 0 ]; then
        echo "--- $name failed (exit $rc): $* ---" >&2
        grep -v '^Command exited' "$out/$name.err" | head -n 12 >&2
        return 1
    fi
    echo "$(( (t1 - t0) / 1000000 )) $(tail -n 1 "$out/$name.rss")" >>"$out/$name.times"
}

# median FILE COLUMN: the median of a column of integers (the lower middle for an even count).
median() {
    [ -s "$1" ] || { echo "-"; return; }
    cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

secs() { [ "$1" = - ] && echo - || awk -v ms="$1" 'BEGIN {printf (ms < 1000 ? "%.3f" : "%.2f"), ms/1000}'; }
mib() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
ratio() {
    if [ "$1" = - ] || [ "$2" = - ] || [ "$2" = 0 ]; then echo -; else
        awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; fi
}
human() { ls -l "$1" | awk '{s=$5; u="B"; if (s>=1048576) {s/=1048576; u="MB"} else if (s>=1024) {s/=1024; u="KB"} printf "%.1f %s", s, u}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load at start: $(uptime | sed 's/.*load average: //')"
echo "runs: $runs paired (tool, floor alternating); floor: $floor, mode $floor_mode;" \
    "tool's csv: $csv_style; seed: $seed"
echo

header="| rows | input | tool s | floor s | time ratio | tool MiB | floor MiB | memory ratio |"
[ $with_check = 1 ] && header="$header check s |"
echo "$header"
echo "$header" | sed 's/[^|]/-/g; s/-|/:|/g; s/^|-/|-/'

IFS=, read -r -a size_list <<<"$sizes"
IFS=, read -r -a format_list <<<"$formats"
for size in "${size_list[@]}"; do
    for fmt in "${format_list[@]}"; do
        input=$(sheet "$size" "$fmt" "$csv_style") || continue
        floor_input=$input
        [ "$fmt" = csv ] && { floor_input=$(sheet "$size" csv utf8) || continue; }
        key="$size-$fmt"
        rm -f "$out/$key".*.times
        tool_ok=1
        for ((i = 1; i <= runs; i++)); do
            if [ $tool_ok = 1 ]; then
                # Each timed run is a first run: a previous output would be read for its plan
                # (the memory between runs), which the floor does not do.
                rm -f "$out/$key.tool.xlsx"
                measure "$key.tool" "$tool" process "$input" -o "$out/$key.tool.xlsx" \
                    --today 2026-11-26 --quiet || tool_ok=0
            fi
            measure "$key.floor" "$floor" "$floor_input" "$out/$key.floor.xlsx" "$floor_mode"
            if [ $with_check = 1 ] && [ $tool_ok = 1 ]; then
                measure "$key.check" "$tool" check "$input" --quiet || true
            fi
        done
        tt=$(median "$out/$key.tool.times" 1); ft=$(median "$out/$key.floor.times" 1)
        tm=$(median "$out/$key.tool.times" 2); fm=$(median "$out/$key.floor.times" 2)
        line="| $(rows_of "$size") | $fmt $(human "$input") | $(secs "$tt") | $(secs "$ft") | $(ratio "$tt" "$ft") | $(mib "$tm") | $(mib "$fm") | $(ratio "$tm" "$fm") |"
        [ $with_check = 1 ] && line="$line $(secs "$(median "$out/$key.check.times" 1)") |"
        echo "$line"
        rm -f "$out/$key.tool.xlsx" "$out/$key.floor.xlsx"
    done
done

# A personal sheet: 500 rows end to end, target under 30 ms.
small=$data/people-500-seed$seed.xlsx
[ -s "$small" ] || "$gen" --rows 500 --format xlsx --seed "$seed" --out "$small"
rm -f "$out"/small.*.times
for ((i = 1; i <= small_runs; i++)); do
    rm -f "$out/small.tool.xlsx"
    measure small.tool "$tool" process "$small" -o "$out/small.tool.xlsx" --today 2026-11-26 \
        --quiet || break
done
for ((i = 1; i <= small_runs; i++)); do
    measure small.floor "$floor" "$small" "$out/small.floor.xlsx" "$floor_mode"
done
echo
echo "500 rows, xlsx, end to end (median of $small_runs): tool $(median "$out/small.tool.times" 1) ms" \
    "(target < 30 ms), floor $(median "$out/small.floor.times" 1) ms"
echo "load at end: $(uptime | sed 's/.*load average: //')"
