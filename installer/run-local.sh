#!/usr/bin/env bash
# Installs what is missing, builds, and starts Pishkhan Desk from the build tree.
# With no backend configured the app runs in training mode against its built-in sandbox.
# On a machine without a desktop session (a fresh server, a container) it starts a private
# D-Bus session with gnome-keyring, keeping its keyring and data under build/local-home so
# the store key survives between runs; with no X or Wayland display either, the window is
# drawn on a private Xvfb display and served by x11vnc on 127.0.0.1:5900 only. The counter
# shows citizens' data, so the VNC port is never open to the network (Qt's own vnc platform
# plugin listens on every interface and has no password, hence x11vnc); reach it from another
# machine through SSH:  ssh -L 5900:localhost:5900 user@this-machine, then a viewer on
# localhost:5900.
#
# Environment (for tests and advanced use):
#   PISHKHAN_VNC_PORT   the loopback VNC port (default 5900)
#   PISHKHAN_RUN_APP    run this program instead of building and running pishkhan-desk
#                       (skips installing packages and building)
set -euo pipefail
cd "$(dirname "$0")/.."

app=${PISHKHAN_RUN_APP:-}
if [[ -z "$app" ]]; then
    bash installer/install-deps.sh
    cmake --preset default >/dev/null
    cmake --build --preset default --target pishkhan-desk
    app=build/default/app/pishkhan-desk
fi
# Without arguments: training mode, the built-in sandbox (no first-run question to answer).
if [[ $# -eq 0 ]]; then
    set -- --training
fi

launch=("$app" "$@")
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    launch=(tests/support/session.sh --keyring --home build/local-home -- "${launch[@]}")
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" || -n "${QT_QPA_PLATFORM:-}" ]]; then
    exec "${launch[@]}"
fi

port=${PISHKHAN_VNC_PORT:-5900}
for tool in Xvfb x11vnc; do
    command -v "$tool" >/dev/null || {
        echo "run-local.sh: $tool is missing (bash installer/install-deps.sh installs it)" >&2
        exit 1
    }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/pishkhan-vnc.XXXXXX")
children=()
finish() {
    local rc=$?
    for pid in "${children[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# -nolisten tcp: the X server itself is not reachable from the network either.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
children+=($!)
for _ in $(seq 100); do
    [[ -s "$work/display" ]] && break
    sleep 0.1
done
[[ -s "$work/display" ]] || { echo "run-local.sh: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

# -localhost: listen on the loopback interface only; a viewer elsewhere comes through SSH.
x11vnc -display "$DISPLAY" -localhost -rfbport "$port" -forever -shared -nopw -quiet \
    -o "$work/x11vnc.log" &
children+=($!)

echo "No display: serving the Pishkhan Desk window over VNC on 127.0.0.1:$port only."
echo "From another machine: ssh -L $port:localhost:$port <user>@<this machine>, then point a"
echo "VNC viewer at localhost:$port. Ctrl+C stops."
export QT_QPA_PLATFORM=xcb
"${launch[@]}" &
children+=($!)
wait "${children[-1]}"
