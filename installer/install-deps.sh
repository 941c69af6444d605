#!/usr/bin/env bash
# Installs every Debian 12 (bookworm) package Pishkhan Desk needs to build, test and run.
# Idempotent: when everything is already installed it prints nothing and touches nothing.
# Run as root (or through sudo).
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config clang-format git
    # Qt 6.4 and its tools
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n qt6-qpa-plugins libgl-dev
    # security, storage and network
    qtkeychain-qt6-dev libsqlcipher-dev sqlcipher libcurl4-openssl-dev libssl-dev libqrencode-dev
    # plain SQLite only for the benchmark's baseline binary (never linked into the product)
    libsqlite3-dev
    # test sessions: private D-Bus, Secret Service, X server; PDF text checks; Persian fonts
    dbus gnome-keyring xvfb xauth procps iproute2 x11vnc poppler-utils fonts-noto-core tzdata
    # packaging: dpkg-shlibdeps for the .deb's Depends, and the package checks
    dpkg-dev lintian desktop-file-utils
    # printing: a CUPS server and its PDF queue for the system-printer test
    cups printer-driver-cups-pdf
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
