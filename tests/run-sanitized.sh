#!/usr/bin/env bash
# Builds the asan preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer) and runs the
# whole CTest suite under it. UBSan halts on the first report and LeakSanitizer reads the
# checked-in suppressions (third-party libraries only); both come from the asan test preset.
# Extra arguments go to ctest, e.g. `-R tst_first_run`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
