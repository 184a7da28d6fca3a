# -*- coding: utf-8 -*-
"""Checks of the expected lists: every expected JSON parses and follows the schema, and every name,
heading title, agenda title, action opening, remark and next-meeting text appears in the text
that python-docx reads back from the .docx (body paragraphs and table cells, in order)."""
import glob
import json
import os
import re
import sys

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
ORGS = {"GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES", "BINCHE", "SCHOTEN", "EDEGEM", "MORTSEL", "SPP"}
CPAS = ORGS - {"SPP"}
KINDS = {"Network Contact", "Several Network Contacts", "SPP", "CPAS", "To Be Assigned"}
LANGS = [["fr"], ["nl"], ["fr", "nl"], ["nl", "fr"]]


def iter_block(parent):
    body = parent.element.body if hasattr(parent, "element") and hasattr(parent.element, "body") else parent._tc
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            yield Paragraph(child, parent)
        elif tag == "tbl":
            yield Table(child, parent)


def doc_text(path):
    doc = Document(path)
    lines = []

    def walk(container):
        for blk in iter_block(container):
            if isinstance(blk, Paragraph):
                lines.append(blk.text)
            else:
                seen = []
                for row in blk.rows:
                    for cell in row.cells:
                        if any(cell._tc is x for x in seen):
                            continue
                        seen.append(cell._tc)
                        walk(cell)
    walk(doc)
    return lines


def check(jpath):
    errs = []
    with open(jpath, encoding="utf-8") as f:
        e = json.load(f)
    base = os.path.basename(jpath)[: -len(".expected.json")]
    keys = ["file", "languages", "online", "interpretation", "date", "people", "agenda", "headings", "actions",
            "next_meeting", "remarks"]
    if list(e.keys()) != keys:
        errs.append("keys %s" % list(e.keys()))
    if e["file"] != base + ".docx":
        errs.append("file name")
    if e["languages"] not in LANGS:
        errs.append("languages")
    for k in ("online", "interpretation"):
        if not isinstance(e[k], bool):
            errs.append(k)
    if not re.fullmatch(r"20(1[6-9]|2[0-6])-\d\d-\d\d", e["date"]):
        errs.append("date")
    lines = doc_text(os.path.join(HERE, e["file"]))
    text = "\n".join(lines)

    def has(s, what):
        if s not in text:
            errs.append("%s not in text: %r" % (what, s))

    seen_exc = False
    names = set()
    for person in e["people"]:
        name, status, org = person
        if status not in ("Present", "Excused"):
            errs.append("status %r" % status)
        if status == "Excused":
            seen_exc = True
        elif seen_exc:
            errs.append("present after excused: %s" % name)
        if org is not None and org not in ORGS:
            errs.append("org %r" % org)
        if name in names:
            errs.append("duplicate person %s" % name)
        names.add(name)
        has(name, "person")
    for a in e["agenda"]:
        s, en, title = a
        for t in (s, en):
            if t and not re.fullmatch(r"[0-2]\d:[0-5]\d", t):
                errs.append("agenda time %r" % t)
        has(title, "agenda title")
    for h in e["headings"]:
        num, title = h
        if num.endswith((".", ")", "-", "–")):
            errs.append("heading number %r" % num)
        if title.endswith(":"):
            errs.append("heading colon %r" % title)
        has(title, "heading")
        if num:
            if not any(l.strip().startswith(num) and title in l for l in lines):
                errs.append("heading number not on line: %r %r" % (num, title))
    for act in e["actions"]:
        kind, people, code, opening = act
        if kind not in KINDS:
            errs.append("kind %r" % kind)
        if kind == "Network Contact" and len(people) != 1:
            errs.append("NC people %r" % people)
        if kind == "Several Network Contacts" and len(people) < 2:
            errs.append("SNC people %r" % people)
        if kind in ("SPP", "CPAS", "To Be Assigned") and people:
            errs.append("people for %s" % kind)
        if kind == "CPAS":
            if code is not None and code not in CPAS:
                errs.append("code %r" % code)
        elif code is not None:
            errs.append("code for non-CPAS %r" % code)
        for pn in people:
            if pn not in names:
                errs.append("action person not in people: %s" % pn)
        if len(opening.split()) < 4:
            errs.append("opening too short %r" % opening)
        has(opening, "action opening")
    nm = e["next_meeting"]
    if nm is not None:
        if set(nm.keys()) != {"date", "text"}:
            errs.append("next_meeting keys")
        if nm["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", nm["date"]):
            errs.append("next date")
        has(nm["text"], "next meeting")
    for r in e["remarks"]:
        has(r, "remark")
    return e["file"], errs


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]*_*.expected.json")))
    for j in files:
        fn, errs = check(j)
        if errs:
            bad += 1
            print("FAIL", fn)
            for x in errs:
                print("   ", x)
        else:
            print("ok  ", fn)
    print("%d files, %d failing" % (len(files), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
