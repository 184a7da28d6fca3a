# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF network of the CPAS/OCMW (numbers 207-216).

One function per report: it builds the .docx with python-docx and returns the expected dict,
which is typed by hand below (literal values, not computed from the document text).
"""
import datetime
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------

def new_doc(font="Calibri", size=11, margins=2.5, author=None, created=None, title=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(k), font)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    cp = doc.core_properties
    if author:
        cp.author = author
        cp.last_modified_by = author
    if created:
        cp.created = created
        cp.modified = created
    if title:
        cp.title = title
    return doc


def _fmt(run, f):
    if not f:
        return run
    if f.get("b"):
        run.bold = True
    if f.get("i"):
        run.italic = True
    if f.get("u"):
        run.underline = True
    if f.get("strike"):
        run.font.strike = True
    if "color" in f:
        run.font.color.rgb = RGBColor.from_string(f["color"])
    if "size" in f:
        run.font.size = Pt(f["size"])
    if "font" in f:
        run.font.name = f["font"]
    if "hl" in f:
        run.font.highlight_color = f["hl"]
    return run


def P(container, *parts, style=None, align=None, after=None, before=None, indent=None, keep=False):
    """Add a paragraph. parts: str or (str, fmtdict)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fill(p, parts)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    return p


def fill(p, parts):
    for part in parts:
        if isinstance(part, tuple):
            _fmt(p.add_run(part[0]), part[1])
        else:
            p.add_run(part)
    return p


def cell(c, *parts, bold=False, size=None, shade=None, align=None):
    """Write into a table cell; parts as in P; a list part starts a new paragraph."""
    paras = [[]]
    for part in parts:
        if part == "\n":
            paras.append([])
        else:
            paras[-1].append(part)
    first = True
    for pp in paras:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        for part in pp:
            if isinstance(part, tuple):
                r = _fmt(p.add_run(part[0]), part[1])
            else:
                r = p.add_run(part)
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    if shade:
        tcPr = c._tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), shade)))
    return c


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def header_text(doc, *parts, align="r", size=8, color="808080"):
    hp = doc.sections[0].header.paragraphs[0]
    for part in parts:
        if part == "\n":
            hp = doc.sections[0].header.add_paragraph()
            continue
        r = hp.add_run(part)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string(color)
    for p in doc.sections[0].header.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else (
            WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT)


def page_number_footer(doc, prefix="", align="c", size=8):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.RIGHT
    if prefix:
        r = fp.add_run(prefix)
        r.font.size = Pt(size)
    r = fp.add_run()
    r.font.size = Pt(size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    r2.font.size = Pt(size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    r4.font.size = Pt(size)
    r5 = fp.add_run()
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def numbered(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_multilevel_numbering(doc, abstract_id=90, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, abstract_id)))
    return num_id


def fld(run, kind, text=None):
    if kind == "instr":
        run._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), text)))
    else:
        run._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))


def save(doc, name, expected):
    doc.save(os.path.join(HERE, name))
    with open(os.path.join(HERE, name[:-5] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return expected


# ----------------------------------------------------------------------------------------------
# 207 - minutes drafted from the Teams recording, a week later (POD MI, NL with FR quotes)
# ----------------------------------------------------------------------------------------------

def r207():
    name = "207_teams_opname_feb2021.docx"
    doc = new_doc("Calibri", 11, 2.2, author="De Smet Annelies",
                  created=datetime.datetime(2021, 2, 19, 16, 42))
    header_text(doc, "POD Maatschappelijke Integratie – AMIF-netwerk OCMW's – intern werkdocument")
    page_number_footer(doc)

    P(doc, ("Verslag online netwerkmoment AMIF – OCMW's", {"b": True, "size": 15, "color": "1F3864"}), after=2)
    P(doc, ("Donderdag 11 februari 2021, 09:30 – 11:30, via Microsoft Teams", {"b": True}), after=4)
    P(doc, ("Verslag opgemaakt op 19/02/2021 door Annelies De Smet op basis van de Teams-opname. Het is een "
            "samenvatting, geen letterlijke weergave. Opgelet: de opname startte pas om 09:41, het begin "
            "ontbreekt dus. Tijdsaanduidingen tussen haakjes verwijzen naar de opname.",
            {"i": True, "color": "595959", "size": 10}))

    P(doc, ("Aanwezig", {"b": True}), " (deelnemerslijst uit Teams, overgenomen zoals ze erin staat):", after=0)
    for line in ["Annelies De Smet (POD MI)",
                 "Karim Bouzid (SPP IS)",
                 "Claeys Pieter (OCMW Gent)",
                 "Verstraete Hanne (OCMW Gent)",
                 "Nathalie Grosjean – CPAS de Liège",
                 "iPhone van Mehdi (= Mehdi Benali, CPAS de Liège)",
                 "Isabelle Dufrasne – CPAS de Charleroi",
                 None,
                 "Bram Peeters (OCMW Antwerpen)",
                 "Catherine Vanderhaegen – CPAS de Bruxelles"]:
        if line is None:
            P(doc, "Aurélie CPAS Charleroi ", ("[familienaam nakijken]", {"hl": WD_COLOR_INDEX.YELLOW}),
              style="List Bullet", after=0)
        else:
            P(doc, line, style="List Bullet", after=0)
    P(doc, ("Tolken", {"b": True}), " (tolkkanaal Teams, simultaan FR<>NL): Marie-Claire Hubert (FR) en Dirk Goossens (NL)",
      before=6, after=0)
    P(doc, ("Verontschuldigd", {"b": True}), ": Els Wouters (OCMW Antwerpen, Bram vervangt), Christophe Lebrun (CPAS Binche)")

    P(doc, ("Agenda", {"b": True}), " (zoals in de uitnodiging):", after=0)
    for t, item in [("09:30 – 09:45", "Welkom en technische check"),
                    ("09:45 – 10:45", "Stand van zaken per OCMW (corona, groepsgrootte)"),
                    ("10:45 – 11:15", "AMIF 2021-2027: wat weten we al?"),
                    ("11:15 – 11:30", "Rondvraag en volgende bijeenkomst")]:
        p = P(doc, t + "\t" + item, after=0, indent=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.8))
    P(doc, "", after=0)

    P(doc, "1. Welkom en technische check", style="Heading 2")
    P(doc, "Annelies heette iedereen welkom en legde uit hoe je in Teams het tolkkanaal kiest (het wereldbolletje "
           "onderaan in de balk). Karim vroeg om de micro uit te zetten als je niet spreekt, anders hoort de tolk "
           "niets.  ",
      ("[Pieter, kan jij aanvullen wat Gent in het begin zei? Dat staat niet op de opname.]",
       {"color": "C00000"}))

    P(doc, "2. Stand van zaken per OCMW", style="Heading 2")
    P(doc, "[00:04:10] ", ("Gent", {"b": True}), " – Hanne vertelt dat ze sinds januari werken met groepjes van "
           "4 deelnemers + 1 begeleider. De taalactivering loopt verder, de uitstappen liggen stil. Moeilijk om "
           "mensen te bereiken die geen smartphone hebben; ze bellen nu iedereen 1x per week.")
    P(doc, "[00:11:52] ", ("Luik", {"b": True}), " – Nathalie (in het Frans): « On est toujours à 3 participants + "
           "1 formateur. L’atelier créatif continue, l’atelier informatique a été suspendu parce qu’on ne peut pas "
           "partager les claviers. » Mehdi vult aan dat de intakegesprekken nu telefonisch gebeuren, met een "
           "sociaal tolk in conference call als dat nodig is.")
    P(doc, ("Actie:", {"b": True}), " Mehdi stuurt hun fiche « règles sanitaires » door naar Annelies, die ze "
           "verspreidt in het netwerk.", indent=0.5)
    P(doc, "[00:19:30] ", ("Charleroi", {"b": True}), " – Isabelle heeft haar stand van zaken in de chat gezet, "
           "hieronder overgenomen:", after=2)
    P(doc, ("Activ’Up continue en petits groupes (3+1). Les séances d’info « se débrouiller en Belgique » sont "
            "passées en visio mais peu de participants arrivent à se connecter. Aurélie a repris le coaching "
            "individuel par téléphone, 1x toutes les 2 semaines comme avant.", {"i": True}), indent=1.0)
    P(doc, "[00:24:05] ", ("Antwerpen", {"b": True}), " – Bram: geen groepen meer sinds november, alleen "
           "individuele begeleiding. Schoten, Edegem en Mortsel volgen hetzelfde regime. Hij verwacht dat ze in "
           "maart opnieuw met 4 + 1 kunnen starten.")
    P(doc, "[00:31:40] ", ("Brussel", {"b": True}), " – Catherine (FR): ze gebruiken buitenlocaties (parken) voor "
           "kleine groepjes als het weer het toelaat. Zij vraagt hoe de anderen de tevredenheidsenquête doen als er "
           "geen groep is. Gent heeft de enquête al laten vertalen in het Arabisch en het Dari.")
    P(doc, ("Actie Gent:", {"b": True}), " de vertaalde tevredenheidsenquête (Arabisch, Dari) delen met de andere "
           "OCMW's.", indent=0.5)

    P(doc, "3. AMIF 2021-2027", style="Heading 2")
    P(doc, "[00:45:15] Karim licht toe: de nieuwe verordening is nog niet gepubliceerd (verwacht in de zomer). Er "
           "komen gemeenschappelijke output- en resultaatindicatoren die elk jaar gerapporteerd moeten worden. De "
           "huidige projecten lopen door in een overgangsperiode. (onverstaanbaar – verbinding viel weg) … Over de "
           "cofinanciering is nog niets beslist.")
    P(doc, "Vraag van Isabelle: mogen de bestaande modules blijven bestaan in de nieuwe oproep? Antwoord: in "
           "principe wel, de oproep zal het preciseren.")
    P(doc, ("Actie:", {"b": True}), " POD MI bezorgt de timing van de nieuwe oproep zodra die gekend is.", indent=0.5)

    P(doc, "4. Rondvraag", style="Heading 2")
    P(doc, "[01:02:30] Catherine: in Brussel zijn twee nieuwe maatschappelijk werkers gestart, zij willen graag eens "
           "meekijken bij een ander OCMW. Pieter stelt voor dat ze naar Gent komen zodra het weer kan.")
    P(doc, "Niemand heeft zich opgegeven om de volgende bijeenkomst voor te bereiden.")
    P(doc, ("Actie (nog geen trekker):", {"b": True}), " een datum prikken voor de volgende bijeenkomst via Doodle.",
      indent=0.5)
    P(doc, ("Volgende bijeenkomst: mei 2021, online (datum via Doodle).", {"b": True}))
    P(doc, ("Einde opname 01:08:12.", {"i": True, "size": 9, "color": "808080"}))

    exp = {
        "file": "207_teams_opname_feb2021.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-02-11",
        "people": [
            ["Annelies De Smet", "Present", "SPP"],
            ["Karim Bouzid", "Present", "SPP"],
            ["Claeys Pieter", "Present", "GENT"],
            ["Verstraete Hanne", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Mehdi Benali", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Aurélie", "Present", "CHARLEROI"],
            ["Bram Peeters", "Present", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Present", "BRUXELLES"],
            ["Marie-Claire Hubert", "Present", None],
            ["Dirk Goossens", "Present", None],
            ["Els Wouters", "Excused", "ANTWERPEN"],
            ["Christophe Lebrun", "Excused", "BINCHE"]
        ],
        "agenda": [
            ["09:30", "09:45", "Welkom en technische check"],
            ["09:45", "10:45", "Stand van zaken per OCMW (corona, groepsgrootte)"],
            ["10:45", "11:15", "AMIF 2021-2027: wat weten we al?"],
            ["11:15", "11:30", "Rondvraag en volgende bijeenkomst"]
        ],
        "headings": [
            ["1", "Welkom en technische check"],
            ["2", "Stand van zaken per OCMW"],
            ["3", "AMIF 2021-2027"],
            ["4", "Rondvraag"]
        ],
        "actions": [
            ["Network Contact", ["Mehdi Benali"], None, "Mehdi stuurt hun fiche « règles sanitaires »"],
            ["CPAS", [], "GENT", "de vertaalde tevredenheidsenquête (Arabisch, Dari) delen met"],
            ["SPP", [], None, "POD MI bezorgt de timing van de nieuwe"],
            ["To Be Assigned", [], None, "een datum prikken voor de volgende bijeenkomst"]
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: mei 2021, online (datum via Doodle)."},
        "remarks": [
            "[familienaam nakijken]",
            "[Pieter, kan jij aanvullen wat Gent in het begin zei? Dat staat niet op de opname.]"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 208 - relevé de décisions: short intro and a table of decisions (SPP, FR)
# ----------------------------------------------------------------------------------------------

def r208():
    name = "208_releve_decisions_bruxelles.docx"
    doc = new_doc("Arial", 10, 2.0, author="Verhaegen Lotte",
                  created=datetime.datetime(2018, 10, 8, 11, 5))
    header_text(doc, "SPP Intégration sociale – Réseau FAMI des CPAS", align="l")

    P(doc, ("RELEVÉ DES DÉCISIONS", {"b": True, "size": 14}), after=0)
    P(doc, ("Réseau FAMI des CPAS – réunion du 4 octobre 2018", {"b": True}), after=0)
    P(doc, "Lieu : CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle du 3e étage", after=8)
    P(doc, "Comme convenu à Gand, nous ne faisons plus de PV détaillé : ce relevé reprend uniquement les décisions "
           "prises et les suites à donner. Les présentations (PowerPoint) sont disponibles sur simple demande. "
           "L’ordre du jour comportait quatre points : tour de table, enquête de satisfaction, indicateurs 2018 "
           "et divers. Les participants sont repris dans le tableau ci-dessous.", align="j", after=4)
    rows = [("Gand", "Pieter Claeys, Youssef El Amrani", "–"),
            ("Liège", "Nathalie Grosjean", "Mehdi Benali"),
            ("Charleroi", "Isabelle Dufrasne", "–"),
            ("Binche", "Christophe Lebrun", "–"),
            ("Anvers", "Els Wouters, Fatma Yildiz", "–"),
            ("Schoten", "–", "Griet Van Looy"),
            ("Bruxelles", "Catherine Vanderhaegen, Amadou Diallo", "–"),
            ("SPP IS", "Lotte Verhaegen, Jérôme Lambotte", "–")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["CPAS / SPP", "Présent(e)s", "Excusé(e)s"]):
        cell(t.rows[0].cells[i], h, bold=True, shade="D9D9D9")
    for r in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    widths(t, [3.0, 8.5, 5.5])

    P(doc, ("Décisions et suites à donner", {"b": True}), before=10, after=2)
    dec = [
        ("1", "Tour de table", "Chaque CPAS confirme sa participation au module 2018-2019 et envoie le nombre de "
                               "participants inscrits au 1er octobre.", "tous les CPAS", "31/10/2018"),
        ("2", "Tour de table", "Les bonnes pratiques de recrutement de Charleroi (listing + séances d’info) seront "
                               "présentées plus en détail à la prochaine réunion.", "Isabelle D.", "février 2019"),
        ("3", "Enquête de satisfaction", "Le questionnaire actuel reste d’application jusqu’en juin 2019.", "–", "–"),
        ("4", "Enquête de satisfaction", "Simplifier les questions (mots abstraits : « autonomie », "
                                         "« émancipation »…) et tester une nouvelle version avec un groupe.",
         "Nathalie G. / Youssef E.A.", "mars 2019"),
        ("5", "Enquête de satisfaction", "Faire traduire le questionnaire en arabe, dari et tigrinya.", "SPP IS",
         "janvier 2019"),
        ("6", "Indicateurs 2018", "Pas de nouvel indicateur en 2018 ; rapportage selon le modèle habituel "
                                  "(tableau Excel du SPP).", "–", "–"),
        ("7", "Indicateurs 2018", "Clarifier si les participants de Binche sont comptés avec Charleroi ou "
                                  "séparément.", "Isabelle D. et Christophe L.", "15/11/2018"),
        ("8", "Divers", "Proposer deux dates en février 2019 pour la prochaine rencontre à Anvers.",
         "CPAS d’Anvers", "fin octobre"),
        ("9", "Divers", "Présenter l’atelier informatique de Liège à la prochaine rencontre.", "à désigner", "–"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["N°", "Point", "Décision / action", "Qui ?", "Pour quand ?"]):
        cell(t.rows[0].cells[i], h, bold=True, shade="D9D9D9")
    for r in dec:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v, size=9)
    widths(t, [0.9, 3.0, 7.6, 3.0, 2.5])

    P(doc, ("Prochaine réunion : février 2019, à Anvers.", {"b": True}), before=10)
    P(doc, ("NB : le tableau des chiffres par CPAS (annexe) est encore à compléter pour Bruxelles.", {"i": True}))
    P(doc, "L. Verhaegen – SPP Intégration sociale, 08/10/2018", align="r", before=12)

    exp = {
        "file": "208_releve_decisions_bruxelles.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-10-04",
        "people": [
            ["Pieter Claeys", "Present", "GENT"],
            ["Youssef El Amrani", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Christophe Lebrun", "Present", "BINCHE"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Present", "BRUXELLES"],
            ["Amadou Diallo", "Present", "BRUXELLES"],
            ["Lotte Verhaegen", "Present", "SPP"],
            ["Jérôme Lambotte", "Present", "SPP"],
            ["Mehdi Benali", "Excused", "LIEGE"],
            ["Griet Van Looy", "Excused", "SCHOTEN"]
        ],
        "agenda": [
            [None, None, "tour de table"],
            [None, None, "enquête de satisfaction"],
            [None, None, "indicateurs 2018"],
            [None, None, "divers"]
        ],
        "headings": [
            ["", "Décisions et suites à donner"]
        ],
        "actions": [
            ["CPAS", [], None, "Chaque CPAS confirme sa participation au module"],
            ["Network Contact", ["Isabelle Dufrasne"], None, "Les bonnes pratiques de recrutement de Charleroi"],
            ["Several Network Contacts", ["Nathalie Grosjean", "Youssef El Amrani"], None,
             "Simplifier les questions (mots abstraits"],
            ["SPP", [], None, "Faire traduire le questionnaire en arabe"],
            ["Several Network Contacts", ["Isabelle Dufrasne", "Christophe Lebrun"], None,
             "Clarifier si les participants de Binche sont comptés"],
            ["CPAS", [], "ANTWERPEN", "Proposer deux dates en février 2019"],
            ["To Be Assigned", [], None, "Présenter l’atelier informatique de Liège"]
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : février 2019, à Anvers."},
        "remarks": [
            "NB : le tableau des chiffres par CPAS (annexe) est encore à compléter pour Bruxelles."
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 209 - PV approved and re-sent, with review notes in brackets (SPP, FR with NL summaries)
# ----------------------------------------------------------------------------------------------

def r209():
    name = "209_pv_approuve_charleroi.docx"
    doc = new_doc("Calibri", 11, 2.3, author="Annelies De Smet",
                  created=datetime.datetime(2023, 9, 14, 9, 12))
    header_text(doc, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF", "\n",
                "Vers une politique de migration plus intégrée, grâce au FAMI", align="l", color="1F4E79")
    page_number_footer(doc, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale – p. ")
    RED = {"color": "C00000"}
    BLUE = {"color": "2E74B5", "u": True}

    P(doc, ("VERSION APPROUVÉE – GOEDGEKEURDE VERSIE (v2, 14/09/2023)", {"b": True, "color": "C00000"}), after=0)
    P(doc, ("Approuvée lors de la rencontre du 12 septembre 2023. Les modifications demandées à la relecture sont "
            "signalées entre crochets. / Goedgekeurd op de bijeenkomst van 12 september 2023; wijzigingen na "
            "nalezing staan tussen vierkante haken.", {"i": True, "color": "C00000", "size": 9}))
    P(doc, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", {"b": True, "size": 14}), align="c", after=0)
    P(doc, ("15 juin 2023 – 15 juni 2023", {"b": True}), align="c", after=0)
    P(doc, "CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi", align="c")

    P(doc, ("Présents / Aanwezig : ", {"b": True}),
      "Karim Bouzid (SPP IS), Annelies De Smet (POD MI), Pieter Claeys (OCMW Gent), Hanne Verstraete (OCMW Gent), "
      "Nathalie Grosjean (CPAS Liège), Valérie Collignon (CPAS Liège), Isabelle Dufrasne (CPAS Charleroi), Tarik "
      "Ouchène (CPAS Charleroi), Christophe Lebrun (CPAS Binche), Fatma Yildiz (OCMW Antwerpen), Koen Mertens (OCMW "
      "Edegem), ", ("Amadou Diallo (CPAS Bruxelles) [ajouté après relecture]", BLUE), align="j")
    P(doc, ("Interprétation consécutive / consecutieve vertaling : ", {"b": True}), "Dirk Goossens")
    P(doc, ("Excusés / Verontschuldigd : ", {"b": True}),
      "Els Wouters (OCMW Antwerpen), Catherine Vanderhaegen (CPAS Bruxelles), Inge Janssens (OCMW Mortsel)")

    ag = [("10h00 – 10h30", "Accueil / Onthaal"),
          ("10h30 – 11h30", "Tour des CPAS / Ronde van de OCMW's"),
          ("11h30 – 12h30", "Enquête de satisfaction simplifiée : résultats du test / Vereenvoudigde tevredenheidsenquête"),
          ("12h30 – 13h30", "Lunch"),
          ("13h30 – 14h45", "Indicateurs communs (Règlement (UE) 2021/1147) / Gemeenschappelijke indicatoren"),
          ("14h45 – 15h00", "Clôture / Afsluiting")]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hc = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell(hc, "Ordre du jour / Agenda", bold=True, size=10, shade="DEEAF6")
    for a, b in ag:
        cs = t.add_row().cells
        cell(cs[0], a, size=10)
        cell(cs[1], b, size=10)
    widths(t, [3.2, 13.0])

    NL = {"i": True, "color": "595959"}
    P(doc, ("I. Accueil / Onthaal", {"b": True}), before=10, keep=True)
    P(doc, "Isabelle Dufrasne accueille le réseau dans les nouveaux locaux du Service Action Migrants. Karim Bouzid "
           "rappelle que c’est la première rencontre en présentiel avec tous les CPAS partenaires depuis 2019 ",
      ("[modifié après relecture : « depuis 2019 » au lieu de « depuis 2020 »]", RED), ".", align="j")
    P(doc, ("NL – Isabelle verwelkomt het netwerk in de nieuwe lokalen in Charleroi. Eerste fysieke bijeenkomst met "
            "alle partner-OCMW's sinds 2019.", NL))

    P(doc, ("II. Tour des CPAS / Ronde van de OCMW's", {"b": True}), before=8, keep=True)
    P(doc, ("Gand : ", {"b": True}), "deux groupes d’activation linguistique, 22 participants. Hanne signale des "
           "difficultés à recruter via les antennes sociales depuis la réorganisation.")
    P(doc, ("Liège : ", {"b": True}), "les groupes sont de nouveau à ", ("4", {"strike": True, "color": "C00000"}),
      " ", ("6", BLUE), " participants + 1 formateur ", ("[modifié après relecture, demande de Liège]", RED),
      ". L’atelier créatif a repris avec un nouvel artiste.")
    P(doc, ("Charleroi / Binche : ", {"b": True}), "Activ’Up compte 31 participants ; Binche envoie désormais ses "
           "participants aux séances d’info de Charleroi.")
    P(doc, ("Anvers et partenaires : ", {"b": True}), "Fatma présente le nouveau calendrier ; Edegem (Koen) démarre "
           "un groupe en septembre.")
    P(doc, ("Action : ", {"b": True}), "Anvers envoie le calendrier des modules 2023-2024 à tous les CPAS.", indent=0.6)
    P(doc, ("Bruxelles : ", {"b": True}), ("[passage complété après relecture par Amadou Diallo] ", RED),
      "le CPAS a engagé une médiatrice interculturelle qui intervient aussi comme interprète sociale lors des "
      "entretiens d’admission.")
    P(doc, ("NL – Stand van zaken: Gent 22 deelnemers, Luik terug naar groepen van 6 + 1, Charleroi 31 deelnemers, "
            "Antwerpen nieuwe kalender, Brussel heeft een interculturele bemiddelaarster aangeworven.", NL))

    P(doc, ("III. Enquête de satisfaction / Tevredenheidsenquête", {"b": True}), before=8, keep=True)
    P(doc, "Nathalie Grosjean et Hanne Verstraete présentent les résultats du test de la version simplifiée "
           "(pictogrammes, 8 questions au lieu de 20) auprès de 37 participants. Les participants comprennent mieux ; "
           "les questions sur « l’autonomie » restent difficiles.", align="j")
    P(doc, "→ Nathalie Grosjean et Hanne Verstraete finalisent la version simplifiée pour fin septembre.", indent=0.6)
    P(doc, ("[supprimé après relecture à la demande de Gand : passage permettant d’identifier un participant]", RED))
    P(doc, ("NL – Test van de vereenvoudigde enquête bij 37 deelnemers: beter begrepen. Finale versie eind "
            "september.", NL))

    P(doc, ("IV. Indicateurs communs / Gemeenschappelijke indicatoren", {"b": True}), before=8, keep=True)
    P(doc, "Annelies De Smet présente les indicateurs communs de réalisation et de résultat du Règlement (UE) "
           "2021/1147 : participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
           "professionnel personnalisé), participants ayant progressé d’au moins un niveau CECR, participants "
           "déclarant que l’activité les a aidés à s’intégrer.", align="j")
    P(doc, "Discussion : aucun CPAS ne mesure aujourd’hui le niveau CECR de manière standardisée. Liège utilise un "
           "test maison ; Gand passe par le Huis van het Nederlands.", align="j")
    P(doc, "Chaque CPAS vérifie d’ici le 31 août comment il peut mesurer la progression d’un niveau CECR.", indent=0.6)
    P(doc, ("[ajouté après relecture] ", RED), "Le SPP transmettra la liste des indicateurs communs en français et en "
           "néerlandais.", indent=0.6)
    P(doc, ("NL – Voorstelling van de gemeenschappelijke indicatoren (Verordening 2021/1147); discussie over het meten "
            "van ERK-niveaus.", NL))

    P(doc, ("V. Clôture / Afsluiting", {"b": True}), before=8, keep=True)
    P(doc, "Prochaine rencontre / volgende bijeenkomst : mardi 12 septembre 2023 à Gand (OCMW Gent, Onderbergen 86).")
    P(doc, "Merci à Charleroi pour l’accueil et le lunch ! / Bedankt aan Charleroi voor de ontvangst!")
    P(doc, ("Rédaction : Annelies De Smet (SPP IS) – relecture : tous les participants", {"size": 9}), align="r",
      before=10)

    exp = {
        "file": "209_pv_approuve_charleroi.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2023-06-15",
        "people": [
            ["Karim Bouzid", "Present", "SPP"],
            ["Annelies De Smet", "Present", "SPP"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Valérie Collignon", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Tarik Ouchène", "Present", "CHARLEROI"],
            ["Christophe Lebrun", "Present", "BINCHE"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Koen Mertens", "Present", "EDEGEM"],
            ["Amadou Diallo", "Present", "BRUXELLES"],
            ["Dirk Goossens", "Present", None],
            ["Els Wouters", "Excused", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Excused", "BRUXELLES"],
            ["Inge Janssens", "Excused", "MORTSEL"]
        ],
        "agenda": [
            ["10:00", "10:30", "Accueil / Onthaal"],
            ["10:30", "11:30", "Tour des CPAS / Ronde van de OCMW's"],
            ["11:30", "12:30", "Enquête de satisfaction simplifiée : résultats du test / Vereenvoudigde tevredenheidsenquête"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "14:45", "Indicateurs communs (Règlement (UE) 2021/1147) / Gemeenschappelijke indicatoren"],
            ["14:45", "15:00", "Clôture / Afsluiting"]
        ],
        "headings": [
            ["I", "Accueil / Onthaal"],
            ["II", "Tour des CPAS / Ronde van de OCMW's"],
            ["III", "Enquête de satisfaction / Tevredenheidsenquête"],
            ["IV", "Indicateurs communs / Gemeenschappelijke indicatoren"],
            ["V", "Clôture / Afsluiting"]
        ],
        "actions": [
            ["CPAS", [], "ANTWERPEN", "Anvers envoie le calendrier des modules 2023-2024"],
            ["Several Network Contacts", ["Nathalie Grosjean", "Hanne Verstraete"], None,
             "Nathalie Grosjean et Hanne Verstraete finalisent la version"],
            ["CPAS", [], None, "Chaque CPAS vérifie d’ici le 31 août"],
            ["SPP", [], None, "Le SPP transmettra la liste des indicateurs"]
        ],
        "next_meeting": {"date": "2023-09-12",
                         "text": "Prochaine rencontre / volgende bijeenkomst : mardi 12 septembre 2023 à Gand (OCMW Gent, Onderbergen 86)."},
        "remarks": []
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 210 - informal notes of the host CPAS: "Étaient présents ..." and a signature block (FR)
# ----------------------------------------------------------------------------------------------

def r210():
    name = "210_notes_charleroi_nov2016.docx"
    doc = new_doc("Times New Roman", 12, 2.5, author="idufrasne",
                  created=datetime.datetime(2016, 11, 28, 14, 20))

    P(doc, ("Réunion FAMI – échange entre CPAS", {"b": True, "size": 14}), after=0)
    P(doc, ("Charleroi, jeudi 24 novembre 2016 (Service Action Migrants)", {"i": True}))

    P(doc, "Étaient présents : Lotte Verhaegen du SPP, Pieter et Hanne de Gand, Nathalie Grosjean et Mehdi Benali "
           "pour Liège, Els Wouters (Anvers), Catherine Vanderhaegen pour Bruxelles, ainsi que Tarik Ouchène et "
           "Aurélie Demoustier pour Charleroi. Christophe Lebrun (CPAS de Binche) s’est excusé ; il nous rejoindra à "
           "la prochaine rencontre.", align="j")
    P(doc, "La journée s’est organisée comme suit : accueil et visite des locaux d’Activ’Up ; présentation du "
           "fonctionnement par modules ; recrutement via les antennes sociales ; échange sur les enquêtes de "
           "satisfaction (après le dîner).", align="j")

    H = {"b": True, "u": True}
    P(doc, ("Activ’Up : les modules", H), before=8)
    P(doc, "Tarik a présenté le projet : fonctionnement par modules de septembre à juin (module 2 en cours : sept "
           "2016 – juin 2017). Trois axes : individuel (coaching tous les 15 jours), collectif (ateliers découvertes "
           "1x/semaine, séances d’info, coaching collectif 1x/mois, sorties), suivi social sur RDV. Visite des "
           "locaux : l’atelier carton et la salle informatique.", align="j")
    P(doc, "Les autres CPAS étaient surtout intéressés par les séances d’info « se débrouiller en Belgique ». "
           "Nathalie explique qu’à Liège chaque participant signe trois contrats (AS, entretien d’admission, "
           "responsable de module) ", ("[à vérifier avec Mehdi : trois contrats ou deux ?]", {"color": "FF0000"}),
      align="j")
    P(doc, "Liège nous fera parvenir son modèle de contrat.")

    P(doc, ("Le recrutement", H), before=8)
    P(doc, "Chez nous : listing de plus de 1000 personnes avec l’observatoire, 199 retenues par les AS pour le "
           "module 2, 60 présentes à la séance d’info (30 %). Gand travaille plutôt par orientation directe des AS. "
           "Anvers : pareil, mais avec un intake en néerlandais et un interprète social si nécessaire.", align="j")
    P(doc, "Bruxelles : (chiffres à compléter)")
    P(doc, "Tarik enverra à tout le monde le listing type (sans les noms évidemment).")

    P(doc, ("Les enquêtes de satisfaction", H), before=8)
    P(doc, "Tout le monde trouve que le questionnaire est trop compliqué pour notre public (mots abstraits, trop "
           "long). Catherine propose des smileys. Pieter dit qu’à Gand ils font l’évaluation oralement avec un "
           "médiateur.", align="j")
    P(doc, "Lotte se renseigne pour savoir si on peut adapter le questionnaire ou si c’est imposé par la "
           "Commission.", align="j")
    P(doc, "Il faudrait que quelqu’un rassemble les questionnaires de chaque CPAS pour comparer – pas décidé qui.")

    P(doc, ("Pour la suite", H), before=8)
    P(doc, "Prochaine fois : en février 2017 à Liège.")
    P(doc, "Nathalie propose deux ou trois dates par mail.")
    P(doc, "Merci à tous d’être venus jusqu’à Charleroi !")

    P(doc, "", after=0)
    P(doc, "Isabelle Dufrasne", before=12, after=0)
    P(doc, "Coordinatrice – Service Action Migrants", after=0)
    P(doc, "CPAS de Charleroi", after=0)

    exp = {
        "file": "210_notes_charleroi_nov2016.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2016-11-24",
        "people": [
            ["Lotte Verhaegen", "Present", "SPP"],
            ["Pieter", "Present", "GENT"],
            ["Hanne", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Mehdi Benali", "Present", "LIEGE"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Present", "BRUXELLES"],
            ["Tarik Ouchène", "Present", "CHARLEROI"],
            ["Aurélie Demoustier", "Present", "CHARLEROI"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Christophe Lebrun", "Excused", "BINCHE"]
        ],
        "agenda": [
            [None, None, "accueil et visite des locaux d’Activ’Up"],
            [None, None, "présentation du fonctionnement par modules"],
            [None, None, "recrutement via les antennes sociales"],
            [None, None, "échange sur les enquêtes de satisfaction"]
        ],
        "headings": [
            ["", "Activ’Up : les modules"],
            ["", "Le recrutement"],
            ["", "Les enquêtes de satisfaction"],
            ["", "Pour la suite"]
        ],
        "actions": [
            ["CPAS", [], "LIEGE", "Liège nous fera parvenir son modèle de contrat"],
            ["Network Contact", ["Tarik Ouchène"], None, "Tarik enverra à tout le monde le listing"],
            ["Network Contact", ["Lotte Verhaegen"], None, "Lotte se renseigne pour savoir si on"],
            ["To Be Assigned", [], None, "Il faudrait que quelqu’un rassemble les questionnaires"],
            ["Network Contact", ["Nathalie Grosjean"], None, "Nathalie propose deux ou trois dates par mail"]
        ],
        "next_meeting": {"date": None, "text": "Prochaine fois : en février 2017 à Liège."},
        "remarks": [
            "[à vérifier avec Mehdi : trois contrats ou deux ?]",
            "(chiffres à compléter)"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 211 - Outlook invitation pasted at the top, report below (OCMW Antwerpen, NL)
# ----------------------------------------------------------------------------------------------

def r211():
    name = "211_uitnodiging_en_verslag_antwerpen.docx"
    doc = new_doc("Calibri", 11, 2.0, author="Fatma Yildiz",
                  created=datetime.datetime(2024, 9, 23, 10, 2))
    OL = {"font": "Segoe UI", "size": 9}
    OLB = {"font": "Segoe UI", "size": 9, "b": True}

    for lab, val in [("Onderwerp:", " AMIF-netwerk OCMW's – bijeenkomst najaar 2024"),
                     ("Locatie:", " OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen – zaal 2.14; Microsoft Teams-vergadering"),
                     ("Begin:", " do 19/09/2024 10:00"),
                     ("Einde:", " do 19/09/2024 15:30"),
                     ("Weergeven als:", " Voorlopig"),
                     ("Organisator:", " De Smet Annelies"),
                     ("Verplichte deelnemers:", " Claeys Pieter; Verstraete Hanne; Grosjean Nathalie; Dufrasne "
                                               "Isabelle; Lebrun Christophe; Wouters Els; Yildiz Fatma; Diallo "
                                               "Amadou; Bouzid Karim"),
                     ("Optionele deelnemers:", " Van Looy Griet; Mertens Koen; Janssens Inge")]:
        P(doc, (lab, OLB), (val, OL), after=0)
    P(doc, ("", OL), after=0)
    for line in ["Dag allemaal,",
                 "",
                 "Hierbij de uitnodiging voor onze najaarsbijeenkomst, deze keer te gast bij OCMW Antwerpen. Let op: "
                 "er is geen tolk voorzien, spreek dus gerust je eigen taal maar wat trager :-)",
                 "",
                 "Agenda:",
                 "10:00-10:30 Onthaal met koffie",
                 "10:30-11:45 Ronde van de OCMW's: stand van zaken najaar 2024",
                 "11:45-12:30 Jaarrapportering gemeenschappelijke indicatoren (POD MI)",
                 "12:30-13:30 Broodjeslunch",
                 "13:30-15:00 Bewaartermijnen en GDPR: wat bewaren we, hoe lang?",
                 "15:00-15:30 Varia",
                 "",
                 "Tot dan,",
                 "Annelies"]:
        P(doc, (line, OL), after=0)
    P(doc, ("_" * 80, {"color": "5F5F5F", "size": 9}), after=0)
    P(doc, ("Microsoft Teams-vergadering", {"b": True, "size": 12, "color": "252424", "font": "Segoe UI"}), after=0)
    P(doc, ("Deelnemen op uw computer, mobiele app of apparaat in de ruimte", {"size": 9, "color": "252424"}), after=0)
    P(doc, ("Klik hier om deel te nemen aan de vergadering", {"u": True, "color": "6264A7", "size": 9}), after=0)
    P(doc, ("Vergadering-ID: 364 118 902 771   Wachtwoord: aB3x7Q", {"size": 9, "color": "252424"}), after=0)
    P(doc, ("_" * 80, {"color": "5F5F5F", "size": 9}))

    P(doc, ("VERSLAG – najaarsbijeenkomst AMIF-netwerk, 19 september 2024", {"b": True, "size": 14, "color": "C55A11"}), before=12, after=0)
    P(doc, ("opgemaakt door Fatma Yildiz (OCMW Antwerpen), nagelezen door Annelies", {"i": True}))
    P(doc, "Iedereen was ter plaatse; de Teams-link werd uiteindelijk niet gebruikt. Geen tolk, zoals aangekondigd.")
    P(doc, ("Aanwezig:", {"b": True}), after=0)
    for line in ["POD MI: Annelies De Smet, Karim Bouzid",
                 "OCMW Gent: Pieter Claeys, Hanne Verstraete",
                 "CPAS Luik: Nathalie Grosjean",
                 "CPAS Charleroi: Isabelle Dufrasne",
                 "OCMW Antwerpen: Els Wouters, Fatma Yildiz",
                 "OCMW Schoten: Griet Van Looy",
                 "OCMW Edegem: Koen Mertens"]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, ("Verontschuldigd:", {"b": True}), " Amadou Diallo (OCMW Brussel), Christophe Lebrun (OCMW Binche), Inge "
                                             "Janssens (OCMW Mortsel)", before=6)

    P(doc, "Ronde van de OCMW's", style="Heading 2")
    for lab, txt in [("Gent", "3 groepen lopen, wachtlijst van 12 mensen. Nieuwe samenwerking met het Huis van het "
                              "Nederlands voor de ERK-testen."),
                     ("Luik", "Nathalie meldt dat de ferme opnieuw open is voor activiteiten. Het atelier "
                              "informatique draait met een nieuwe lesgever."),
                     ("Charleroi/Binche", "27 deelnemers in module 1; Binche stuurt voortaan zelf deelnemers door. "
                                          "Recrutering via de antennes sociales loopt moeizaam (personeelstekort)."),
                     ("Antwerpen + partners", "nieuwe folder in 6 talen. Schoten en Edegem willen hem ook "
                                              "gebruiken.")]:
        P(doc, (lab + ": ", {"b": True}), txt, after=3)
    P(doc, ("actie:", {"b": True, "color": "C55A11"}), " Els bezorgt de nieuwe folder aan Schoten, Edegem en Mortsel",
      indent=0.6)
    P(doc, ("Opmerkingen van Brussel nog toe te voegen.", {"i": True, "hl": WD_COLOR_INDEX.YELLOW}))

    P(doc, "Gemeenschappelijke indicatoren", style="Heading 2")
    P(doc, "Karim overloopt het sjabloon voor de jaarrapportering: aantal deelnemers per type activiteit (taalcursus, "
           "maatschappelijke oriëntatie, persoonlijke professionele begeleiding), aantal deelnemers dat minstens één "
           "ERK-niveau steeg, en het aandeel deelnemers dat zegt dat de activiteit hielp bij hun integratie. Vraag "
           "van Isabelle: tellen deelnemers die na 2 sessies afhaken mee? -> ja, als ze gestart zijn.", align="j")
    P(doc, ("actie POD MI:", {"b": True, "color": "C55A11"}), " sjabloon indicatoren 2024 tegen 15 oktober doorsturen",
      indent=0.6)

    P(doc, "Bewaartermijnen en GDPR", style="Heading 2")
    P(doc, "Annelies legt uit: documenten van een AMIF-project worden 5 jaar bewaard vanaf 31 december van het jaar "
           "van de laatste betaling (Verordening 2021/1060, art. 82). Persoonsgegevens van deelnemers niet langer dan "
           "nodig (AVG art. 5). Een deelnemer kan altijd vragen wat er over hem of haar bijgehouden wordt (art. 15).",
      align="j")
    P(doc, "Discussie: intakeverslagen en oriëntatiebalansen worden nu heel verschillend bewaard (Gent: in het "
           "dossier van de MW, Luik: apart bij het project). Niemand weet precies hoe lang.", align="j")
    P(doc, ("actie:", {"b": True, "color": "C55A11"}), " elk OCMW gaat na hoe lang intakeverslagen nu bewaard worden "
                                                       "en meldt dit aan Annelies", indent=0.6, after=0)
    P(doc, ("actie (Karim + Annelies):", {"b": True, "color": "C55A11"}), " korte nota bewaartermijnen opstellen "
                                                                          "voor het netwerk", indent=0.6)

    P(doc, "Varia", style="Heading 2")
    P(doc, "Griet vraagt of er nog vormingen interculturele communicatie gepland zijn. Niet bij POD MI; Charleroi "
           "organiseert er wel één voor eigen personeel. Isabelle checkt of er plaatsen vrij zijn voor de andere "
           "OCMW's.", align="j")
    P(doc, ("Volgende bijeenkomst: donderdag 13 februari 2025 in Luik.", {"b": True}))

    exp = {
        "file": "211_uitnodiging_en_verslag_antwerpen.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2024-09-19",
        "people": [
            ["Annelies De Smet", "Present", "SPP"],
            ["Karim Bouzid", "Present", "SPP"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Griet Van Looy", "Present", "SCHOTEN"],
            ["Koen Mertens", "Present", "EDEGEM"],
            ["Amadou Diallo", "Excused", "BRUXELLES"],
            ["Christophe Lebrun", "Excused", "BINCHE"],
            ["Inge Janssens", "Excused", "MORTSEL"]
        ],
        "agenda": [
            ["10:00", "10:30", "Onthaal met koffie"],
            ["10:30", "11:45", "Ronde van de OCMW's: stand van zaken najaar 2024"],
            ["11:45", "12:30", "Jaarrapportering gemeenschappelijke indicatoren (POD MI)"],
            ["12:30", "13:30", "Broodjeslunch"],
            ["13:30", "15:00", "Bewaartermijnen en GDPR: wat bewaren we, hoe lang?"],
            ["15:00", "15:30", "Varia"]
        ],
        "headings": [
            ["", "Ronde van de OCMW's"],
            ["", "Gemeenschappelijke indicatoren"],
            ["", "Bewaartermijnen en GDPR"],
            ["", "Varia"]
        ],
        "actions": [
            ["Network Contact", ["Els Wouters"], None, "Els bezorgt de nieuwe folder aan Schoten"],
            ["SPP", [], None, "sjabloon indicatoren 2024 tegen 15 oktober doorsturen"],
            ["CPAS", [], None, "elk OCMW gaat na hoe lang intakeverslagen"],
            ["Several Network Contacts", ["Karim Bouzid", "Annelies De Smet"], None,
             "korte nota bewaartermijnen opstellen voor het netwerk"],
            ["Network Contact", ["Isabelle Dufrasne"], None, "Isabelle checkt of er plaatsen vrij zijn"]
        ],
        "next_meeting": {"date": "2025-02-13", "text": "Volgende bijeenkomst: donderdag 13 februari 2025 in Luik."},
        "remarks": [
            "Opmerkingen van Brussel nog toe te voegen."
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 212 - formal bilingual report with a cover page and a table of contents (SPP, FR/NL)
# ----------------------------------------------------------------------------------------------

def r212():
    name = "212_rapport_liege_dec2019.docx"
    doc = new_doc("Calibri", 10, 1.9, author="Karim Bouzid",
                  created=datetime.datetime(2019, 12, 20, 15, 30),
                  title="Rapport rencontre CPAS – Verslag bijeenkomst OCMW's – 05/12/2019")
    num = add_multilevel_numbering(doc)
    for lvl in (1, 2):
        st = doc.styles.add_style("TOC %d" % lvl, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        st.paragraph_format.left_indent = Cm(0.4 * (lvl - 1))
        st.paragraph_format.space_after = Pt(0)
    for hs in ("Heading 1", "Heading 2"):
        doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Heading 1"].font.size = Pt(12)
    doc.styles["Heading 2"].font.size = Pt(10.5)
    for hs in ("Heading 1", "Heading 2"):
        doc.styles[hs].paragraph_format.space_before = Pt(8)
        doc.styles[hs].paragraph_format.space_after = Pt(2)

    # cover page
    P(doc, ("POD | Maatschappelijke Integratie", {"b": True, "size": 12}), after=0)
    P(doc, ("SPP | Intégration Sociale", {"b": True, "size": 12}), after=60)
    P(doc, "Rapport rencontre CPAS", style="Title", after=0)
    P(doc, "Verslag bijeenkomst OCMW's", style="Title")
    P(doc, "5 décembre 2019 – 5 december 2019", style="Subtitle", after=0)
    P(doc, "CPAS de Liège – Place Saint-Jacques 13, 4000 Liège", style="Subtitle", after=80)
    P(doc, ("Vers une politique de migration plus intégrée, grâce au FAMI", {"i": True}), align="c", after=0)
    P(doc, ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", {"i": True}), align="c", after=40)
    P(doc, ("Version finale – Definitieve versie – 20/12/2019", {"size": 9, "color": "808080"}), align="r")
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)

    # table of contents (field with the result Word cached)
    P(doc, ("Table des matières / Inhoudstafel", {"b": True, "size": 13, "color": "1F4E79"}), after=6)
    toc = [(1, "1.", "Participants / Deelnemers", "2"),
           (1, "2.", "Ordre du jour / Agenda", "2"),
           (1, "3.", "Accueil / Onthaal", "2"),
           (1, "4.", "Mod’Actions : le projet de Liège / Het project van Luik", "2"),
           (1, "5.", "Tour des CPAS / Ronde van de OCMW's", "3"),
           (1, "6.", "Feedback : points forts et points à améliorer / Sterke punten en verbeterpunten", "3"),
           (2, "6.1.", "Points forts / Sterke punten", "3"),
           (2, "6.2.", "Points à améliorer / Verbeterpunten", "3"),
           (1, "7.", "Actions / Acties", "3"),
           (1, "8.", "Prochaine rencontre / Volgende bijeenkomst", "3")]
    for i, (lvl, n, t, pg) in enumerate(toc):
        p = doc.add_paragraph(style="TOC %d" % lvl)
        if i == 0:
            fld(p.add_run(), "begin")
            fld(p.add_run(), "instr", ' TOC \\o "1-2" \\h \\z \\u ')
            fld(p.add_run(), "separate")
        p.add_run(n + " " + t + "\t" + pg)
        if i == len(toc) - 1:
            fld(p.add_run(), "end")

    def H(level, text):
        p = doc.add_paragraph(text, style="Heading %d" % level)
        numbered(p, num, level - 1)
        return p

    NL = {"i": True, "color": "404040"}

    H(1, "Participants / Deelnemers")
    ppl = [("Pieter Claeys", "OCMW Gent", "présent / aanwezig"),
           ("Hanne Verstraete", "OCMW Gent", "excusée / verontschuldigd"),
           ("Youssef El Amrani", "OCMW Gent", "présent / aanwezig"),
           ("Nathalie Grosjean", "CPAS de Liège", "présente / aanwezig"),
           ("Mehdi Benali", "CPAS de Liège", "présent / aanwezig"),
           ("Valérie Collignon", "CPAS de Liège", "présente / aanwezig"),
           ("Isabelle Dufrasne", "CPAS de Charleroi", "présente / aanwezig"),
           ("Christophe Lebrun", "CPAS de Binche", "excusé / verontschuldigd"),
           ("Els Wouters", "OCMW Antwerpen", "présente / aanwezig"),
           ("Bram Peeters", "OCMW Antwerpen", "présent / aanwezig"),
           ("Catherine Vanderhaegen", "CPAS de Bruxelles", "présente / aanwezig"),
           ("Karim Bouzid", "SPP IS / POD MI", "présent / aanwezig"),
           ("Lotte Verhaegen", "SPP IS / POD MI", "présente / aanwezig"),
           ("Marie-Claire Hubert", "interprète / tolk", "présente / aanwezig"),
           ("Dirk Goossens", "interprète / tolk", "présent / aanwezig")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 1"
    for i, h in enumerate(["Nom / Naam", "Organisation / Organisatie", ""]):
        cell(t.rows[0].cells[i], h, bold=True, size=9)
    for r in ppl:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v, size=8.5)
    widths(t, [5.0, 5.5, 5.5])
    for row in t.rows:
        row.height = Cm(0.42)

    H(1, "Ordre du jour / Agenda")
    ag = [("09:30 – 10:00", "Accueil et café / Onthaal en koffie"),
          ("10:00 – 11:00", "Mod’Actions : présentation du projet de Liège / Voorstelling project Luik"),
          ("11:00 – 12:15", "Tour des CPAS / Ronde van de OCMW's"),
          ("12:15 – 13:15", "Lunch à la ferme du CPAS / Lunch op de boerderij van het OCMW"),
          ("13:15 – 14:45", "Feedback : points forts et points à améliorer / Sterke punten en verbeterpunten"),
          ("14:45 – 15:00", "Actions et prochaine rencontre / Acties en volgende bijeenkomst")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in ag:
        cs = t.add_row().cells
        cell(cs[0], a, size=9)
        cell(cs[1], b, size=9)
    widths(t, [3.0, 13.0])

    H(1, "Accueil / Onthaal")
    P(doc, "Le CPAS de Liège accueille le réseau à la ferme du CPAS. Karim Bouzid ouvre la réunion et rappelle que la "
           "période de programmation FAMI 2014-2020 se termine ; les projets en cours sont prolongés. Interprétation "
           "simultanée assurée par Marie-Claire Hubert et Dirk Goossens (casques disponibles à l’accueil).",
      align="j", after=2)
    P(doc, ("Het OCMW van Luik ontvangt het netwerk op de boerderij van het OCMW. Karim Bouzid opent de vergadering: de "
            "AMIF-periode 2014-2020 loopt af, de lopende projecten worden verlengd. Simultaanvertaling door "
            "Marie-Claire Hubert en Dirk Goossens (koptelefoons aan het onthaal).", NL), align="j")

    H(1, "Mod’Actions : le projet de Liège / Het project van Luik")
    P(doc, "Valérie Collignon et Mehdi Benali présentent le projet : analyse des besoins lors d’un entretien "
           "d’admission, bilan d’orientation, puis orientation vers un module (faibles compétences linguistiques, "
           "compétences avancées, atelier créatif, atelier informatique). Chaque participant signe trois contrats : "
           "avec l’AS, avec la personne chargée de l’admission et avec le responsable de chaque module.",
      align="j", after=2)
    P(doc, ("Valérie Collignon en Mehdi Benali stellen het project voor: behoefteanalyse tijdens een intakegesprek, "
            "oriëntatiebalans en doorverwijzing naar een module. Elke deelnemer tekent drie contracten (met de "
            "maatschappelijk werker, met de intaker en met de verantwoordelijke van elke module).", NL), align="j")

    H(1, "Tour des CPAS / Ronde van de OCMW's")
    P(doc, "Gand : 2 groupes, 19 participants ; la collaboration avec les antennes sociales fonctionne bien. "
           "Charleroi : module 3 en cours, 28 participants (Binche excusé). Anvers : démarrage des partenaires "
           "Schoten et Edegem ; 41 participants au total.", align="j", after=2)
    P(doc, "Bruxelles : ", ("[texte à compléter par le CPAS de Bruxelles]", {"hl": WD_COLOR_INDEX.YELLOW}), after=2)
    P(doc, ("Gent: 2 groepen, 19 deelnemers. Charleroi: module 3 loopt, 28 deelnemers. Antwerpen: de partners Schoten "
            "en Edegem zijn gestart, 41 deelnemers in totaal. ", NL),
      ("Brussel: [tekst aan te vullen door OCMW Brussel]", {"i": True, "hl": WD_COLOR_INDEX.YELLOW}), align="j")

    H(1, "Feedback : points forts et points à améliorer / Sterke punten en verbeterpunten")
    H(2, "Points forts / Sterke punten")
    for fr, nl in [("le travail intensif avec le public, presque tous les jours de la semaine",
                    "intensief werken met de doelgroep, bijna elke dag van de week"),
                   ("les liens entre agents et participants, et l’esprit de groupe en fin de module",
                    "de band tussen medewerkers en deelnemers, groepsgeest op het einde van de module"),
                   ("l’entretien d’admission centré sur les besoins du client",
                    "een intakegesprek dat vertrekt van de noden van de cliënt")]:
        P(doc, fr + " / ", (nl, NL), style="List Bullet", after=0)
    H(2, "Points à améliorer / Verbeterpunten")
    for fr, nl in [("la communication envers les participants (horaires qui changent, cours annulés)",
                    "communicatie naar de deelnemers (wijzigende uurroosters, geschrapte lessen)"),
                   ("anticiper les activités : les procédures administratives sont de plus en plus longues",
                    "activiteiten vroeger plannen: administratieve procedures duren steeds langer"),
                   ("l’enquête de satisfaction : trop abstraite pour le public",
                    "de tevredenheidsenquête: te abstract voor de doelgroep")]:
        P(doc, fr + " / ", (nl, NL), style="List Bullet", after=0)

    H(1, "Actions / Acties")
    acts = [("Envoyer le modèle des trois contrats aux autres CPAS / Het model van de drie contracten naar de andere "
             "OCMW's sturen", "CPAS de Liège", "31/01/2020"),
            ("Proposer une version simplifiée de l’enquête de satisfaction / Een vereenvoudigde tevredenheidsenquête "
             "voorstellen", "Valérie Collignon + Youssef El Amrani", "mars 2020"),
            ("Vérifier l’éligibilité des frais d’interprétation sociale / Nagaan of kosten voor sociaal tolken "
             "subsidiabel zijn", "SPP IS – POD MI", "février 2020"),
            ("Partager le calendrier 2020 des sorties socio-culturelles / De kalender 2020 van de socio-culturele "
             "uitstappen delen", "Tous les CPAS / alle OCMW's", "janvier 2020")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Action / Actie", "Qui / Wie", "Délai / Termijn"]):
        cell(t.rows[0].cells[i], h, bold=True, size=9, shade="DEEAF6")
    for r in acts:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v, size=9)
    widths(t, [9.5, 4.3, 2.6])

    H(1, "Prochaine rencontre / Volgende bijeenkomst")
    P(doc, "La prochaine rencontre aura lieu le jeudi 12 mars 2020 à Anvers.", after=0)
    P(doc, ("De volgende bijeenkomst vindt plaats op donderdag 12 maart 2020 in Antwerpen.", NL))

    exp = {
        "file": "212_rapport_liege_dec2019.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2019-12-05",
        "people": [
            ["Pieter Claeys", "Present", "GENT"],
            ["Youssef El Amrani", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Mehdi Benali", "Present", "LIEGE"],
            ["Valérie Collignon", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Bram Peeters", "Present", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Present", "BRUXELLES"],
            ["Karim Bouzid", "Present", "SPP"],
            ["Lotte Verhaegen", "Present", "SPP"],
            ["Marie-Claire Hubert", "Present", None],
            ["Dirk Goossens", "Present", None],
            ["Hanne Verstraete", "Excused", "GENT"],
            ["Christophe Lebrun", "Excused", "BINCHE"]
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café / Onthaal en koffie"],
            ["10:00", "11:00", "Mod’Actions : présentation du projet de Liège / Voorstelling project Luik"],
            ["11:00", "12:15", "Tour des CPAS / Ronde van de OCMW's"],
            ["12:15", "13:15", "Lunch à la ferme du CPAS / Lunch op de boerderij van het OCMW"],
            ["13:15", "14:45", "Feedback : points forts et points à améliorer / Sterke punten en verbeterpunten"],
            ["14:45", "15:00", "Actions et prochaine rencontre / Acties en volgende bijeenkomst"]
        ],
        "headings": [
            ["", "Participants / Deelnemers"],
            ["", "Ordre du jour / Agenda"],
            ["", "Accueil / Onthaal"],
            ["", "Mod’Actions : le projet de Liège / Het project van Luik"],
            ["", "Tour des CPAS / Ronde van de OCMW's"],
            ["", "Feedback : points forts et points à améliorer / Sterke punten en verbeterpunten"],
            ["", "Points forts / Sterke punten"],
            ["", "Points à améliorer / Verbeterpunten"],
            ["", "Actions / Acties"],
            ["", "Prochaine rencontre / Volgende bijeenkomst"]
        ],
        "actions": [
            ["CPAS", [], "LIEGE", "Envoyer le modèle des trois contrats"],
            ["Several Network Contacts", ["Valérie Collignon", "Youssef El Amrani"], None,
             "Proposer une version simplifiée de l’enquête"],
            ["SPP", [], None, "Vérifier l’éligibilité des frais d’interprétation sociale"],
            ["CPAS", [], None, "Partager le calendrier 2020 des sorties"]
        ],
        "next_meeting": {"date": "2020-03-12", "text": "La prochaine rencontre aura lieu le jeudi 12 mars 2020 à Anvers."},
        "remarks": [
            "[texte à compléter par le CPAS de Bruxelles]",
            "[tekst aan te vullen door OCMW Brussel]"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 213 - network meeting in Gent, actions gathered at the end under "To do" with initials (NL)
# ----------------------------------------------------------------------------------------------

def r213():
    name = "213_verslag_gent_todo.docx"
    doc = new_doc("Verdana", 9.5, 2.0, author="Hanne Verstraete",
                  created=datetime.datetime(2026, 2, 3, 13, 48))
    header_text(doc, "Stad Gent – OCMW Gent | AMIF-netwerk", align="l")

    P(doc, ("Verslag AMIF-netwerk OCMW's — Gent, 29 januari 2026", {"b": True, "size": 12}), after=2)
    P(doc, "Plaats: OCMW Gent, Onderbergen 86, vergaderzaal Leie")
    P(doc, ("Aanwezig: ", {"b": True}),
      "Pieter Claeys (PC) en Hanne Verstraete (HV) – OCMW Gent; Annelies De Smet (AdS) en Karim Bouzid (KB) – POD MI; "
      "Nathalie Grosjean (NG) en Mehdi Benali (MB) – CPAS Luik; Isabelle Dufrasne (ID) – CPAS Charleroi; Fatma Yildiz "
      "(FY) en Bram Peeters (BP) – OCMW Antwerpen; Catherine Vanderhaegen (CV) – OCMW Brussel", after=2)
    P(doc, ("Fluistertolk FR: ", {"b": True}), "Marie-Claire Hubert", after=2)
    P(doc, ("Verontschuldigd: ", {"b": True}), "Koen Mertens (Edegem), Inge Janssens (Mortsel), Christophe Lebrun "
                                              "(Binche)")

    P(doc, ("Agenda: ", {"b": True}), "10u00 Opening en goedkeuring vorig verslag – 10u15 Stand van zaken per "
                                      "OCMW – 11u15 Meertalige tevredenheidsenquête – 12u00 Tussentijdse evaluatie en "
                                      "getuigenissen – 12u30 Varia")

    B = {"b": True}
    P(doc, ("1) Opening", B), before=6)
    P(doc, "PC verwelkomt iedereen in Gent. Verslag van 2 oktober 2025 goedgekeurd zonder opmerkingen.")

    P(doc, ("2) Stand van zaken", B), before=6)
    P(doc, "Gent: 3 groepen, 34 deelnemers; 8 mensen doorgestroomd naar een opleiding.", style="List Bullet", after=0)
    P(doc, "Luik: nieuwe coördinator bij de antennes sociales, de instroom is weer beter. Cijfers 2025 ",
      ("[nog aan te vullen door NG]", {"color": "FF0000"}), style="List Bullet", after=0)
    P(doc, "Charleroi: Activ'Up loopt, groepsgrootte nu 8 + 1. ID meldt dat Binche vanaf maart een eigen groep "
           "start.", style="List Bullet", after=0)
    P(doc, "Antwerpen: FY stelt de nieuwe folder voor (6 talen). Edegem en Mortsel waren er niet.",
      style="List Bullet", after=0)
    P(doc, "Brussel: CV – 2 nieuwe groepen in Laken, nog geen cijfers.", style="List Bullet")

    P(doc, ("3) Tevredenheidsenquête in meer talen", B), before=6)
    P(doc, "De vereenvoudigde enquête (2023) bestaat in NL en FR. Vraag om ze ook in het Arabisch, Dari, Tigrinya, "
           "Pasjtoe en Oekraïens te hebben. AdS: budget is er, vertaling via het raamcontract van de POD. In de "
           "Franse versie zitten nog fouten in de legende van de pictogrammen. Wie test de Arabische versie? Nog "
           "niet beslist.", align="j")

    P(doc, ("4) Tussentijdse evaluatie", B), before=6)
    P(doc, "KB: de Commissie vraagt een tussentijdse evaluatie van het programma. POD MI vraagt per OCMW een korte "
           "getuigenis van een deelnemer – anoniem! Discussie over toestemming: enkel met schriftelijke toestemming, "
           "geen namen, geen foto's (AVG). MB vraagt of een getuigenis in het Frans mag: ja.", align="j")

    P(doc, ("5) Varia", B), before=6)
    P(doc, "ID: wie regelt het lokaal in juni? -> zie to do")
    P(doc, ("Volgende vergadering: do 11/06/2026 in Brussel", {"b": True}))

    P(doc, ("To do", {"b": True, "u": True, "size": 11}), before=10)
    todo = [("PC", "oproep getuigenissen intern doorsturen naar de maatschappelijk werkers"),
            ("NG + MB", "Franse versie van de enquête nalezen (legende pictogrammen)"),
            ("AdS", "vertalingen aanvragen bij het vertaalbureau (AR, DA, TI, PS, UK)"),
            ("BP", "folder bezorgen aan Edegem en Mortsel"),
            ("CV", "zaal reserveren in Brussel voor 11/06"),
            ("alle OCMW's", "één anonieme getuigenis per OCMW bezorgen aan KB tegen eind maart"),
            ("??", "Arabische versie testen met een groep (wie?)")]
    for who, what in todo:
        p = P(doc, (who, {"b": True}), "\t" + what, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
    P(doc, ("verslag: HV – 03/02/2026", {"i": True, "size": 8}), before=12, align="r")

    exp = {
        "file": "213_verslag_gent_todo.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2026-01-29",
        "people": [
            ["Pieter Claeys", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Annelies De Smet", "Present", "SPP"],
            ["Karim Bouzid", "Present", "SPP"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Mehdi Benali", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Bram Peeters", "Present", "ANTWERPEN"],
            ["Catherine Vanderhaegen", "Present", "BRUXELLES"],
            ["Marie-Claire Hubert", "Present", None],
            ["Koen Mertens", "Excused", "EDEGEM"],
            ["Inge Janssens", "Excused", "MORTSEL"],
            ["Christophe Lebrun", "Excused", "BINCHE"]
        ],
        "agenda": [
            ["10:00", None, "Opening en goedkeuring vorig verslag"],
            ["10:15", None, "Stand van zaken per OCMW"],
            ["11:15", None, "Meertalige tevredenheidsenquête"],
            ["12:00", None, "Tussentijdse evaluatie en getuigenissen"],
            ["12:30", None, "Varia"]
        ],
        "headings": [
            ["1", "Opening"],
            ["2", "Stand van zaken"],
            ["3", "Tevredenheidsenquête in meer talen"],
            ["4", "Tussentijdse evaluatie"],
            ["5", "Varia"],
            ["", "To do"]
        ],
        "actions": [
            ["Network Contact", ["Pieter Claeys"], None, "oproep getuigenissen intern doorsturen naar de maatschappelijk werkers"],
            ["Several Network Contacts", ["Nathalie Grosjean", "Mehdi Benali"], None, "Franse versie van de enquête nalezen"],
            ["Network Contact", ["Annelies De Smet"], None, "vertalingen aanvragen bij het vertaalbureau"],
            ["Network Contact", ["Bram Peeters"], None, "folder bezorgen aan Edegem en Mortsel"],
            ["Network Contact", ["Catherine Vanderhaegen"], None, "zaal reserveren in Brussel voor 11/06"],
            ["CPAS", [], None, "één anonieme getuigenis per OCMW bezorgen"],
            ["To Be Assigned", [], None, "Arabische versie testen met een groep"]
        ],
        "next_meeting": {"date": "2026-06-11", "text": "Volgende vergadering: do 11/06/2026 in Brussel"},
        "remarks": [
            "[nog aan te vullen door NG]"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 214 - thematic working group (werkgroep) on the satisfaction survey, external guests, Webex (NL)
# ----------------------------------------------------------------------------------------------

def r214():
    name = "214_werkgroep_enquete_webex.docx"
    doc = new_doc("Arial", 10, 2.2, author="Hanne Verstraete",
                  created=datetime.datetime(2022, 5, 19, 9, 30))
    header_text(doc, "Werkgroep evaluatie & tevredenheidsenquête – AMIF-netwerk OCMW's", align="c")

    P(doc, ("Verslag werkgroep 'tevredenheidsenquête' – 3e bijeenkomst", {"b": True, "size": 13, "color": "2F5496"}),
      after=4)
    P(doc, ("Datum: ", {"b": True}), "dinsdag 17 mei 2022, 14u00–16u00", after=0)
    P(doc, ("Waar: ", {"b": True}), "online (Webex, link via POD MI)", after=0)
    P(doc, ("Trekker: ", {"b": True}), "Hanne Verstraete (OCMW Gent)")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Leden werkgroep", "Organisatie", ""]):
        cell(t.rows[0].cells[i], h, bold=True, shade="E2EFD9")
    for r in [("Hanne Verstraete", "OCMW Gent (trekker)", "aanwezig"),
              ("Fatma Yildiz", "OCMW Antwerpen", "aanwezig"),
              ("Griet Van Looy", "OCMW Schoten", "aanwezig"),
              ("Valérie Collignon", "CPAS Luik", "aanwezig"),
              ("Annelies De Smet", "POD MI", "aanwezig"),
              ("Tarik Ouchène", "CPAS Charleroi", "verontschuldigd"),
              ("Inge Janssens", "OCMW Mortsel", "verontschuldigd")]:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    widths(t, [5.0, 6.5, 4.5])
    P(doc, ("Externe gasten (voor punt C): ", {"b": True}), "Samira Haddou – taalcoach, vzw Woordwerk; Tom "
                                                             "Vandenbroucke – onderzoeker, Universiteit Antwerpen",
      before=6)
    P(doc, "Valérie volgt in het Frans, de rest in het Nederlands, zonder tolk. Iedereen spreekt traag en we vatten "
           "af en toe samen.", align="j")

    P(doc, ("Agenda:", {"b": True}), after=0)
    for a in ["Verslag vorige werkgroep (5 april)",
              "Feedback test vragenlijst v2 (Gent, Antwerpen, Schoten)",
              "Gastbijdrage: beeldtaal en pictogrammen in vragenlijsten",
              "Vertalingen: welke talen eerst?",
              "Planning en afspraken"]:
        P(doc, a, style="List Number", after=0)
    P(doc, "", after=0)

    HS = {"b": True, "color": "2F5496"}
    P(doc, ("A. Verslag vorige werkgroep", HS), before=6)
    P(doc, "Verslag van 5 april goedgekeurd. Valérie vraagt om voortaan ook een korte Franse samenvatting te maken; "
           "Hanne probeert het, maar belooft niets :-)", align="j")

    P(doc, ("B. Feedback test v2", HS), before=6)
    P(doc, "Gent (Hanne): test bij 2 groepen, 14 deelnemers. Vragen 4 en 7 ('Ik voel me zelfstandiger', 'Ik ken mijn "
           "rechten beter') worden niet begrepen. Antwerpen (Fatma): mondeling afgenomen met een bemiddelaar, duurt "
           "20 minuten per persoon – te lang. Schoten (Griet): kleine groep (5), positief over de smileys.", align="j")
    P(doc, "> Vragenlijst v3 aanpassen met de opmerkingen van vandaag (Hanne).", indent=0.5)

    P(doc, ("C. Beeldtaal en pictogrammen (gasten)", HS), before=6)
    P(doc, "Samira Haddou (vzw Woordwerk) toont hoe ze in haar taallessen met pictogrammen werkt: één idee per vraag, "
           "geen ontkenningen, altijd dezelfde 3 smileys. Tom Vandenbroucke (UAntwerpen) geeft een overzicht van "
           "onderzoek naar visuele vragenlijsten bij laaggeletterden: 3 antwoordopties werken beter dan 5, en "
           "voorlezen in groep beïnvloedt de antwoorden.", align="j")
    P(doc, "> Literatuurlijst over visuele vragenlijsten rondsturen (Tom).", indent=0.5, after=0)
    P(doc, "> Samira stuurt haar pictogrammenset, vrij te gebruiken mits bronvermelding.", indent=0.5)
    P(doc, ("[bijlage: voorbeeldvragen Samira – nog toe te voegen]", {"color": "7030A0"}))

    P(doc, ("D. Vertalingen", HS), before=6)
    P(doc, "Talen: Arabisch, Dari, Tigrinya en Oekraïens eerst (Oekraïens is nieuw sinds maart). Valérie: voor Luik "
           "ook een Franse versie 'facile à lire'. Vertaling via POD MI.", align="j")
    P(doc, "> Offerte vragen voor vertaling naar Arabisch, Dari, Tigrinya en Oekraïens (POD MI).", indent=0.5)

    P(doc, ("E. Afspraken", HS), before=6)
    P(doc, "> Test v3 in juni bij een groep in Schoten (OCMW Schoten).", indent=0.5, after=0)
    P(doc, "> Een Franstalige testgroep zoeken vóór juni – nog geen trekker.", indent=0.5)
    P(doc, ("Volgende werkgroep: dinsdag 21 juni 2022, 14u–16u, Webex.", {"b": True}))

    exp = {
        "file": "214_werkgroep_enquete_webex.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2022-05-17",
        "people": [
            ["Hanne Verstraete", "Present", "GENT"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Griet Van Looy", "Present", "SCHOTEN"],
            ["Valérie Collignon", "Present", "LIEGE"],
            ["Annelies De Smet", "Present", "SPP"],
            ["Samira Haddou", "Present", None],
            ["Tom Vandenbroucke", "Present", None],
            ["Tarik Ouchène", "Excused", "CHARLEROI"],
            ["Inge Janssens", "Excused", "MORTSEL"]
        ],
        "agenda": [
            [None, None, "Verslag vorige werkgroep (5 april)"],
            [None, None, "Feedback test vragenlijst v2 (Gent, Antwerpen, Schoten)"],
            [None, None, "Gastbijdrage: beeldtaal en pictogrammen in vragenlijsten"],
            [None, None, "Vertalingen: welke talen eerst?"],
            [None, None, "Planning en afspraken"]
        ],
        "headings": [
            ["A", "Verslag vorige werkgroep"],
            ["B", "Feedback test v2"],
            ["C", "Beeldtaal en pictogrammen (gasten)"],
            ["D", "Vertalingen"],
            ["E", "Afspraken"]
        ],
        "actions": [
            ["Network Contact", ["Hanne Verstraete"], None, "Vragenlijst v3 aanpassen met de opmerkingen van vandaag"],
            ["Network Contact", ["Tom Vandenbroucke"], None, "Literatuurlijst over visuele vragenlijsten rondsturen"],
            ["Network Contact", ["Samira Haddou"], None, "Samira stuurt haar pictogrammenset, vrij te gebruiken"],
            ["SPP", [], None, "Offerte vragen voor vertaling naar Arabisch"],
            ["CPAS", [], "SCHOTEN", "Test v3 in juni bij een groep"],
            ["To Be Assigned", [], None, "Een Franstalige testgroep zoeken vóór juni"]
        ],
        "next_meeting": {"date": "2022-06-21", "text": "Volgende werkgroep: dinsdag 21 juni 2022, 14u–16u, Webex."},
        "remarks": [
            "[bijlage: voorbeeldvragen Samira – nog toe te voegen]"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 215 - 30-minute online check-in on Zoom during the first lockdown (SPP, FR, first names)
# ----------------------------------------------------------------------------------------------

def r215():
    name = "215_checkin_zoom_mai2020.docx"
    doc = new_doc("Calibri", 11, 2.5, author="Karim Bouzid",
                  created=datetime.datetime(2020, 5, 7, 14, 41))

    P(doc, ("Check-in FAMI – Zoom – jeu 7/5/2020 14h-14h30", {"b": True}))
    P(doc, "Présents : Karim (SPP), Nathalie (Liège), Isabelle (Charleroi), Christophe (Binche), Catherine "
           "(Bruxelles). Excusés : Pieter (Gand), Els (Anvers).")
    P(doc, "Point unique : reprise des activités collectives après le confinement")
    for t in ["Liège : reprise prévue le 18/05 en groupes de 3 participants + 1 formateur, masques obligatoires, pas "
              "d’atelier informatique pour le moment.",
              "Charleroi : même règle 3+1 (directive interne), le coaching individuel continue par téléphone. Isabelle "
              "a un protocole sanitaire écrit.",
              "Binche : pas encore de date, attend Charleroi. Christophe a dû partir à 14h20.",
              "Bruxelles : reprise en juin, sans doute ; beaucoup de participants sans connexion internet.",
              "Gand/Anvers : excusés, Pieter a envoyé un mail : Gand repart à 4+1."]:
        P(doc, "- " + t, after=0)
    P(doc, "", after=0)
    P(doc, "→ Karim : vérifier si les séances par téléphone/vidéo comptent comme participation pour le rapportage "
           "FAMI", after=0)
    P(doc, "→ Isabelle et Nathalie : partager leurs protocoles sanitaires avec tout le monde", after=0)
    P(doc, "→ Bruxelles renvoie ses chiffres d’avril (pas reçus)")
    P(doc, ("[à confirmer : la rencontre de mars à Anvers est reportée à l’automne ?]", {"i": True}))
    P(doc, "Prochain check-in : même heure dans 15 jours (21/05).")
    P(doc, "K.")

    exp = {
        "file": "215_checkin_zoom_mai2020.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-07",
        "people": [
            ["Karim", "Present", "SPP"],
            ["Nathalie", "Present", "LIEGE"],
            ["Isabelle", "Present", "CHARLEROI"],
            ["Christophe", "Present", "BINCHE"],
            ["Catherine", "Present", "BRUXELLES"],
            ["Pieter", "Excused", "GENT"],
            ["Els", "Excused", "ANTWERPEN"]
        ],
        "agenda": [
            [None, None, "reprise des activités collectives après le confinement"]
        ],
        "headings": [],
        "actions": [
            ["Network Contact", ["Karim"], None, "vérifier si les séances par téléphone/vidéo comptent"],
            ["Several Network Contacts", ["Isabelle", "Nathalie"], None,
             "partager leurs protocoles sanitaires avec tout le monde"],
            ["CPAS", [], "BRUXELLES", "Bruxelles renvoie ses chiffres d’avril"]
        ],
        "next_meeting": {"date": "2020-05-21", "text": "Prochain check-in : même heure dans 15 jours (21/05)."},
        "remarks": [
            "[à confirmer : la rencontre de mars à Anvers est reportée à l’automne ?]"
        ]
    }
    return save(doc, name, exp)


# ----------------------------------------------------------------------------------------------
# 216 - two authors, two languages, no translation: morning in NL (Els), afternoon in FR (Nathalie)
# ----------------------------------------------------------------------------------------------

def r216():
    name = "216_uitwisseling_antwerpen_2017.docx"
    doc = new_doc("Calibri", 11, 2.3, author="Els Wouters",
                  created=datetime.datetime(2017, 3, 21, 17, 3))
    doc.core_properties.last_modified_by = "ngrosjean"
    header_text(doc, "OCMW Antwerpen – AMIF", align="r")

    P(doc, ("Verslag uitwisseling OCMW's – Rencontre CPAS", {"b": True, "size": 14}), after=0)
    P(doc, "Antwerpen, 16 maart 2017 – OCMW Antwerpen, Lange Gasthuisstraat 39", after=4)
    P(doc, ("Voormiddag: verslag Els (NL) – après-midi : notes de Nathalie (FR). We hebben elk ons deel in onze eigen "
            "taal geschreven, niet vertaald.", {"i": True, "size": 9}))

    P(doc, ("Aanwezig – ", {"b": True}),
      "POD MI: Lotte Verhaegen | OCMW Antwerpen: Els Wouters, Bram Peeters, Fatma Yildiz | OCMW Schoten: Griet Van "
      "Looy | OCMW Edegem: Koen Mertens | OCMW Mortsel: Inge Janssens | OCMW Gent: Pieter Claeys | OCMW Luik: "
      "Nathalie Grosjean, Mehdi Benali | OCMW Charleroi: Isabelle Dufrasne")
    P(doc, ("Verontschuldigd: ", {"b": True}), "Catherine Vanderhaegen (OCMW Brussel), Hanne Verstraete (OCMW Gent)")
    P(doc, "Geen tolk voorzien: iedereen sprak zijn eigen taal, dat ging prima.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Light Shading Accent 1"
    for a, b in [("9u30 – 10u00", "Onthaal"),
                 ("10u00 – 11u00", "Voorstelling AMIF-project OCMW Antwerpen"),
                 ("11u00 – 12u30", "De partner-OCMW's: Schoten, Edegem, Mortsel"),
                 ("12u30 – 13u30", "Lunch"),
                 ("13u30 – 15u00", "Atelier: het intakegesprek (Luik)"),
                 ("15u00 – 16u00", "Uitwisseling: aanwezigheid en stiptheid")]:
        cs = t.add_row().cells
        cell(cs[0], a)
        cell(cs[1], b)
    widths(t, [3.5, 12.0])

    P(doc, "1. Welkom", style="Heading 2")
    P(doc, "Els verwelkomt iedereen in de Lange Gasthuisstraat. Korte rondleiding in het nieuwe onthaal. ",
      ("(foto's van de rondleiding volgen nog)", {"color": "808080"}))

    P(doc, "2. Het AMIF-project van OCMW Antwerpen", style="Heading 2")
    P(doc, "Bram stelt het project voor: intakegesprek in het Nederlands, met een sociaal tolk indien nodig, daarna "
           "individuele trajectbegeleiding en groepsmodules 'wegwijs in Antwerpen'. 48 deelnemers sinds september, "
           "vooral vrouwen. Grootste moeilijkheid: kinderopvang tijdens de modules.")
    P(doc, ("Actie: ", {"b": True}), "Bram stuurt de partnerovereenkomst naar Lotte (POD) voor de subsidiabiliteit van "
                                     "de kosten van de partners.")

    P(doc, "3. De partner-OCMW's", style="Heading 2")
    P(doc, "Schoten (Griet): 6 deelnemers, verwijzing via de sociale dienst. Edegem (Koen): start in april, eerst een "
           "infosessie. Mortsel (Inge): start in september, ", ("[aantal aan te vullen]", {"hl": WD_COLOR_INDEX.YELLOW}),
      " deelnemers voorzien. De kleine OCMW's sturen hun deelnemers naar de groepsmodules in Antwerpen; vervoer "
      "blijft een probleem.")
    P(doc, "Lunch in de kantine, waarvoor dank aan de collega's van de keuken!")

    P(doc, "* * *", align="c")
    A = {"font": "Arial", "size": 10}
    AB = {"font": "Arial", "size": 10, "b": True, "u": True}
    P(doc, ("Nous ont rejoints l’après-midi : Christophe Lebrun (CPAS de Binche).", A))
    P(doc, ("4) Atelier : l’entretien d’admission", AB), before=6)
    P(doc, ("Mehdi présente notre manière de faire l’entretien d’admission à Liège : analyse des besoins avec le "
            "client, bilan d’orientation (parcours, objectifs, motivation, obstacles), proposition de modules. "
            "Exercice en binômes : chacun joue l’AS ou le client. Beaucoup de questions des CPAS flamands sur le "
            "bilan d’orientation.", A), align="j")
    P(doc, ("À faire : le CPAS de Liège enverra la grille d’entretien d’admission à tous.", A))
    P(doc, ("5) Taux de présence et ponctualité", AB), before=6)
    P(doc, ("Liège demande 80 % de présence, Anvers 75 %, Gand n’a pas de règle écrite. Charleroi : après 3 absences "
            "non justifiées, entretien avec le coach. On n’est pas d’accord entre nous sur l’exclusion.", A), align="j")
    P(doc, ("Mehdi et Fatma comparent leurs règles de présence et font une proposition commune.", A), after=0)
    P(doc, ("Le SPP regarde si une règle commune est possible dans le cadre du FAMI.", A))
    P(doc, ("6) Divers et prochaine rencontre", AB), before=6)
    P(doc, ("Isabelle demande si quelqu’un a un bon outil pour les horaires (les changements d’horaire posent problème "
            "chez eux). Pas de réponse pour l’instant.", A), align="j")
    P(doc, ("Prochaine rencontre : le jeudi 22 juin 2017 au CPAS de Bruxelles.", {"font": "Arial", "size": 10, "b": True}))
    P(doc, ("Notes : Nathalie G. / verslag voormiddag: Els W.", {"font": "Arial", "size": 8, "i": True}), align="r")

    exp = {
        "file": "216_uitwisseling_antwerpen_2017.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-16",
        "people": [
            ["Lotte Verhaegen", "Present", "SPP"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Bram Peeters", "Present", "ANTWERPEN"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Griet Van Looy", "Present", "SCHOTEN"],
            ["Koen Mertens", "Present", "EDEGEM"],
            ["Inge Janssens", "Present", "MORTSEL"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Mehdi Benali", "Present", "LIEGE"],
            ["Isabelle Dufrasne", "Present", "CHARLEROI"],
            ["Christophe Lebrun", "Present", "BINCHE"],
            ["Catherine Vanderhaegen", "Excused", "BRUXELLES"],
            ["Hanne Verstraete", "Excused", "GENT"]
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal"],
            ["10:00", "11:00", "Voorstelling AMIF-project OCMW Antwerpen"],
            ["11:00", "12:30", "De partner-OCMW's: Schoten, Edegem, Mortsel"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "15:00", "Atelier: het intakegesprek (Luik)"],
            ["15:00", "16:00", "Uitwisseling: aanwezigheid en stiptheid"]
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Het AMIF-project van OCMW Antwerpen"],
            ["3", "De partner-OCMW's"],
            ["4", "Atelier : l’entretien d’admission"],
            ["5", "Taux de présence et ponctualité"],
            ["6", "Divers et prochaine rencontre"]
        ],
        "actions": [
            ["Network Contact", ["Bram Peeters"], None, "Bram stuurt de partnerovereenkomst naar Lotte"],
            ["CPAS", [], "LIEGE", "le CPAS de Liège enverra la grille"],
            ["Several Network Contacts", ["Mehdi Benali", "Fatma Yildiz"], None,
             "Mehdi et Fatma comparent leurs règles de présence"],
            ["SPP", [], None, "Le SPP regarde si une règle commune"]
        ],
        "next_meeting": {"date": "2017-06-22", "text": "Prochaine rencontre : le jeudi 22 juin 2017 au CPAS de Bruxelles."},
        "remarks": [
            "(foto's van de rondleiding volgen nog)",
            "[aantal aan te vullen]"
        ]
    }
    return save(doc, name, exp)


if __name__ == "__main__":
    for f in (r207, r208, r209, r210, r211, r212, r213, r214, r215, r216):
        e = f()
        print("wrote", e["file"])
