#!/bin/sh
# check_translations: lupdate into a copy of the catalogues; the check fails when it finds a
# string the committed catalogue lacks, or when the Persian catalogue has an unfinished entry.
set -eu
lupdate=$1
src=$2
work=$3
mkdir -p "$work"
for lang in fa en; do
    cp "$src/translations/pishkhan_$lang.ts" "$work/pishkhan_$lang.ts"
done
"$lupdate" "$src/app" "$src/ui" -extensions cpp,h -locations none -no-obsolete -silent \
    -ts "$work/pishkhan_fa.ts" "$work/pishkhan_en.ts"
status=0
for lang in fa en; do
    if ! cmp -s "$src/translations/pishkhan_$lang.ts" "$work/pishkhan_$lang.ts"; then
        echo "pishkhan_$lang.ts is out of date with the sources (run the update_translations target):"
        diff -u "$src/translations/pishkhan_$lang.ts" "$work/pishkhan_$lang.ts" | head -60
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' "$src/translations/pishkhan_fa.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "pishkhan_fa.ts has $unfinished unfinished entries:"
    grep -B3 'type="unfinished"' "$src/translations/pishkhan_fa.ts" | grep '<source>' | head -40
    status=1
fi
total=$(grep -c '<source>' "$src/translations/pishkhan_fa.ts" || true)
echo "pishkhan_fa.ts: $total messages, $unfinished unfinished"
exit $status
