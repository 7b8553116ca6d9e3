#!/bin/bash
# The zh_CN translation is complete: lupdate over today's sources, run the way the update_translations
# target runs it but into a copy of the .ts file, finds no message without its Chinese translation and
# changes nothing (no string added, changed or removed since the file was last updated).
# Usage: check-translations.sh <source dir> <build dir of the app> <lupdate> <GenerateLUpdateProject.cmake>
set -euo pipefail
source_dir=$1
app_build_dir=$2
lupdate=$3
generator=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ts="$source_dir/translations/onewindow_zh_CN.ts"
cp "$ts" "$work/check.ts"
cmake -DIN_FILE="$app_build_dir/.lupdate/onewindow_project.cmake" -DOUT_FILE="$work/project.json" -P "$generator"
(cd "$app_build_dir" && "$lupdate" -project "$work/project.json" -ts "$work/check.ts" -no-obsolete -locations none) \
    >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log"; exit 1; }
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "FAIL: $unfinished message(s) without a zh_CN translation (build update_translations, translate them):"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -40
    exit 1
fi
if ! cmp -s "$ts" "$work/check.ts"; then
    echo "FAIL: translations/onewindow_zh_CN.ts is not up to date with the sources (build update_translations):"
    diff "$ts" "$work/check.ts" | head -40
    exit 1
fi
echo "PASS: $(grep -c '<message' "$ts") messages, all translated"
