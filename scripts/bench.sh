#!/usr/bin/env bash
# Measures what docs/performance.md reports:
#
#   1. `opcit extract` end to end on one core (taskset -c 0) on generated
#      papers of 1, 10 and 100 MB, against a baseline that only reads the
#      file and validates it as UTF-8 (examples/read_validate.rs): MB/s,
#      ratio, time growth from one size to the next, peak memory / input;
#   2. the pathological corners (examples/gen_paper.rs --corner), each at a
#      tenth of its size and at full size, to show how time grows;
#   3. `opcit batch` on 1,000 small generated papers with one and with all
#      cores: wall time against CPU time.
#
# Usage: scripts/bench.sh [SIZE_MB…]            (default: 1 10 100)
#   RUNS=5      runs per measurement; the median is reported (default 3)
#   CORNERS=0   skip the corners;  BATCH=0  skip the batch run
#   TIMEOUT=600 seconds before a run is given up and reported as such
#   WORK=DIR    where generated inputs are kept (default: $TMPDIR/opcit-bench)
#
# Uses hyperfine for the times when it is installed; always /usr/bin/time
# for peak memory. 1 MB = 1,000,000 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(1 10 100); fi
runs="${RUNS:-3}"
timeout_s="${TIMEOUT:-600}"
work="${WORK:-${TMPDIR:-/tmp}/opcit-bench}"
mkdir -p "$work"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release --quiet --bin opcit --example gen_paper --example read_validate
bin="$CARGO_TARGET_DIR/release"
opcit="$bin/opcit"
gen="$bin/examples/gen_paper"
base="$bin/examples/read_validate"

# A generated input is reused only when it is newer than the generator
# that wrote it (a changed generator writes other papers).
fresh() { [ -s "$1" ] && [ "$1" -nt "$gen" ]; }

pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: /usr/bin/time is needed (apt-get install time)" >&2
  exit 2
fi

# One run: prints "wall user sys maxrss_kib", or "timeout" when it took too
# long. The command's own exit status does not matter (batch exits 1 on findings).
once() {
  local report="$work/time.txt" status=0
  /usr/bin/time -f '%e %U %S %M' -o "$report" timeout "$timeout_s" "$@" >/dev/null 2>&1 || status=$?
  if [ "$status" -eq 124 ] || [ ! -s "$report" ]; then
    echo timeout
  else
    tail -n 1 "$report"
  fi
}

# Median wall seconds and largest peak RSS (KiB) over $runs runs:
# prints "seconds rss", or "timeout 0".
measure() {
  local walls=() rss=0 line w r n="$runs"
  if command -v hyperfine >/dev/null 2>&1; then n=1; fi
  for _ in $(seq "$n"); do
    line=$(once "$@")
    if [ "$line" = timeout ]; then echo "timeout 0"; return; fi
    read -r w _ _ r <<<"$line"
    walls+=("$w")
    if [ "$r" -gt "$rss" ]; then rss=$r; fi
  done
  if command -v hyperfine >/dev/null 2>&1; then
    local json="$work/hyperfine.json"
    hyperfine --style none --runs "$runs" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    w=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"], 3))' "$json")
  else
    w=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  fi
  echo "$w $rss"
}

mbs() { awk -v b="$1" -v t="$2" 'BEGIN { printf "%.1f", b / 1e6 / (t > 0 ? t : 0.005) }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per figure: $runs (median); pinned: ${pin[*]:-no}"
echo

printf '%-7s %9s %11s %13s %8s %12s %10s\n' size seconds "opcit MB/s" "baseline MB/s" ratio "time growth" "RSS/input"
prev_t=""
prev_mb=""
for mb in "${sizes[@]}"; do
  f="$work/paper-${mb}MB.txt"
  fresh "$f" || "$gen" --size "${mb}MB" --seed 1 --lang mixed >"$f"
  bytes=$(stat -c %s "$f")
  read -r t rss < <(measure "${pin[@]}" "$opcit" extract "$f")
  # The baseline reads the file often enough to take about half a second
  # in all, and the time of one read is that divided by the count.
  reps=$(( (500000000 + bytes - 1) / bytes ))
  read -r tb _ < <(measure "${pin[@]}" "$base" "$f" "$reps")
  tb=$(awk -v t="$tb" -v n="$reps" 'BEGIN { printf "%.6f", t / n }')
  if [ "$t" = timeout ]; then
    printf '%-7s %9s\n' "${mb}MB" ">${timeout_s}s"
    prev_t=""
    continue
  fi
  o=$(mbs "$bytes" "$t")
  b=$(mbs "$bytes" "$tb")
  ratio=$(awk -v a="$o" -v b="$b" 'BEGIN { printf "%.2f%%", 100 * a / b }')
  growth="-"
  if [ -n "$prev_t" ]; then
    growth=$(awk -v a="$prev_t" -v b="$t" -v x="$prev_mb" -v y="$mb" 'BEGIN { printf "%.1fx/%gx", b / (a > 0 ? a : 0.005), y / x }')
  fi
  mem=$(awk -v r="$rss" -v b="$bytes" 'BEGIN { printf "%.1fx", r * 1024 / b }')
  printf '%-7s %9s %11s %13s %8s %12s %10s\n' "${mb}MB" "$t" "$o" "$b" "$ratio" "$growth" "$mem"
  prev_t=$t
  prev_mb=$mb
done

if [ "${CORNERS:-1}" != 0 ]; then
  echo
  echo "pathological corners: seconds at N/10 and at N, growth (linear is about 10x)"
  printf '%-10s %10s %10s %10s %8s %12s\n' corner N "t(N/10)" "t(N)" growth "peak RSS"
  for c in "ibid 100000" "surname 10000" "sameyear 10000" "dangling 10000" "line 50000000" "footnotes 100000" "nested 100000" "html 100000" "list 100000" "entry 100000"; do
    read -r name n <<<"$c"
    small=$((n / 10))
    fs="$work/corner-$name-$small.txt"
    fb="$work/corner-$name-$n.txt"
    fresh "$fs" || "$gen" --corner "$name" --count "$small" >"$fs"
    fresh "$fb" || "$gen" --corner "$name" --count "$n" >"$fb"
    read -r ts _ < <(measure "${pin[@]}" "$opcit" extract "$fs")
    read -r tb rss < <(measure "${pin[@]}" "$opcit" extract "$fb")
    if [ "$tb" = timeout ] || [ "$ts" = timeout ]; then
      printf '%-10s %10s %10s %10s %8s %12s\n' "$name" "$n" "$ts" ">${timeout_s}s" "-" "-"
      continue
    fi
    growth=$(awk -v a="$ts" -v b="$tb" 'BEGIN { printf "%.1fx", b / (a > 0 ? a : 0.005) }')
    printf '%-10s %10s %10s %10s %8s %9s MiB\n' "$name" "$n" "$ts" "$tb" "$growth" "$((rss / 1024))"
  done
fi

if [ "${BATCH:-1}" != 0 ]; then
  echo
  dir="$work/corpus-1000"
  if [ ! -d "$dir" ] || [ "$(find "$dir" -name '*.txt' | wc -l)" -ne 1000 ]; then
    rm -rf "$dir"
    "$gen" --papers 1000 --size 20KB --seed 1000 --lang mixed --dir "$dir"
  fi
  total=$(du -cb "$dir"/*.txt | tail -n 1 | cut -f1)
  echo "batch: 1,000 generated papers, $((total / 1000)) KB in all"
  printf '%-8s %9s %9s %9s %10s %10s\n' jobs wall user+sys "cpu/wall" "papers/s" "MB/s"
  for jobs in 1 "$(nproc)"; do
    line=$(once "$opcit" batch --jobs "$jobs" "$dir")
    read -r w u s _ <<<"$line"
    cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    printf '%-8s %9s %9s %9s %10s %10s\n' "$jobs" "$w" "$cpu" \
      "$(awk -v c="$cpu" -v w="$w" 'BEGIN { printf "%.2f", c / (w > 0 ? w : 0.005) }')" \
      "$(awk -v w="$w" 'BEGIN { printf "%.0f", 1000 / (w > 0 ? w : 0.005) }')" \
      "$(mbs "$total" "$w")"
  done
fi

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
