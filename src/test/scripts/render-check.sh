#!/usr/bin/env bash
# Renders the adjusted workbook of the frontier-ai sample as a person would see it, and checks it.
#
#   src/test/scripts/render-check.sh [--update-docs]
#
# Builds haircut if needed, exports samples/frontier-ai.xlsx with the shipped rules, converts the
# workbook's first printed page (the Summary sheet, fitted to one landscape page) to PDF with
# LibreOffice headless, checks the page's text for the bridge's key figures, and renders the page to
# PNG at 80 dpi. With --update-docs the PNG replaces samples/frontier-ai-summary-page.png (the picture in README).
#
# Needs: Java 17, Maven, LibreOffice Calc and poppler-utils, e.g.
#   apt-get update && apt-get install -y libreoffice-calc poppler-utils
# Writes everything else under target/render-check/.
set -euo pipefail
cd "$(dirname "$0")/../../.."

for tool in soffice pdftotext pdftoppm; do
    command -v "$tool" >/dev/null || { echo "render-check: '$tool' not found; install libreoffice-calc and poppler-utils" >&2; exit 2; }
done

out=target/render-check
rm -rf "$out"
mkdir -p "$out"
mvn -B -q package -DskipTests # always: a stale jar would render an old workbook

cat > "$out/export.hc" <<SCRIPT
import samples/frontier-ai.xlsx
rules load rules/
export $out/frontier-ai-adjusted.xlsx
SCRIPT
java -jar target/haircut.jar script "$out/export.hc"

# A profile of its own, so a LibreOffice the user has open does not take the job; page 1 only.
soffice -env:UserInstallation="file://$PWD/$out/profile" --headless \
    --convert-to 'pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"1"}}' \
    --outdir "$out" "$out/frontier-ai-adjusted.xlsx" >"$out/soffice.log" 2>&1
pdftotext -layout -f 1 -l 1 "$out/frontier-ai-adjusted.pdf" "$out/summary-page.txt"

# The bridge as README states it, with the Summary's number format ($, thousands, negatives in parentheses).
status=0
for figure in 'frontier-ai: revenue, reported to adjusted' '$10,802,729,880.11' '($896,634,299.57)' \
        '$9,906,095,580.54' '($392,246,442.81)' '$9,513,849,137.73' '88.1%' \
        'ASC 606-10-32-21..24' 'frontier-ai.xlsx' 'Revenue bridge, reported to adjusted (USD)'; do
    if grep -qF -- "$figure" "$out/summary-page.txt"; then
        echo "found    $figure"
    else
        echo "MISSING  $figure"
        status=1
    fi
done

pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/frontier-ai-adjusted.pdf" "$out/summary-page"
echo "page image: $out/summary-page.png"
if [ "${1:-}" = "--update-docs" ]; then
    mkdir -p docs
    cp "$out/summary-page.png" samples/frontier-ai-summary-page.png
    echo "updated samples/frontier-ai-summary-page.png"
fi
exit $status
