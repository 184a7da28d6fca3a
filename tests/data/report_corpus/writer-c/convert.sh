#!/bin/bash
# Converter outputs for every report of writer-c, each made from the .docx.
set -e
cd "$(dirname "$0")"
LOPROFILE="-env:UserInstallation=file://${TMPDIR:-/tmp}/lo-writer-c"
for docx in [0-9][0-9]_*.docx; do
  base="${docx%.docx}"
  pandoc -f docx -t markdown "$docx" -o "$base.pandoc.md"
  pandoc -f docx -t plain "$docx" -o "$base.pandoc.txt"
  tmp=$(mktemp -d)
  soffice $LOPROFILE --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$tmp" "$docx" >/dev/null 2>&1
  mv "$tmp/$base.txt" "$base.lo.txt"
  soffice $LOPROFILE --headless --convert-to pdf --outdir "$tmp" "$docx" >/dev/null 2>&1
  mv "$tmp/$base.pdf" "$base.pdf"
  rmdir "$tmp"
  pdftotext -layout "$base.pdf" "$base.layout.txt"
  pdftotext -raw "$base.pdf" "$base.raw.txt"
  echo "converted $docx"
done
