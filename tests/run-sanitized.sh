#!/usr/bin/env bash
# Builds the asan preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# CTest suite under it. UBSan halts on the first report and LeakSanitizer reads the checked-in
# suppressions (third-party libraries only); both come from the asan test preset.
# Extra arguments go to ctest, e.g. `-R tst_first_run` or `-L unit`; with a selection only the
# executables of the selected tests are built, so a subset costs a subset of the build.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake --preset asan >/dev/null
if [[ $# -gt 0 ]]; then
    # A test added with pishkhan_add_test is named after its executable.
    mapfile -t selected < <(ctest --preset asan -N "$@" | sed -n 's/^ *Test *#[0-9]*: *//p')
    declare -A known=()
    while read -r t; do known[$t]=1; done < <(ninja -C build/asan -t targets all |
        sed -n 's/^\([^:/]*\): .*/\1/p')
    targets=()
    for t in "${selected[@]}"; do
        [[ -n ${known[$t]:-} ]] && targets+=("$t")
    done
    [[ ${#targets[@]} -gt 0 ]] || { echo "run-sanitized: no test matches $*" >&2; exit 1; }
    cmake --build --preset asan --target "${targets[@]}"
else
    cmake --build --preset asan
fi
ctest --preset asan "$@"
