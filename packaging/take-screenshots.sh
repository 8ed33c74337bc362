#!/bin/sh
# Takes the README's screenshots: the real app under Xvfb with demo data, in English and Dutch.
# Needs: xvfb, imagemagick (import), xdotool. Usage: packaging/take-screenshots.sh [BUILD_DIR]
set -eu
build=${1:-build/dev}
out=resources/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :98 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:98 HOME="$work" XDG_RUNTIME_DIR="$work" MOODBIOME_DATABASE=
export MOODBIOME_NOW=2026-11-20T12:00:00Z
"$build/bin/moodbiome-cli" --database "$work/demo.sqlite" demo --participants 12 --days 365 --seed 11 >/dev/null

shot() { # language mode name [keys...]
    lang=$1 mode=$2 name=$3
    shift 3
    mkdir -p "$HOME/.config/moodbiome"
    printf '[ui]\nlanguage=%s\nmode=%s\nfirstRunDone=true\n[window]\n' "$lang" "$mode" > "$HOME/.config/moodbiome/moodbiome.conf"
    "$build/bin/moodbiome" --database "$work/demo.sqlite" >/dev/null 2>&1 &
    app=$!
    sleep 3
    win=$(xdotool search --sync --onlyvisible --class moodbiome | head -n 1)
    xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800 windowfocus "$win"
    sleep 1
    for k in "$@"; do
        xdotool key "$k"
        sleep 1
    done
    import -window root "$out/$name.png"
    kill "$app"
    wait "$app" 2>/dev/null || true
}

for lang in en nl; do
    shot "$lang" clinician "chart-$lang" Down Down Down
    shot "$lang" clinician "journal-$lang" Down Down Down ctrl+2
    shot "$lang" clinician "entry-$lang" Down Down Down ctrl+n
done
echo "Screenshots written to $out/"
