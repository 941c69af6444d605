#!/usr/bin/env bash
# Installs what is missing, builds the default preset and runs every test (unit, integration,
# GUI, format check) through CTest. Each test that needs a Secret Service or a display starts
# its own private D-Bus session, gnome-keyring and Xvfb (tests/support/session.sh), so nothing
# has to be running on the machine beforehand.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default "$@"
