#!/usr/bin/env bash
# Builds the fuzz seed corpora from fixtures/ into fuzz/corpus/<target>/.
#
#   bash fuzz/seed-corpora.sh            # from the repository root or fuzz/
#
# The corpora are generated, not committed (fuzz/corpus/ is ignored): whole
# papers and 40-line windows of them for the document-level targets, single
# lines for the line-level ones, label-less note lines for `note_items`.
# Files are named by content hash, so running it twice adds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every paper under fixtures/, subdirectories included, in a stable order.
mapfile -t fixtures < <(find fixtures -type f | LC_ALL=C sort)
out=fuzz/corpus

# seed TARGET PREFIX_BYTE < content : stores one seed (PREFIX_BYTE is the
# format selector byte the `segment` and `pipeline` targets read first).
seed() {
    local dir="$out/$1" tmp
    mkdir -p "$dir"
    tmp=$(mktemp)
    if [[ -n "${2:-}" ]]; then printf '%b' "$2" >"$tmp"; fi
    cat >>"$tmp"
    if [[ -s "$tmp" ]]; then
        mv "$tmp" "$dir/$(sha1sum "$tmp" | cut -c1-40)"
    else
        rm -f "$tmp"
    fi
}

for f in "${fixtures[@]}"; do
    case "$f" in
        *.md) sel='\x02' ;;
        *.html | *.htm) sel='\x03' ;;
        *) sel='\x00' ;;
    esac
    seed pipeline "$sel" <"$f"
    seed segment "$sel" <"$f"
    seed render "" <"$f"
    lines=$(wc -l <"$f")
    for ((start = 1; start <= lines; start += 40)); do
        sed -n "${start},$((start + 39))p" "$f" | seed pipeline "$sel"
        sed -n "${start},$((start + 39))p" "$f" | seed segment "$sel"
        sed -n "${start},$((start + 39))p" "$f" | seed render ""
    done
    while IFS= read -r line; do
        [[ -z "${line// /}" ]] && continue
        printf '%s' "$line" | seed marker ""
        printf '%s' "$line" | seed dates ""
        printf '%s' "$line" | seed reference ""
        printf '%s' "${line:0:120}" | seed names ""
        # Footnote text without its label, as `analyze` hands it over.
        printf '%s' "$line" | sed -E 's/^[[:space:]]*(- )?(\[\^)?[0-9]{1,4}[).:\]]+:?[[:space:]]*//' | seed note_items ""
    done <"$f"
done
for d in "$out"/*; do
    echo "$(ls "$d" | wc -l) seeds in $d"
done
