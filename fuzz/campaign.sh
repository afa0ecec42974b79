#!/usr/bin/env bash
# Runs the fuzz targets one after another, one job each, at the lowest CPU
# priority, and keeps going after a crash (every crash is saved).
#
#   bash fuzz/campaign.sh SECONDS [TARGET ...]     # default: every target
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). Works on stable Rust through
# RUSTC_BOOTSTRAP=1 (cargo-fuzz passes nightly-only sanitizer flags).
# Seeds come from fuzz/seed-corpora.sh; crashes land in
# fuzz/artifacts/TARGET/, logs in fuzz/artifacts/TARGET.log, and one summary
# line per target (wall and CPU seconds, runs, crashes) is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: campaign.sh SECONDS [TARGET ...]}
shift
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(marker note_items reference names dates segment pipeline render)
fi
export RUSTC_BOOTSTRAP=1
[[ -d fuzz/corpus ]] || bash fuzz/seed-corpora.sh >/dev/null
summary=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/artifacts/$t" "fuzz/corpus/$t"
    log="fuzz/artifacts/$t.log"
    before=$(ls "fuzz/artifacts/$t" | wc -l)
    start=$(date +%s)
    # -fork=1 -ignore_crashes=1: one worker process at a time that is
    # restarted after a crash, so one bug does not end the run.
    /usr/bin/time -q -f "%U %S" -o "fuzz/artifacts/$t.time" \
        nice -n 19 cargo fuzz run -O -a "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
        -max_len=16384 -dict=fuzz/opcit.dict \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1 || true
    wall=$(($(date +%s) - start))
    cpu=$(awk '{printf "%d", $1 + $2}' "fuzz/artifacts/$t.time" 2>/dev/null || echo "?")
    runs=$(grep -E "^#[0-9]+" "$log" | tail -1 | cut -c1-120 || true)
    after=$(ls "fuzz/artifacts/$t" | wc -l)
    summary+=("$t: ${wall}s wall, ${cpu}s cpu, $((after - before)) new crash file(s); last: ${runs:-?}")
done
printf '%s\n' "${summary[@]}"
