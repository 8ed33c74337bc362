#!/bin/sh
# Installs the Debian 12 packages MoodBiome needs to build, test, package and run. Safe to run again.
set -eu
if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
# SQLCipher 4.6 (the database engine) is in bookworm-backports; Debian 12's own libsqlcipher is 3.4, too old. The
# backports suite is added from the Debian mirror this machine already uses, never a hard-coded host.
. /etc/os-release
if [ "${VERSION_CODENAME:-}" = bookworm ] && ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    mirror=$({ grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources; grep -hs '^deb ' /etc/apt/sources.list; } |
        grep -o 'https\?://[^ ]*' | grep -v -e security -e backports | head -n1)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" >/etc/apt/sources.list.d/moodbiome-bookworm-backports.sources
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ pkg-config clang clang-format libclang-rt-14-dev \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev \
    qt6-translations-l10n qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev \
    libqcustomplot-dev sqlite3 libssl-dev libfontconfig-dev \
    xvfb xauth fonts-dejavu-core poppler-utils \
    dpkg-dev file gzip man-db appstream desktop-file-utils shared-mime-info libglib2.0-bin \
    imagemagick xdotool x11-utils at-spi2-core dbus dbus-x11 python3-pyatspi gir1.2-atspi-2.0 >/dev/null
backports=
[ "${VERSION_CODENAME:-}" = bookworm ] && backports="-t bookworm-backports"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $backports libsqlcipher-dev sqlcipher >/dev/null
# The FHIR tests validate with Medplum's validator under Node.js (>= 20.19); its npm packages are pinned in
# tests/fhir/package-lock.json and installed into the build tree by `npm ci` when the tests are built.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "MoodBiome build dependencies are installed."
