#!/bin/sh
# Renders the page images of docs/images from the PDF renderer (nianbao-formats, PdfReportRenderer):
#   render-2021-p<N>.png            every page of a 2021-format report (corpus seed 002, recognized)
#   render-2021-annotated-p<N>.png  the page of table 三 of its reviewer's copy (the validator's findings drawn)
#   render-2019-p<N>.png            every page of a 2019-format report (testkit Reports.balanced2019())
# The PDFs are written by the test-scoped RenderPictures (run through Maven, offline, enabled by the system
# property nianbao.pictures); pdftoppm (poppler-utils) turns pages into 60 dpi PNGs.
# Run from anywhere: scripts/render-pictures.sh
set -eu
cd "$(dirname "$0")/.."
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

./mvnw -o -B -q test -pl nianbao-formats -am -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=RenderPictures -Dnianbao.pictures="$tmp"

mkdir -p "$out"
rm -f "$out"/render-2021-p*.png "$out"/render-2021-annotated-p*.png "$out"/render-2019-p*.png

# pages <pdf> <name> [page]: one PNG per page (or only the given page), named <name>-p<N>.png
pages() {
    if [ $# -ge 3 ]; then
        pdftoppm -r 60 -png -f "$3" -l "$3" "$1" "$tmp/$2"
    else
        pdftoppm -r 60 -png "$1" "$tmp/$2"
    fi
    for png in "$tmp/$2"-*.png; do
        n=${png##*-}
        n=${n%.png}
        n=$(echo "$n" | sed 's/^0*//')
        mv "$png" "$out/$2-p$n.png"
    done
}

pages "$tmp/render-2021.pdf" render-2021
pages "$tmp/render-2019.pdf" render-2019
count=$(pdfinfo "$tmp/render-2021-annotated.pdf" | sed -n 's/^Pages: *//p')
page=1
while [ "$page" -le "$count" ]; do
    if pdftotext -f "$page" -l "$page" "$tmp/render-2021-annotated.pdf" - | grep -q '表三'; then
        pages "$tmp/render-2021-annotated.pdf" render-2021-annotated "$page"
        break
    fi
    page=$((page + 1))
done

ls -l "$out"/render-*.png
du -ch "$out"/render-*.png | tail -1
