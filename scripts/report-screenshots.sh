#!/usr/bin/env bash
# Screenshots of an HTML report for a person to look at: the whole page, top to bottom, in laptop-screen slices
# (page-01.png, page-02.png…), taken by headless Chromium.
# Usage: scripts/report-screenshots.sh out/report/shopsmart-report.en-GB.html [OUT_FOLDER]
# Slice size: SCREENSHOT_WIDTH (default 1280) × SCREENSHOT_HEIGHT (default 1400) CSS pixels.
set -euo pipefail
report=$(realpath "${1:?usage: $0 REPORT.html [OUT_FOLDER]}")
out=$(realpath -m "${2:-$(dirname "$report")/screenshots}")
width=${SCREENSHOT_WIDTH:-1280}
height=${SCREENSHOT_HEIGHT:-1400}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "needs chromium (apt-get install --no-install-recommends chromium)" >&2; exit 2; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chrome() {
    "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
        --window-size="$width,$height" --virtual-time-budget=5000 "$@" 2>/dev/null
}

# A copy of the page with $1 added after <head>: the report itself carries no script and is left untouched.
page_with() {
    sed "0,/<head>/s||<head>$1|" "$report" > "$work/page.html"
    echo "file://$work/page.html"
}

# 1. How tall is the page at this width?
probe="<script>addEventListener('load',function(){var p=document.createElement('pre');p.id='page-height';p.textContent=document.documentElement.scrollHeight;document.body.appendChild(p);});</script>"
total=$(chrome --dump-dom "$(page_with "$probe")" | sed -n 's|.*<pre id="page-height">\([0-9]*\)</pre>.*|\1|p')
[ -n "$total" ] || { echo "could not measure the page" >&2; exit 1; }

# 2. One screenshot per slice, the page shifted up by a slice each time.
slices=$(( (total + height - 1) / height ))
for ((k = 0; k < slices; k++)); do
    file=$(printf '%s/page-%02d.png' "$out" $((k + 1)))
    chrome --screenshot="$file" "$(page_with "<style>body{margin-top:-$((k * height))px !important}</style>")" >/dev/null
    echo "$file"
done
echo "$slices screenshot(s) of a ${total}px page in $out" >&2
