#!/bin/sh
# Remakes the PDFs the PDF adapter's tests read (LibreOffice and poppler-utils, as Debian packages them).
set -e
cd "$(dirname "$0")"
LO="soffice -env:UserInstallation=file:///tmp/lo-pdf-fixtures --headless"
python3 make.py
$LO --convert-to pdf --outdir . response-libreoffice-bullets.fodt response-word-bullets.fodt
# A scan: page 1 as a picture, put back into a PDF with no text layer.
pdftoppm -png -r 30 -f 1 -l 1 response-libreoffice-bullets.pdf /tmp/irr-scanned
python3 make.py /tmp/irr-scanned-1.png
$LO --convert-to pdf --outdir . scanned-page.fodt
rm scanned-page.fodt
# Password-protected: it cannot be opened without the password.
$LO --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"opcc"}}' \
  --outdir /tmp/irr-encrypted short-note.fodt
cp /tmp/irr-encrypted/short-note.pdf password-protected.pdf
# The seed record typed as plain text and printed: its header fields by tab stops, its lists as typed "- ".
# A tab right after a short label prints as one space's width, which no reader can tell from a space:
# those three get a second tab, as a person laying the page out would.
sed 's/^\(Force\|Police and Crime Commissioner\|Grade\)\t/\1\t\t/' \
  ../../../../domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt >seed-as-text.txt
$LO --convert-to pdf --outdir . seed-as-text.txt
# A tagged PDF whose list bullets are drawn shapes (Chromium), not text.
CHROMIUM_PROFILE=$(mktemp -d /tmp/chromium-pdf-fixtures-XXXX)
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --user-data-dir="$CHROMIUM_PROFILE" --no-pdf-header-footer \
  --print-to-pdf="$PWD/chromium-bullets.pdf" "file://$PWD/chromium-bullets.html"
rm -rf "$CHROMIUM_PROFILE"
# A web page printed by LibreOffice: its header fields a plain two-column table (no border, no padding),
# cells centred upright, the second record's table carried over a page break; its record text beside it.
$LO --convert-to pdf --outdir . web-page-table.html
