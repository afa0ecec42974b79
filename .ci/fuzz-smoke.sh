#!/usr/bin/env bash
# Fuzz smoke test: every fuzz target for a few seconds (about 60 s in all,
# plus a build of about a minute), seeded from an even sample of the seeds
# fuzz/seed-corpora.sh draws from fixtures/. Exits non-zero when a target
# crashes or breaks an invariant; the input is then in fuzz/artifacts/TARGET/
# and the log in fuzz/artifacts/TARGET.log.
#
#   bash .ci/fuzz-smoke.sh                # every target, 60 s in all
#   FUZZ_SECONDS=120 bash .ci/fuzz-smoke.sh pipeline render
#
# The targets are built with plain cargo and the coverage flags cargo-fuzz
# passes, so the smoke run needs no cargo-fuzz (installing it took four
# minutes of CI); longer campaigns use cargo-fuzz (fuzz/campaign.sh).
#
# They are built in the dev profile with debug assertions, which checks
# arithmetic overflow too (`FUZZ_PROFILE=release` for an optimised build:
# about ten minutes on two cores, against one), and without a sanitizer
# (`FUZZ_SANITIZER=address` to use one; it needs nightly flags, which
# RUSTC_BOOTSTRAP=1 allows on stable): opcit has no unsafe code, so what the
# smoke run looks for is panics and broken invariants, which libFuzzer
# catches alone. A dev build runs inputs more slowly, so it starts from at
# most FUZZ_SEEDS (150) seeds per target rather than all ten thousand.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(marker note_items reference names dates segment pipeline render)
fi
total=${FUZZ_SECONDS:-60}
each=$((total / ${#targets[@]}))
((each >= 1)) || each=1

host=$(rustc -vV | sed -n 's/^host: //p')
flags=(
    -Cpasses=sancov-module
    -Cllvm-args=-sanitizer-coverage-level=4
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
    -Cllvm-args=-sanitizer-coverage-pc-table
    -Cllvm-args=-sanitizer-coverage-trace-compares
    -Cllvm-args=-sanitizer-coverage-stack-depth
    -Cllvm-args=-simplifycfg-branch-fold-threshold=0
    --cfg fuzzing
    -Cdebug-assertions
)
sanitizer=${FUZZ_SANITIZER:-none}
if [[ "$sanitizer" != none ]]; then
    flags+=("-Zsanitizer=$sanitizer")
    export RUSTC_BOOTSTRAP=1
fi
case "${FUZZ_PROFILE:-dev}" in
    dev) profile=() dir=debug ;;
    release) profile=(--release) dir=release ;;
    *) echo "fuzz smoke: FUZZ_PROFILE must be dev or release" >&2; exit 2 ;;
esac
# --target keeps the flags off build scripts, as cargo-fuzz does.
export RUSTFLAGS="${flags[*]}"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-fuzz/target}
# One job beside other work on a developer machine; every core in CI.
if [ -n "${CI:-}" ]; then export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-$(nproc)}; else export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}; fi

echo "building fuzz targets"
mkdir -p fuzz/artifacts
if ! nice -n 19 cargo build --manifest-path fuzz/Cargo.toml --bins --target "$host" "${profile[@]}" \
    >fuzz/artifacts/build.log 2>&1; then
    tail -30 fuzz/artifacts/build.log
    echo "fuzz smoke: the fuzz targets do not build"
    exit 1
fi
corpus=fuzz/artifacts/smoke-corpus
rm -rf "$corpus"
bash fuzz/seed-corpora.sh "$corpus" "${FUZZ_SEEDS:-150}" >/dev/null

failed=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/artifacts/$t"
    log="fuzz/artifacts/$t.log"
    if nice -n 19 "$CARGO_TARGET_DIR/$host/$dir/$t" "$corpus/$t" \
        -max_total_time="$each" -timeout=30 -rss_limit_mb=4096 \
        -max_len=16384 -dict=fuzz/opcit.dict \
        -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1; then
        echo "ok      $t ($each s, $(grep -oE '^Done [0-9]+ runs' "$log" | tail -1 || echo '?'))"
    else
        echo "FAILED  $t: see $log"
        grep -E "panicked at|assertion|ERROR: libFuzzer|SUMMARY" "$log" | head -5 | sed 's/^/        /'
        failed+=("$t")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz smoke: ${#failed[@]} target(s) failed: ${failed[*]}"
    exit 1
fi
echo "fuzz smoke: ${#targets[@]} targets clean"
