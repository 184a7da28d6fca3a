# -*- coding: utf-8 -*-
"""Checks of the expected lists: JSON parses, follows the schema, and every text item is in the docx text."""
import datetime, glob, json, re, sys
from docx import Document

ORGS = {"GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES", "BINCHE", "SCHOTEN", "EDEGEM", "MORTSEL", "SPP", None}
CPAS = ORGS - {"SPP", None} | {None}
KINDS = {"Network Contact", "Several Network Contacts", "SPP", "CPAS", "To Be Assigned"}
LANGS = [["fr"], ["nl"], ["fr", "nl"], ["nl", "fr"]]


def doc_text(path):
    d = Document(path)
    out = []

    def walk_paras(container):
        for p in container.paragraphs:
            out.append(p.text)
        for t in container.tables:
            for row in t.rows:
                for c in row.cells:
                    walk_paras(c)
    walk_paras(d)
    for s in d.sections:
        walk_paras(s.header)
        walk_paras(s.footer)
    return "\n".join(out)


def isdate(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False


errors = []
for jf in sorted(glob.glob("[0-9][0-9]_*.expected.json")):
    e = json.load(open(jf, encoding="utf-8"))
    docx = jf.replace(".expected.json", ".docx")
    txt = doc_text(docx)
    err = lambda m: errors.append(f"{jf}: {m}")
    if set(e) != {"file", "languages", "online", "interpretation", "date", "people", "agenda", "headings",
                  "actions", "next_meeting", "remarks"}:
        err("keys " + str(sorted(e)))
    if e["file"] != docx:
        err("file name")
    if e["languages"] not in LANGS:
        err("languages")
    for k in ("online", "interpretation"):
        if not isinstance(e[k], bool):
            err(k)
    if not isdate(e["date"]):
        err("date")
    seen_exc = False
    for name, st, org in e["people"]:
        if st not in ("Present", "Excused"):
            err("status " + name)
        if st == "Excused":
            seen_exc = True
        elif seen_exc:
            err("present after excused " + name)
        if org not in ORGS:
            err("org " + str(org))
        if name not in txt:
            err("name not in text: " + name)
    names = {p[0] for p in e["people"]}
    for a, b, t in e["agenda"]:
        for x in (a, b):
            if x and not re.fullmatch(r"\d\d:\d\d", x):
                err("agenda time " + x)
        if t not in txt:
            err("agenda title not in text: " + t)
    for num, t in e["headings"]:
        if t not in txt:
            err("heading not in text: " + t)
        if t.endswith(":"):
            err("heading colon " + t)
    for kind, ppl, code, opening in e["actions"]:
        if kind not in KINDS:
            err("kind " + kind)
        if code not in CPAS:
            err("code " + str(code))
        if kind == "Network Contact" and len(ppl) != 1:
            err("NC people " + opening)
        if kind == "Several Network Contacts" and len(ppl) < 2:
            err("SNC people " + opening)
        if kind in ("SPP", "CPAS", "To Be Assigned") and ppl:
            err("people for institution " + opening)
        if kind != "CPAS" and kind not in ("Network Contact", "Several Network Contacts") and code:
            err("code for " + kind)
        for p in ppl:
            if p not in names:
                err("action person not in people: " + p)
        if len(opening.split()) < 4:
            err("opening too short: " + opening)
        if opening not in txt:
            err("opening not in text: " + opening)
    nm = e["next_meeting"]
    if nm is not None:
        if set(nm) != {"date", "text"}:
            err("next keys")
        if nm["date"] is not None and not isdate(nm["date"]):
            err("next date")
        if nm["text"] not in txt:
            err("next text not in text: " + nm["text"])
    for r in e["remarks"]:
        if r not in txt:
            err("remark not in text: " + r)
    print(f"ok-checked {jf}: {len(e['people'])} people, {len(e['agenda'])} agenda, {len(e['headings'])} headings, "
          f"{len(e['actions'])} actions, {len(e['remarks'])} remarks")

print("\n".join(errors) if errors else "ALL CHECKS PASSED")
sys.exit(1 if errors else 0)
