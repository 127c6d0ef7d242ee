#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds one seed folder per fuzz target in BUILD_DIR/fuzz-seeds/<target> from ../shared/corpus and
# tests/data. Copies stay in the build folder: the corpus is never committed.
#   tests/fuzz/seeds.sh [BUILD_DIR]   (default: build-fuzz)
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build-fuzz}
corpus=${BLACKOUT_CORPUS:-$src/../shared/corpus}
data=$src/tests/data
out=$build/fuzz-seeds
mkdir -p "$out"/{fuzz_email,fuzz_mbox,fuzz_pdf,fuzz_image,fuzz_detect,fuzz_session}

# Seeds bigger than this slow every execution down; libFuzzer grows its own inputs from small ones.
max=$((512 * 1024))
seed() { # target, files...
    local target=$1; shift
    for f in "$@"; do
        [ -f "$f" ] || continue
        [ "$(stat -c %s "$f")" -le "$max" ] || continue
        cp -f "$f" "$out/$target/$(echo "$f" | md5sum | cut -c1-12)-$(basename "$f")"
    done
}
mapfile -t emails < <(find "$corpus" "$data" -type f -iname '*.eml' 2>/dev/null)
mapfile -t mboxes < <(find "$corpus" "$data" -type f -iname '*.mbox' 2>/dev/null)
mapfile -t pdfs < <(find "$corpus" "$data" -type f -iname '*.pdf' 2>/dev/null)
mapfile -t images < <(find "$corpus" "$data" -type f \( -iname '*.png' -o -iname '*.jpg' -o -iname '*.jpeg' \
    -o -iname '*.webp' -o -iname '*.gif' -o -iname '*.bmp' -o -iname '*.tif' -o -iname '*.tiff' \) 2>/dev/null)
mapfile -t sessions < <(find "$corpus" "$data" -type f -iname '*.blackout.json' 2>/dev/null)
seed fuzz_email "${emails[@]}"
seed fuzz_mbox "${mboxes[@]}" "${emails[@]}"
seed fuzz_pdf "${pdfs[@]}"
seed fuzz_image "${images[@]}"
seed fuzz_session "${sessions[@]}"
# The detector target reads UTF-16: the text of the emails and the eval truths, converted.
mapfile -t texts < <(find "$corpus" "$data" -type f \( -iname '*.eml' -o -iname '*.txt' \) -size -64k 2>/dev/null)
for f in "${texts[@]}"; do
    iconv -f UTF-8 -t UTF-16LE -c "$f" > "$out/fuzz_detect/$(echo "$f" | md5sum | cut -c1-12).u16" 2>/dev/null || true
done
printf 'Amy Pascal, amy.pascal@example.com, +1 415 555 0100, DE89 3704 0044 0532 0130 00, 4111 1111 1111 1111, 123-45-6789, https://example.org/x?y=1 10.0.0.1 HC-2024-17' \
    | iconv -f UTF-8 -t UTF-16LE > "$out/fuzz_detect/handmade.u16"
# A hand-made session beside the real ones: the format as SessionFile::toJson writes it.
printf '%s' '{"format":"blackout-session","version":1,"pages":[{"page":0,"decisions":[{"type":"email","text":"amy@example.com","box":[10,10,100,12],"decision":"rejected"}],"regions":[{"id":1,"rect":[5,5,50,20]}]},{"page":1,"decisions":[],"regions":[]}]}' \
    > "$out/fuzz_session/handmade.blackout.json"
for t in "$out"/*; do echo "$(basename "$t"): $(ls "$t" | wc -l) seeds"; done
