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
cli() { "$build/bin/moodbiome-cli" --database "$work/demo.sqlite" "$@" >/dev/null; }
cli demo --participants 12 --days 365 --seed 11
# P-004 (probiotic, then an FMT) also fills in the PHQ-9 now and then.
cli questionnaire add P-004 phq9 2,2,1,2,1,1,2,1,0 --date 2026-02-10
cli questionnaire add P-004 phq9 2,2,2,2,2,1,1,1,0 --date 2026-04-15
cli questionnaire add P-004 phq9 1,1,1,1,1,1,1,0,0 --date 2026-07-01
cli questionnaire add P-004 phq9 1,0,1,1,0,1,0,0,0 --date 2026-09-20
cli questionnaire add P-004 phq9 0,1,0,1,0,0,0,0,0 --date 2026-11-15

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
    shot "$lang" clinician "questionnaires-$lang" Down Down Down ctrl+4
    shot "$lang" clinician "analysis-$lang" Down Down Down ctrl+5
    shot "$lang" clinician "cohort-$lang" Down Down Down ctrl+6
done
echo "Screenshots written to $out/"
