#!/bin/sh
# Screenshots of every tab and dialog of the real app on demo data, in English and Dutch, at 1024x640 and
# 1600x1000, taken through the accessibility tour (tests/gui/atspi_tour.py), which also checks every control.
# Then refreshes the README's pictures in resources/screenshots from the 1280-wide set.
# Needs what packaging/install-deps.sh installs. Usage: packaging/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -eu
build=${1:-build/dev}
out=${2:-build/screenshots}
mkdir -p "$out"
status=0
for lang in en nl; do
    for size in 1024x640 1600x1000; do
        echo "== $lang $size"
        tests/gui/run-atspi-tour.sh "$build" "$lang" clinician "$size" "$out" || status=1
    done
    # The README's set: the self-tracker's view is the clinician's without the list; show the clinician's.
    tests/gui/run-atspi-tour.sh "$build" "$lang" clinician 1280x800 "$out" || status=1
    for pair in chart:tab1 journal:tab2 interventions:tab3 questionnaires:tab4 analysis:tab5 insights:tab6 cohort:tab7 \
        audit:tab8 entry:entry intervention:intervention export:export questionnaire-phq9:questionnaire; do
        cp "$out/${pair#*:}-$lang-1280x800.png" "resources/screenshots/${pair%%:*}-$lang.png"
    done
done
echo "Screenshots in $out/ (README's in resources/screenshots/)"
exit $status
