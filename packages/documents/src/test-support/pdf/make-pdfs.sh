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
