#!/usr/bin/env bash
# Bench-style check that one huge line finishes: a 50 MB paper with no line
# break (prose with a note marker about every kilobyte, as a PDF extraction
# that lost its line ends gives), through `extract`, `check --format json`
# and `check --format human`. Prints wall time and peak memory of each;
# exits non-zero when one fails or runs past its time limit.
#
#   bash tests/hostile/long-line.sh                  # builds --release
#   OPCIT=target/debug/opcit MB=5 bash tests/hostile/long-line.sh
#
# Too slow for `cargo test` in a debug build, hence a script.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${MB:-50}
limit=${LIMIT:-600}
if [[ -z "${OPCIT:-}" ]]; then
    cargo build --release --quiet
    OPCIT=${CARGO_TARGET_DIR:-target}/release/opcit
fi
input=$(mktemp --suffix=.txt)
out=$(mktemp)
trap 'rm -f "$input" "$out"' EXIT
python3 - "$input" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
unit = ("Realism explains the outcome, and structure explains it too, "
        "as the long argument of this chapter has tried to show at length. ") * 7
unit += "It was so.¹⁾ "
with open(path, "w", encoding="utf-8") as f:
    f.write(unit * (mb * 1_000_000 // len(unit.encode()) + 1))
PY
echo "input: $(wc -c <"$input") bytes, $(wc -l <"$input") line breaks"
status=0
for args in "extract" "check --format json" "check --format human --color never"; do
    # shellcheck disable=SC2086
    if timeout "$limit" /usr/bin/time -q -f "%e s, %M KiB peak" -o "$out.time" \
        "$OPCIT" $args "$input" >"$out" 2>/dev/null || [[ $? -eq 1 ]]; then
        echo "ok      $args: $(cat "$out.time"), $(wc -c <"$out") bytes of output"
    else
        echo "FAILED  $args: exit or timeout after ${limit}s"
        status=1
    fi
    rm -f "$out.time"
done
exit $status
