#!/bin/bash
set -e
cd "$(dirname "$0")"
PROFILE="-env:UserInstallation=file://${TMPDIR:-/tmp}/lo-$(basename "$PWD")"
for f in [0-9][0-9]*_*.docx; do
  b="${f%.docx}"
  pandoc -f docx -t markdown "$f" -o "$b.pandoc.md"
  pandoc -f docx -t plain "$f" -o "$b.pandoc.txt"
  tmp=$(mktemp -d)
  soffice $PROFILE --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$tmp" "$f" >/dev/null 2>&1
  mv "$tmp/$b.txt" "$b.lo.txt"
  soffice $PROFILE --headless --convert-to pdf --outdir . "$f" >/dev/null 2>&1
  pdftotext -layout "$b.pdf" "$b.layout.txt"
  pdftotext -raw "$b.pdf" "$b.raw.txt"
  rmdir "$tmp"
  echo "converted $f"
done
