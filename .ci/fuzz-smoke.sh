#!/usr/bin/env bash
# Fuzz smoke test: every cargo-fuzz target for a few seconds (about 60 s in
# all, plus the build), seeded from fixtures/. Exits non-zero when a target
# crashes or breaks an invariant; the input is then in fuzz/artifacts/TARGET/
# and the log in fuzz/artifacts/TARGET.log.
#
#   bash .ci/fuzz-smoke.sh                # every target, 60 s in all
#   FUZZ_SECONDS=120 bash .ci/fuzz-smoke.sh pipeline render
#
# Installs cargo-fuzz when it is missing. Works on stable Rust: cargo-fuzz
# passes nightly-only flags, which RUSTC_BOOTSTRAP=1 allows. The targets are
# built without a sanitizer (`FUZZ_SANITIZER=address` to use one): opcit has
# no unsafe code, so what the smoke run looks for is panics and broken
# invariants, which libFuzzer catches alone, and the address sanitizer made
# the build take most of the CI budget.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(marker note_items reference names dates segment pipeline render)
fi
total=${FUZZ_SECONDS:-60}
each=$((total / ${#targets[@]}))
((each >= 1)) || each=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-none}
# One job beside other work on a developer machine; every core in CI.
if [ -n "${CI:-}" ]; then export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-$(nproc)}; else export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1}; fi

echo "building fuzz targets"
mkdir -p fuzz/artifacts
if ! nice -n 19 cargo fuzz build -O -a -s "$sanitizer" >fuzz/artifacts/build.log 2>&1; then
    tail -30 fuzz/artifacts/build.log
    echo "fuzz smoke: the fuzz targets do not build"
    exit 1
fi
bash fuzz/seed-corpora.sh >/dev/null

failed=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/artifacts/$t"
    log="fuzz/artifacts/$t.log"
    if nice -n 19 cargo fuzz run -O -a -s "$sanitizer" "$t" "fuzz/corpus/$t" -- \
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
