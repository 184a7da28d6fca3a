#!/bin/sh
# Converter outputs for every report of this folder, made from the .docx only.
set -e
cd "$(dirname "$0")"
PROFILE="-env:UserInstallation=file://${TMPDIR:-/tmp}/lo-writer-b"
for docx in [0-9][0-9]_*.docx; do
    base="${docx%.docx}"
    pandoc -f docx -t markdown "$docx" -o "$base.pandoc.md"
    pandoc -f docx -t plain "$docx" -o "$base.pandoc.txt"
    soffice "$PROFILE" --headless --convert-to "txt:Text (encoded):UTF8" "$docx" --outdir . >/dev/null 2>&1
    mv "$base.txt" "$base.lo.txt"
    soffice "$PROFILE" --headless --convert-to pdf "$docx" --outdir . >/dev/null 2>&1
    pdftotext -layout "$base.pdf" "$base.layout.txt"
    pdftotext -raw "$base.pdf" "$base.raw.txt"
    echo "converted $docx"
done
