#!/usr/bin/env bash
# Installs what is missing, builds, and starts Pishkhan Desk from the build tree.
# With no backend configured the app runs in training mode against its built-in sandbox.
# On a machine without a desktop session (a fresh server, a container) it starts a private
# D-Bus session with gnome-keyring, keeping its keyring and data under build/local-home so
# the store key survives between runs; with no X or Wayland display either, the window is
# served over VNC on port 5900 (Qt's vnc platform plugin) for any VNC viewer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target pishkhan-desk

app=build/default/app/pishkhan-desk
# Without arguments: training mode, the built-in sandbox (no first-run question to answer).
if [[ $# -eq 0 ]]; then
    set -- --training
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display: serving the Pishkhan Desk window over VNC on port 5900 (no password:"
    echo "use on a trusted network only; Ctrl+C stops)."
    export QT_QPA_PLATFORM="vnc:size=1366x768:port=5900"
fi
if [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    exec "$app" "$@"
fi
exec tests/support/session.sh --keyring --home build/local-home -- "$app" "$@"
