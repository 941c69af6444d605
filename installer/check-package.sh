#!/usr/bin/env bash
# Checks the Debian package the way an office PC meets it: builds it (the `package` target),
# installs it with apt-get (dependencies resolved from its Depends), runs the installed
# /usr/bin/pishkhan-desk --version and --self-test (in a private D-Bus session with an unlocked
# gnome-keyring), lints it (lintian: any E: line fails; desktop-file-validate), then removes
# it and checks the executables are gone.
#
# Usage (as root, Debian 12):  installer/check-package.sh [BUILD_DIR]
#   BUILD_DIR defaults to build/default (the `default` preset), configured if missing. The
#   `package` target builds `all` first; on a tree already built (tests/run-all.sh) that is
#   only the packaging itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build/default}

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: FAILED: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || fail "run as root (apt-get install/remove)"
bash installer/install-deps.sh
export DEBIAN_FRONTEND=noninteractive

if [[ ! -f $build/CMakeCache.txt ]]; then
    step "configure $build"
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPISHKHAN_WERROR=ON
fi
build=$(cd "$build" && pwd)

step "build the package"
rm -f "$build"/pishkhan-desk_*.deb
cmake --build "$build" --target package
debs=("$build"/pishkhan-desk_*.deb)
[[ -f ${debs[0]} ]] || fail "no pishkhan-desk_*.deb in $build"
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Section Priority

step "lintian"
# --fail-on error: exit status non-zero on any E: tag; warnings and info are shown, not fatal.
lintian_out=$(lintian --fail-on error --display-info "$deb" 2>&1) && lintian_rc=0 || lintian_rc=$?
[[ -n $lintian_out ]] && printf '%s\n' "$lintian_out"
printf 'lintian: %d error(s), %d warning(s), %d info\n' \
    "$(grep -c '^E: ' <<<"$lintian_out" || true)" "$(grep -c '^W: ' <<<"$lintian_out" || true)" \
    "$(grep -c '^I: ' <<<"$lintian_out" || true)"
grep -q '^E: ' <<<"$lintian_out" && fail "lintian reports errors"
[[ $lintian_rc -eq 0 ]] || fail "lintian exited with $lintian_rc"

step "install"
if dpkg-query -W -f='${db:Status-Status}' pishkhan-desk 2>/dev/null | grep -qx installed; then
    apt-get remove -y -qq pishkhan-desk >/dev/null
fi
apt-get install -y -qq "$deb" >/dev/null
dpkg-query -W -f='installed ${Package} ${Version}\n' pishkhan-desk
for f in /usr/bin/pishkhan-desk /usr/bin/pishkhan-sandbox \
    /usr/share/applications/ir.pishkhan.Desk.desktop \
    /usr/share/icons/hicolor/scalable/apps/ir.pishkhan.Desk.svg \
    /usr/share/icons/hicolor/48x48/apps/ir.pishkhan.Desk.png \
    /usr/share/doc/pishkhan-desk/copyright /usr/share/man/man1/pishkhan-desk.1.gz; do
    [[ -e $f ]] || fail "not installed: $f"
done

step "desktop-file-validate"
desktop-file-validate /usr/share/applications/ir.pishkhan.Desk.desktop
echo "desktop entry valid"

step "/usr/bin/pishkhan-desk --version"
/usr/bin/pishkhan-desk --version

step "/usr/bin/pishkhan-desk --self-test"
# A private session: throw-away HOME, D-Bus and unlocked gnome-keyring, no display.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
    "$root/tests/support/session.sh" --keyring -- /usr/bin/pishkhan-desk --self-test ||
    fail "the installed self-test failed"

step "remove"
apt-get remove -y -qq pishkhan-desk >/dev/null
for f in /usr/bin/pishkhan-desk /usr/bin/pishkhan-sandbox /usr/bin/pishkhanctl \
    /usr/share/applications/ir.pishkhan.Desk.desktop; do
    [[ ! -e $f ]] || fail "still there after removal: $f"
done
! command -v pishkhan-desk >/dev/null || fail "pishkhan-desk is still on PATH"
echo "removed"

printf '\ncheck-package: OK (%s)\n' "$(basename "$deb")"
