#!/usr/bin/env bash
# Renders a workbook the way LibreOffice prints it, for a person to look at: workbook -> PDF (soffice, headless)
# -> one PNG per page (pdftoppm). Needs libreoffice-calc-nogui and poppler-utils (.ci/run installs both).
#
#   scripts/render-workbook.sh out/ShopSmart_Marketing_2026-11-25.xlsx [out/render] [dpi]
#
# Prints the PDF's page count and the PNG files written.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 <workbook.xlsx> [output-folder] [dpi]" >&2
    exit 2
fi

workbook=$1
out=${2:-$(dirname "$workbook")/render}
dpi=${3:-80}
for tool in soffice pdftoppm pdfinfo; do
    command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install --no-install-recommends libreoffice-calc-nogui poppler-utils" >&2; exit 2; }
done

mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A private profile, so a LibreOffice already running (or another render) does not take over the conversion.
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
pdf="$out/$(basename "${workbook%.*}").pdf"
rm -f "$out"/page-*.png
pdftoppm -png -r "$dpi" "$pdf" "$out/page"
echo "$pdf: $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }') page(s)"
ls -1 "$out"/page-*.png
