#!/bin/sh
# Installs the Debian/Ubuntu system libraries Qt 6 needs when any is missing; with the argument
# "test" also the PDF tools the tests use and the PostgreSQL server the store, sync and report
# tests start on a socket of their own (a coordinator's laptop needs no database server).
# Runs apt-get as root or through sudo; elsewhere it only says what is missing.
set -eu
PACKAGES="python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0
libx11-xcb1 libnss3 libasound2 fonts-dejavu-core"
[ "${1:-}" = test ] && PACKAGES="$PACKAGES poppler-utils postgresql"
[ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing system packages:$missing"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
  echo "Missing system packages (install them as root):$missing" >&2; exit 1; fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
