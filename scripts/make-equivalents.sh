#!/usr/bin/env bash
# Makes the documents of the equivalence test: for every corpus seed, an HTML page, a DOCX, a DOC and a PDF
# carrying the seed's text (tables as bordered tables), converted by LibreOffice — never edited by hand.
# The outputs are committed (the test does not need LibreOffice); run this again when a seed changes.
#
#   scripts/make-equivalents.sh            # needs java and soffice (Debian: libreoffice-writer-nogui)
set -euo pipefail
cd "$(dirname "$0")/.."
out=nianbao-formats/src/test/resources/org/nianbao/formats/equivalence
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"   # a private LibreOffice profile: no interference with a running instance
for seed in corpus/seeds/*.txt; do
  stem=$(basename "$seed" .txt)
  java scripts/SeedToHtml.java "$seed" "$out/$stem.html"
  cp "$out/$stem.html" "$work/$stem.html"
  soffice -env:UserInstallation="$profile" --headless --infilter="HTML (StarWriter)" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$stem.html" >/dev/null
  soffice -env:UserInstallation="$profile" --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$work/$stem.docx" >/dev/null
  soffice -env:UserInstallation="$profile" --headless --convert-to 'pdf:writer_pdf_Export' --outdir "$work" "$work/$stem.docx" >/dev/null
  cp "$work/$stem.docx" "$work/$stem.doc" "$work/$stem.pdf" "$out/"
  echo "made $out/$stem.{html,docx,doc,pdf}"
done
