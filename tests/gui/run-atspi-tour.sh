#!/bin/sh
# Starts MoodBiome on a demo database under Xvfb with the accessibility bus, and runs atspi_tour.py on it.
# Usage: tests/gui/run-atspi-tour.sh BUILD_DIR LANG MODE WIDTHxHEIGHT [SCREENSHOT_DIR]
#   LANG en|nl, MODE clinician|single. Needs xvfb, xdotool, imagemagick, dbus, at-spi2-core, python3-pyatspi.
set -eu
build=$1 lang=$2 mode=$3 size=$4 shots=${5:-}
width=${size%x*} height=${size#*x}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
cleanup() {
    [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work" XDG_RUNTIME_DIR="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/data"
export MOODBIOME_DATABASE= MOODBIOME_NOW=2026-11-20T12:00:00Z TZ=Europe/Amsterdam LC_ALL=C.UTF-8
mkdir -p "$work/.config/moodbiome"
printf '[ui]\nlanguage=%s\nmode=%s\nfirstRunDone=true\n' "$lang" "$mode" > "$work/.config/moodbiome/moodbiome.conf"
participants=12
[ "$mode" = single ] && participants=1
"$build/bin/moodbiome-cli" --database "$work/demo.sqlite" demo --participants "$participants" --days 365 --seed 11 >/dev/null
# A display of our own: the first free number from 90 on.
display=90
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=":$display"
for _ in 1 2 3 4 5 6 7 8 9 10; do xdpyinfo >/dev/null 2>&1 && break; sleep 0.3; done
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
clinician=
[ "$mode" = clinician ] && clinician=--clinician
suffix="-$lang-$size"
dbus-run-session -- sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    sleep 1
    "$0" --database "$1" >/dev/null 2>&1 &
    app=$!
    win=
    for _ in $(seq 1 240); do
        win=$(xdotool search --onlyvisible --class moodbiome 2>/dev/null | head -n 1) && [ -n "$win" ] && break
        sleep 0.25
    done
    xdotool windowmove "$win" 0 0 windowsize "$win" "$2" "$3" windowfocus "$win" 2>/dev/null || true
    export MOODBIOME_WINDOW="$win"
    status=0
    if [ -n "$4" ]; then
        /usr/bin/python3 "$5" $6 --screenshots "$4" --suffix="$7" || status=$?
    else
        /usr/bin/python3 "$5" $6 || status=$?
    fi
    kill "$app" 2>/dev/null || true
    exit $status
' "$build/bin/moodbiome" "$work/demo.sqlite" "$width" "$height" "$shots" "$here/atspi_tour.py" "$clinician" "$suffix" \
    >"$work/tour.log" 2>&1 || status=$?
grep -v 'dbus-daemon\|Failed to set fd limit\|SpiRegistry\|AT-SPI: Error' "$work/tour.log" || true
exit "${status:-0}"
