#!/bin/sh
# Checks packaging end to end: the installed tree, its desktop and AppStream files, and the .deb
# installed with apt, started under Xvfb in English and Dutch, and removed again.
# Usage: packaging/check-package.sh   (reuses build/release; apt steps run as root, via sudo if needed)
set -eu
cd "$(dirname "$0")/.."

id=org.moodbiome.MoodBiome
build=build/release
packages=build/packages
shots=$packages/check
work=$(mktemp -d)
root=$work/root
installed=no
xvfb=
app=

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
fail() {
    echo "check-package: $*" >&2
    exit 1
}
# stage TITLE: the previous stage passed (it would have failed out otherwise); announce the next.
passed=-1
stage() {
    passed=$((passed + 1))
    echo "== $*"
}
cleanup() {
    [ -z "$app" ] || kill "$app" 2>/dev/null || true
    [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
    if [ "$installed" = yes ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq moodbiome >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A developer's own installed copy is left alone; CI's machine may keep one from an interrupted run.
if dpkg-query -W -f='${Status}' moodbiome 2>/dev/null | grep -q 'install ok installed'; then
    [ "${CI:-}" = true ] || fail "the package moodbiome is installed already; remove it first (apt-get remove moodbiome)"
    echo "Removing the moodbiome package left from an earlier run"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq moodbiome >/dev/null
fi

stage "Release build, Debian package and source tarball"
rm -rf "$packages"
cmake --workflow --preset package >"$work/package.log" 2>&1 || { cat "$work/package.log"; fail "packaging failed"; }
version=$("$build/bin/moodbiome-cli" --version | sed 's/^moodbiome-cli //')
deb=$(ls "$packages"/moodbiome_"$version"_*.deb)
tarball=$packages/moodbiome-$version.tar.gz
[ -f "$tarball" ] || fail "no source tarball $tarball"

stage "cmake --install into a DESTDIR"
DESTDIR=$root cmake --install "$build" --prefix /usr >/dev/null
share=$root/usr/share
for f in bin/moodbiome bin/moodbiome-cli libexec/moodbiome/moodbiome-report \
    share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
    share/mime/packages/$id.xml share/icons/hicolor/scalable/apps/$id.svg \
    share/man/man1/moodbiome.1.gz share/man/man1/moodbiome-cli.1.gz; do
    [ -f "$root/usr/$f" ] || fail "not installed: /usr/$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x$size/apps/$id.png
    [ -f "$png" ] || fail "not installed: icon ${size}x$size"
    [ "$(identify -format '%wx%h' "$png")" = "${size}x$size" ] || fail "icon ${size}x$size has the wrong size"
done
[ "$("$root/usr/bin/moodbiome-cli" --version)" = "moodbiome-cli $version" ] || fail "installed moodbiome-cli --version"

stage "Desktop entry, AppStream metainfo, MIME type"
desktop=$share/applications/$id.desktop
desktop-file-validate "$desktop"
for key in Name 'Name[nl]' Comment 'Comment[nl]' GenericName 'GenericName[nl]' Keywords 'Keywords[nl]'; do
    awk -F= -v key="$key" '$1 == key && $2 != "" { found = 1 } END { exit !found }' "$desktop" ||
        fail "the desktop entry has no $key"
done
grep -q "^Icon=$id$" "$desktop" || fail "the desktop entry's icon is not $id"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
# The tree as a whole: the metainfo's launchable must be an installed desktop entry.
appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1 || { cat "$work/tree.log"; fail "validate-tree"; }
grep -q "<release version=\"$version\"" "$share/metainfo/$id.metainfo.xml" || fail "metainfo has no release $version"
mkdir -p "$work/mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/$id.xml" "$work/mime/mime/packages/"
update-mime-database "$work/mime/mime" >"$work/mime.log" 2>&1 || { cat "$work/mime.log"; fail "update-mime-database"; }
[ -f "$work/mime/mime/application/x-moodbiome-database.xml" ] || fail "the MIME type did not register"

stage "Manual pages"
for page in moodbiome moodbiome-cli; do
    MANWIDTH=100 man --warnings -l "$share/man/man1/$page.1.gz" >"$work/$page.txt" 2>"$work/$page.warn"
    [ ! -s "$work/$page.warn" ] || { cat "$work/$page.warn"; fail "$page.1 has troff warnings"; }
    zcat "$share/man/man1/$page.1.gz" | grep -q "^\.TH .* \"MoodBiome $version\"" || fail "$page.1 is not for $version"
done
# Every command that --help lists must have its entry in the manual page.
"$root/usr/bin/moodbiome-cli" --help | sed -n '/^Commands:/,/^$/p' | grep '^  [a-z]' |
    sed 's/^  //; s/ [^a-z].*//' >"$work/commands"
[ -s "$work/commands" ] || fail "moodbiome-cli --help lists no commands"
while read -r command; do
    grep -q "^       $command" "$work/moodbiome-cli.txt" || fail "moodbiome-cli.1 does not document '$command'"
done <"$work/commands"

stage "The Debian package"
dpkg-deb --field "$deb" Package | grep -qx moodbiome || fail "the package is not named moodbiome"
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6 'libsqlcipher1 (>= 4.6)'; do
    echo "$depends" | grep -q "$dep" || fail "the package does not depend on $dep: $depends"
done
# Qt PrintSupport comes through QCustomPlot, which links it; our binaries do not.
apt-cache depends libqcustomplot2.1-qt6 | grep -q libqt6printsupport6 || fail "nothing brings libqt6printsupport6"
tar -tzf "$tarball" | grep -q "^moodbiome-$version/CMakeLists.txt$" || fail "the source tarball has no CMakeLists.txt"
! tar -tzf "$tarball" | grep -q -e "^moodbiome-$version/build/" -e "^moodbiome-$version/\.git/" ||
    fail "the source tarball holds build output or .git"

stage "apt-get install $deb"
installed=yes
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install failed"; }
[ "$(/usr/bin/moodbiome-cli --version)" = "moodbiome-cli $version" ] || fail "/usr/bin/moodbiome-cli --version"
[ "$(man -w moodbiome-cli)" = /usr/share/man/man1/moodbiome-cli.1.gz ] || fail "man cannot find moodbiome-cli"
[ -f "/usr/share/icons/hicolor/48x48/apps/$id.png" ] || fail "the icon is not installed"
db=$work/demo.sqlite
/usr/bin/moodbiome-cli --database "$db" demo --participants 2 --days 60 --seed 3 >/dev/null
# report is handed to /usr/libexec/moodbiome/moodbiome-report; it must find it and write a PDF.
env -u DISPLAY /usr/bin/moodbiome-cli --database "$db" report P-001 --output "$work/report.pdf" >/dev/null ||
    fail "the installed moodbiome-cli report failed"
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the installed moodbiome-cli report wrote no PDF"
# What a file manager asks: the database's type, by content, and the application that opens it.
type=$(gio info -a standard::content-type "$db" | sed -n 's/.*standard::content-type: //p')
[ "$type" = application/x-moodbiome-database ] || fail "a MoodBiome database is seen as '$type'"
LC_ALL=C gio mime application/x-moodbiome-database | grep -q "^Default application.*: $id\.desktop$" ||
    fail "$id.desktop does not open MoodBiome databases"

stage "Start the installed moodbiome under Xvfb, in English and in Dutch"
mkdir -p "$shots"
Xvfb -displayfd 3 -screen 0 1280x800x24 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
waited=0
until [ -s "$work/display" ]; do
    waited=$((waited + 1))
    [ "$waited" -le 50 ] || fail "Xvfb did not start"
    sleep 0.1
done
DISPLAY=:$(cat "$work/display")
export DISPLAY
windows() {
    xdotool search --onlyvisible --class moodbiome 2>/dev/null || true
}
# start LANG NAME KEY: starts moodbiome the way the menu and a file manager do (gio launch runs the
# desktop entry's Exec line with the database as %f), then checks its window, its icon and its
# language: Alt+KEY opens a menu only when the menu bar speaks that language (&File, &Bestand).
start() {
    mkdir -p "$work/home-$2" "$work/run-$2"
    chmod 700 "$work/run-$2"
    HOME=$work/home-$2 XDG_RUNTIME_DIR=$work/run-$2 LANG=$1 LC_ALL= LANGUAGE= MOODBIOME_DATABASE= \
        gio launch "/usr/share/applications/$id.desktop" "$db" >"$work/app-$2.log" 2>&1 ||
        { cat "$work/app-$2.log"; fail "gio launch $id.desktop failed"; }
    waited=0
    until [ -n "$(windows)" ]; do
        waited=$((waited + 1))
        [ "$waited" -le 30 ] || { cat "$work/app-$2.log"; fail "moodbiome ($2) showed no window"; }
        sleep 0.5
    done
    win=$(windows | head -n 1)
    app=$(xdotool getwindowpid "$win")
    xdotool getwindowname "$win" | grep -q "demo\.sqlite" || fail "moodbiome ($2) did not open the file it was given"
    xprop -id "$win" _NET_WM_ICON | grep -q "Icon (" || fail "moodbiome ($2) has no window icon"
    sleep 3
    kill -0 "$app" 2>/dev/null || fail "moodbiome ($2) did not stay up"
    before=$(windows | wc -l)
    xdotool windowfocus --sync "$win" key "alt+$3"
    sleep 1
    [ "$(windows | wc -l)" -gt "$before" ] || fail "Alt+$3 opened no menu: the interface is not in $2"
    import -window root "$shots/moodbiome-$2.png"
    kill "$app"
    waited=0
    while kill -0 "$app" 2>/dev/null; do
        waited=$((waited + 1))
        [ "$waited" -le 50 ] || fail "moodbiome ($2) did not quit"
        sleep 0.1
    done
    app=
}
start en_GB.UTF-8 en f
start nl_NL.UTF-8 nl b
echo "Screenshots in $shots/"

stage "apt-get remove moodbiome"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq moodbiome >/dev/null
installed=no
[ ! -e /usr/bin/moodbiome-cli ] || fail "moodbiome-cli is still there after removal"
passed=$((passed + 1))
echo "Built $deb and $tarball"
echo "packaging: $passed passed, 0 failed"
