#!/bin/sh
# Renders the application icon's PNGs (hicolor sizes 16-256) from its SVG. The PNGs are committed
# source assets: run this after changing the SVG. Needs rsvg-convert (Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
id=org.moodbiome.MoodBiome
svg=resources/icons/$id.svg
for size in 16 22 24 32 48 64 128 256; do
    dir=resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/$id.png"
done
echo "Icons rendered into resources/icons/hicolor/"
