# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network (numbers 247-256), each built with python-docx the way
its secretary would have typed it in Word, and for each the hand-typed list of what it says."""
import datetime
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAGLINE_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAGLINE_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ----------------------------------------------------------------------------------------------
# small Word helpers
# ----------------------------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, author=None, when=None, title=None, lang=None, margins=2.5):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    if lang:
        lg = OxmlElement("w:lang")
        lg.set(qn("w:val"), lang)
        rpr.append(lg)
    cp = doc.core_properties
    if author:
        cp.author = author
        cp.last_modified_by = author
    if when:
        cp.created = when
        cp.modified = when
    if title:
        cp.title = title
    return doc


def P(doc, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
      underline=False, space_after=None, space_before=None, indent=None, font=None, keep=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        fmt(r, bold, italic, size, color, underline, font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def fmt(r, bold=False, italic=False, size=None, color=None, underline=False, font=None):
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def R(p, text, **kw):
    r = p.add_run(text)
    fmt(r, **kw)
    return r


def PR(doc, parts, style=None, align=None, space_after=None, indent=None):
    """paragraph made of several runs: parts = [(text, {fmt}), ...] or plain strings"""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            R(p, part[0], **part[1])
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def H(doc, text, level=1, color=None, size=None):
    h = doc.add_heading(level=level)
    r = h.add_run(text)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return h


def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def header_text(doc, lines, align="r", size=8, italic=True, color="595959"):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        R(p, line, italic=italic, size=size, color=color)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else (
            WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT)


def footer_page(doc, before="", between=None, size=8, align="c"):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    if before:
        R(p, before, size=size)
    add_field(p, "PAGE")
    if between:
        R(p, between, size=size)
        add_field(p, "NUMPAGES")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.RIGHT
    for r in p.runs:
        r.font.size = Pt(size)
    return p


def footer_text(doc, text, size=8):
    ftr = doc.sections[0].footer
    p = ftr.add_paragraph()
    R(p, text, size=size, color="7F7F7F")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """put text in a cell; several lines -> several paragraphs"""
    lines = text.split("\n") if isinstance(text, str) else text
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line:
            R(p, line, bold=bold, italic=italic, size=size, color=color)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header_fill=None, header_bold=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(i == 0 and header_bold), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def tabstops(p, *positions_cm):
    for pos in positions_cm:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    return p


def save(doc, expected):
    fn = expected["file"]
    doc.save(os.path.join(HERE, fn))
    with open(os.path.join(HERE, fn[:-5] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


def D(y, m, d, h=17):
    return datetime.datetime(y, m, d, h, 0, 0)


# ----------------------------------------------------------------------------------------------
# 247 - POD MI, Flemish staff, kick-off of the network, October 2016 (Dutch version)
# ----------------------------------------------------------------------------------------------
def r247():
    fn = "247_verslag_startvergadering_amif_okt2016.docx"
    doc = new_doc("Arial", 10, author="Wouter Vanhaecke", when=D(2016, 10, 20),
                  title="Verslag startvergadering AMIF-netwerk", lang="nl-BE")
    header_text(doc, [TAGLINE_NL, TAGLINE_FR])
    footer_text(doc, "POD Maatschappelijke Integratie – Koning Albert II-laan 30 – 1000 Brussel")
    footer_page(doc, "p. ")

    P(doc, "POD | Maatschappelijke Integratie", bold=True, size=9, color="1F4E79", space_after=0)
    P(doc, "SPP | Intégration Sociale", bold=True, size=9, color="1F4E79", space_after=12)
    P(doc, "Verslag startvergadering AMIF-netwerk OCMW's", bold=True, size=16, color="1F4E79", space_after=4)
    P(doc, "Datum: donderdag 13 oktober 2016, 10u00 – 15u30", space_after=0)
    P(doc, "Plaats: POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel (zaal 7.12)",
      space_after=0)
    P(doc, "Verslag: Wouter Vanhaecke", space_after=10)

    P(doc, "Aanwezig:", bold=True, space_after=2)
    for line in ["Wouter Vanhaecke (POD MI)",
                 "Sarah Lemaire (POD MI)",
                 "Tom Verstraete (OCMW Gent)",
                 "Mieke Van Damme (OCMW Gent)",
                 "Katrien Janssens (OCMW Antwerpen)",
                 "Pierre Lambotte (OCMW Luik)",
                 "Nathalie Dupont (OCMW Charleroi)",
                 "Laura Vandenberghe (OCMW Brussel)",
                 "Anne-Marie Goffin en Pieter Hendrickx (tolken FR-NL)"]:
        P(doc, line, style="List Bullet", space_after=0)
    PR(doc, [("Verontschuldigd: ", {"bold": True}),
             "Fatima Ouali (OCMW Luik), Stijn Wouters (OCMW Antwerpen)"], space_after=10)

    P(doc, "Agenda", bold=True, space_after=2)
    for i, (t, title) in enumerate([("10u00 – 10u30", "Verwelkoming en kennismaking"),
                                    ("10u30 – 12u00", "Voorstelling van de vijf AMIF-projecten"),
                                    ("12u00 – 13u00", "Lunch"),
                                    ("13u00 – 14u30", "Afspraken rond rapportering en indicatoren"),
                                    ("14u30 – 15u30", "Werking van het netwerk en planning 2017")], 1):
        p = P(doc, "%d.\t%s\t%s" % (i, t, title), space_after=0, indent=0.5)
        tabstops(p, 1.2, 4.2)
    P(doc, "", space_after=4)

    H(doc, "1. Verwelkoming en kennismaking", 1, color="1F4E79", size=13)
    P(doc, "Wouter Vanhaecke verwelkomt de deelnemers namens de POD. Het AMIF (Asiel-, Migratie- en "
           "Integratiefonds) financiert sinds 2016 vijf projecten van sociale activering voor nieuwkomers "
           "bij de OCMW's van Gent, Antwerpen, Luik, Charleroi en Brussel. De POD volgt de projecten op en "
           "wil met dit netwerk de uitwisseling tussen de OCMW's stimuleren. De vergadering verloopt in "
           "beide talen, met simultaanvertaling.", align="j")
    P(doc, "Na een korte kennismakingsronde stelt elke projectcoördinator zijn team en zijn doelgroep voor.",
      align="j")

    H(doc, "2. Voorstelling van de projecten", 1, color="1F4E79", size=13)
    H(doc, "2.1 OCMW Gent", 2, color="2E74B5", size=11)
    P(doc, "Het Gentse project start met een intakegesprek door Mieke Van Damme en een oriëntatiebalans. "
           "Deelnemers volgen daarna collectieve sessies rond taalactivering en wegwijs in Gent. "
           "Doel: 60 deelnemers per jaar. De maatschappelijk werkers van de sociale diensten leiden toe.",
      align="j")
    H(doc, "2.2 OCMW Antwerpen", 2, color="2E74B5", size=11)
    P(doc, "Antwerpen werkt samen met de partner-OCMW's van Schoten, Edegem en Mortsel. Elke gemeente "
           "heeft een eigen trajectbegeleider; de groepsmodules worden centraal in Antwerpen georganiseerd. "
           "De samenwerkingsovereenkomst met de partners wordt eind oktober ondertekend.", align="j")
    H(doc, "2.3 OCMW Luik", 2, color="2E74B5", size=11)
    P(doc, "Het project Mod' Actions combineert individuele begeleiding met vier collectieve ateliers "
           "(sociale activering, creatief atelier, informatica, projectontwikkeling). Per deelnemer worden "
           "drie contracten afgesloten, met afspraken over aanwezigheidsgraad en stiptheid.", align="j")
    H(doc, "2.4 OCMW Charleroi", 2, color="2E74B5", size=11)
    P(doc, "Activ'Up werkt met modules van september tot juni. Voor de rekrutering werd samen met het "
           "lokale observatorium een lijst van potentiële deelnemers opgemaakt; de maatschappelijk werkers "
           "selecteren daaruit wie uitgenodigd wordt voor een infosessie.", align="j")
    H(doc, "2.5 OCMW Brussel", 2, color="2E74B5", size=11)
    P(doc, "Het Brusselse team is tweetalig en werkt met intercultureel bemiddelaars die ook als sociaal "
           "tolk optreden. De eerste groep start in januari 2017.", align="j")

    H(doc, "3. Rapportering en indicatoren", 1, color="1F4E79", size=13)
    P(doc, "De POD licht toe welke cijfers jaarlijks aan het fonds gerapporteerd moeten worden: aantal "
           "deelnemers, aantal gevolgde modules, aanwezigheidsgraad en het aantal afgeronde trajecten. "
           "Elk OCMW blijft eigenaar van de persoonsgegevens van zijn deelnemers; de POD ontvangt enkel "
           "geanonimiseerde cijfers en ziet geen deelnemers bij naam.", align="j")
    P(doc, "De POD stelt voor om voor alle projecten eenzelfde sjabloon van projectfiche te gebruiken "
           "(doelgroep, modules, subdoelstellingen, kosten, succesfactoren). De OCMW's gaan akkoord.", align="j")

    H(doc, "4. Werking van het netwerk", 1, color="1F4E79", size=13)
    P(doc, "Het netwerk komt twee à drie keer per jaar samen, telkens bij een ander OCMW. Het gastOCMW "
           "stelt zijn project ter plaatse voor. Het verslag wordt door de POD opgesteld, door de OCMW's "
           "nagelezen en daarna in het Nederlands en het Frans verspreid.", align="j")
    P(doc, "Beslissing: de volgende bijeenkomst vindt plaats in Luik.", italic=True)

    H(doc, "5. Varia", 1, color="1F4E79", size=13)
    P(doc, "Geen punten.")

    H(doc, "Actiepunten", 1, color="1F4E79", size=13)
    t = table(doc, [["Wat", "Wie", "Timing"],
                    ["Sjabloon projectfiche in het Frans en het Nederlands rondsturen", "POD MI",
                     "21 oktober 2016"],
                    ["Projectfiches op het vaste sjabloon bezorgen aan de POD", "alle OCMW's",
                     "15 november 2016"],
                    ["Contactlijst van het netwerk aanvullen en delen", "Sarah Lemaire", "z.s.m."],
                    ["Praktische organisatie van de volgende bijeenkomst (zaal, lunch, bezoek)",
                     "OCMW Luik", "januari 2017"]],
              widths=[10, 3.5, 3], header_fill="DEEAF6", size=9)
    P(doc, "")
    P(doc, "Volgende bijeenkomst: donderdag 9 februari 2017 in Luik, op uitnodiging van het OCMW Luik.",
      bold=True)

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-13",
        "people": [
            ["Wouter Vanhaecke", "Present", "SPP"],
            ["Sarah Lemaire", "Present", "SPP"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Mieke Van Damme", "Present", "GENT"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Nathalie Dupont", "Present", "CHARLEROI"],
            ["Laura Vandenberghe", "Present", "BRUXELLES"],
            ["Anne-Marie Goffin", "Present", None],
            ["Pieter Hendrickx", "Present", None],
            ["Fatima Ouali", "Excused", "LIEGE"],
            ["Stijn Wouters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["10:00", "10:30", "Verwelkoming en kennismaking"],
            ["10:30", "12:00", "Voorstelling van de vijf AMIF-projecten"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Afspraken rond rapportering en indicatoren"],
            ["14:30", "15:30", "Werking van het netwerk en planning 2017"],
        ],
        "headings": [
            ["1", "Verwelkoming en kennismaking"],
            ["2", "Voorstelling van de projecten"],
            ["2.1", "OCMW Gent"],
            ["2.2", "OCMW Antwerpen"],
            ["2.3", "OCMW Luik"],
            ["2.4", "OCMW Charleroi"],
            ["2.5", "OCMW Brussel"],
            ["3", "Rapportering en indicatoren"],
            ["4", "Werking van het netwerk"],
            ["5", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Sjabloon projectfiche in het Frans en het Nederlands"],
            ["CPAS", [], None, "Projectfiches op het vaste sjabloon bezorgen"],
            ["Network Contact", ["Sarah Lemaire"], None, "Contactlijst van het netwerk aanvullen en delen"],
            ["CPAS", [], "LIEGE", "Praktische organisatie van de volgende bijeenkomst"],
        ],
        "next_meeting": {"date": "2017-02-09",
                         "text": "Volgende bijeenkomst: donderdag 9 februari 2017 in Luik, op uitnodiging van het OCMW Luik."},
        "remarks": [],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 248 - OCMW Antwerpen, partner meeting with Schoten, Edegem, Mortsel, March 2017
# ----------------------------------------------------------------------------------------------
def r248():
    fn = "248_verslag_partneroverleg_antwerpen_maart2017.docx"
    doc = new_doc("Calibri", 11, author="Nadia Bouzid", when=D(2017, 3, 23),
                  title="Partneroverleg AMIF 21-03-2017", lang="nl-BE")
    footer_page(doc, "Partneroverleg AMIF – 21/03/2017 – blz. ", align="r")

    P(doc, "Partneroverleg AMIF – OCMW Antwerpen, Schoten, Edegem en Mortsel", bold=True, size=14,
      space_after=2)
    P(doc, "Verslag van dinsdag 21 maart 2017, 13u30 – 16u00", italic=True, space_after=0)
    P(doc, "Locatie: OCMW Antwerpen, Campus Ledeganck, vergaderzaal 2", space_after=0)
    P(doc, "Verslaggever: Nadia Bouzid", space_after=8)

    table(doc, [["Naam", "Organisatie", "Aanwezig / verontschuldigd"],
                ["Katrien Janssens", "OCMW Antwerpen", "x"],
                ["Nadia Bouzid", "OCMW Antwerpen", "x"],
                ["Stijn Wouters", "OCMW Antwerpen", "verontschuldigd"],
                ["Eline Claes", "OCMW Schoten", "x"],
                ["Bart Goossens", "OCMW Edegem", "x"],
                ["Hilde Verbruggen", "OCMW Mortsel", "verontschuldigd"],
                ["Jonas Aerts", "OCMW Mortsel", "x (vervangt Hilde)"],
                ["Wouter Vanhaecke", "POD MI", "verontschuldigd"]],
          widths=[5, 5, 5], header_fill="D9D9D9", size=10)
    P(doc, "")

    P(doc, "Agenda:", bold=True, space_after=2)
    for line in ["a)\tGoedkeuring verslag vorig overleg (24 januari)",
                 "b)\tStand van zaken instroom per gemeente",
                 "c)\tTevredenheidsenquête: eerste resultaten",
                 "d)\tGezamenlijke infosessie “Wonen in België”",
                 "e)\tVaria"]:
        p = P(doc, line, space_after=0, indent=0.6)
        tabstops(p, 1.2)
    P(doc, "")

    P(doc, "Verslag vorig overleg", bold=True, underline=True, space_after=2)
    P(doc, "Het verslag van 24 januari wordt goedgekeurd zonder opmerkingen.")

    P(doc, "Instroom per gemeente", bold=True, underline=True, space_after=2)
    P(doc, "Katrien geeft een overzicht van het aantal deelnemers op 15 maart:", space_after=2)
    for line in ["Antwerpen: 42 deelnemers in traject, 11 nieuwe aanmeldingen via de sociale centra.",
                 "Schoten: 6 deelnemers, waarvan 2 vrouwen met kinderopvangproblemen.",
                 "Edegem: 4 deelnemers; de toeleiding door de maatschappelijk werkers blijft moeizaam.",
                 "Mortsel: [cijfers Mortsel nog aan te vullen]"]:
        P(doc, "-  " + line, space_after=0, indent=0.5)
    P(doc, "Jonas heeft de cijfers niet bij, Hilde is met verlof.", space_after=2, space_before=4)
    PR(doc, [("Actie: ", {"bold": True, "color": "C00000"}),
             ("Mortsel bezorgt de cijfers van het eerste kwartaal aan Nadia tegen 31/03.",
              {"italic": True})])
    P(doc, "Edegem vraagt om de toeleiders opnieuw te informeren. Bart stelt voor om het project op de "
           "teamvergadering van de sociale dienst voor te stellen. Katrien vindt dat een goed idee.")

    P(doc, "Tevredenheidsenquête", bold=True, underline=True, space_after=2)
    P(doc, "De eerste 23 ingevulde enquêtes zijn binnen. Deelnemers zijn tevreden over de begeleiding, maar "
           "veel vragen worden niet begrepen: woorden als “zelfredzaamheid” of “sociaal netwerk” zijn te "
           "abstract voor de doelgroep. Bart stelt voor om met pictogrammen te werken.")
    PR(doc, [("Actie: ", {"bold": True, "color": "C00000"}),
             ("Eline en Bart werken een versie met pictogrammen uit voor het volgende overleg.",
              {"italic": True})])

    P(doc, "Infosessie “Wonen in België”", bold=True, underline=True, space_after=2)
    P(doc, "Beslissing: er komt één gezamenlijke infosessie voor de deelnemers van de vier gemeenten, in "
           "Edegem, in de week van 15 mei. Thema’s: huurcontract, waarborg, energie, afval.")
    PR(doc, [("Actie Edegem: ", {"bold": True, "color": "C00000"}),
             ("zaal reserveren en uitnodiging opmaken (NL + eenvoudige versie).", {"italic": True})])
    PR(doc, [("Actie: ", {"bold": True, "color": "C00000"}),
             ("tolken Arabisch en Dari vastleggen voor de infosessie – wie: nog te bepalen.",
              {"italic": True})])

    P(doc, "Varia", bold=True, underline=True, space_after=2)
    P(doc, "Katrien heeft de aangepaste projectfiche al aan de POD bezorgd. De POD heeft nog niet "
           "bevestigd of de verplaatsingskosten van de partners (bus naar Antwerpen) ingebracht mogen worden.")
    PR(doc, [("Actie: ", {"bold": True, "color": "C00000"}),
             ("Katrien vraagt bij de POD na of de buskosten subsidieerbaar zijn.", {"italic": True})])
    P(doc, "")
    P(doc, "Volgend overleg: dinsdag 20 juni 2017 om 14u in Schoten (datum nog te bevestigen).", bold=True)

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-21",
        "people": [
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Eline Claes", "Present", "SCHOTEN"],
            ["Bart Goossens", "Present", "EDEGEM"],
            ["Jonas Aerts", "Present", "MORTSEL"],
            ["Stijn Wouters", "Excused", "ANTWERPEN"],
            ["Hilde Verbruggen", "Excused", "MORTSEL"],
            ["Wouter Vanhaecke", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "Goedkeuring verslag vorig overleg (24 januari)"],
            [None, None, "Stand van zaken instroom per gemeente"],
            [None, None, "Tevredenheidsenquête: eerste resultaten"],
            [None, None, "Gezamenlijke infosessie “Wonen in België”"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["", "Verslag vorig overleg"],
            ["", "Instroom per gemeente"],
            ["", "Tevredenheidsenquête"],
            ["", "Infosessie “Wonen in België”"],
            ["", "Varia"],
        ],
        "actions": [
            ["CPAS", [], "MORTSEL", "Mortsel bezorgt de cijfers van het eerste kwartaal"],
            ["Several Network Contacts", ["Eline Claes", "Bart Goossens"], None,
             "Eline en Bart werken een versie met pictogrammen"],
            ["CPAS", [], "EDEGEM", "zaal reserveren en uitnodiging opmaken"],
            ["To Be Assigned", [], None, "tolken Arabisch en Dari vastleggen voor de infosessie"],
            ["Network Contact", ["Katrien Janssens"], None, "Katrien vraagt bij de POD na"],
        ],
        "next_meeting": {"date": "2017-06-20",
                         "text": "Volgend overleg: dinsdag 20 juni 2017 om 14u in Schoten (datum nog te bevestigen)."},
        "remarks": ["[cijfers Mortsel nog aan te vullen]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 249 - CPAS de Binche (writes a report once a year), June 2018
# ----------------------------------------------------------------------------------------------
def r249():
    fn = "249_pv_reunion_reseau_fami_binche_juin2018.docx"
    doc = new_doc("Times New Roman", 12, author="Isabelle Wattiez", when=D(2018, 6, 12),
                  title="PV réunion FAMI", lang="fr-BE", margins=2.2)
    footer_text(doc, "PV réunion FAMI du 07/06/2018 – CPAS de Binche")

    P(doc, "CPAS DE BINCHE", bold=True, size=11, space_after=0)
    P(doc, "Service d'Insertion sociale", size=11, space_after=14)
    P(doc, "PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI", bold=True, underline=True, align="c",
      size=14, space_after=4)
    P(doc, "Jeudi 7 juin 2018 – CPAS de Binche, salle du Conseil", align="c", space_after=14)

    P(doc, "Étaient présents :", bold=True, underline=True, space_after=2)
    for line in ["M. Xavier Delporte, coordinateur, CPAS de Binche",
                 "Mme Isabelle Wattiez, assistante sociale, CPAS de Binche (rédaction du PV)",
                 "Mme Nathalie Dupont, CPAS de Charleroi",
                 "M. Karim Benali, CPAS de Charleroi",
                 "M. Pierre Lambotte, CPAS de Liège",
                 "Mme Gaëlle Thiry, CPAS de Liège",
                 "M. Tom Verstraete, CPAS de Gand",
                 "Mme Katrien Janssens, CPAS d'Anvers",
                 "Mme Laura Vandenberghe, CPAS de Bruxelles",
                 "Mme Sarah Lemaire, SPP Intégration sociale"]:
        P(doc, "- " + line, space_after=0, indent=0.7)
    P(doc, "")
    PR(doc, [("Étaient excusés :", {"bold": True, "underline": True}),
             " M. Wouter Vanhaecke (SPP IS) et Mme Mieke Van Damme (CPAS de Gand)."], space_after=10)
    P(doc, "La réunion s'est déroulée en français et en néerlandais, sans interprète : chacun s'est exprimé "
           "dans sa langue.", italic=True, size=11)

    P(doc, "ORDRE DU JOUR", bold=True, underline=True, space_after=2, space_before=8)
    for line in ["9h30 : Accueil – café",
                 "10h00 – 10h45 : Présentation du CPAS de Binche et du partenariat avec Charleroi",
                 "10h45 – 12h00 : Tour de table des projets",
                 "12h00 : Repas",
                 "13h00 – 14h30 : Atelier : l'enquête de satisfaction",
                 "14h30 – 15h00 : Divers et clôture"]:
        P(doc, line, space_after=0, indent=0.7)
    P(doc, "")

    P(doc, "I. Accueil", bold=True, space_after=2)
    P(doc, "M. Delporte souhaite la bienvenue aux participants au nom du Président du CPAS de Binche. C'est "
           "la première fois que le réseau se réunit à Binche. Il remercie le SPP pour le soutien au "
           "partenariat.", align="j")

    P(doc, "II. Présentation du CPAS de Binche", bold=True, space_after=2)
    P(doc, "Le CPAS de Binche participe au projet Activ'Up comme partenaire du CPAS de Charleroi depuis "
           "septembre 2017. Les participants binchois suivent les séances d'information à Charleroi et un "
           "atelier hebdomadaire à Binche (atelier cuisine et atelier « se déplacer en Hainaut »). "
           "Le coaching individuel est assuré par Mme Wattiez, une fois toutes les deux semaines.", align="j")
    P(doc, "Chiffres de fréquentation de Binche : [à compléter]", align="j")
    P(doc, "Les difficultés rencontrées : la mobilité (peu de bus vers Charleroi), la garde des enfants "
           "et le manque de cours de FLE à proximité.", align="j")

    P(doc, "III. Tour de table", bold=True, space_after=2)
    for line in ["Gand : 58 participants en 2017, bonne collaboration avec les assistants sociaux. Nouveau "
                 "module « wegwijs in Gent » (connaître la ville).",
                 "Anvers : les partenaires Schoten, Edegem et Mortsel ont organisé une séance commune sur le "
                 "logement, très appréciée.",
                 "Liège : Mod' Actions continue avec quatre ateliers ; l'atelier créatif prépare une exposition.",
                 "Charleroi : le module 3 se termine fin juin ; Charleroi a déjà transmis ses chiffres de "
                 "recrutement au SPP.",
                 "Bruxelles : l'équipe bilingue cherche un nouveau local pour les ateliers collectifs."]:
        P(doc, "• " + line, space_after=2, indent=0.7, align="j")

    P(doc, "IV. Enquête de satisfaction", bold=True, space_after=2)
    P(doc, "Tous les CPAS constatent que le questionnaire actuel est trop difficile pour une partie du public "
           "(mots abstraits, phrases longues). Gaëlle propose d'ajouter des pictogrammes. Katrien signale "
           "qu'Anvers a déjà testé une version avec des smileys. Le groupe souhaite aussi le questionnaire "
           "dans d'autres langues.", align="j")
    for line in ["→ Le SPP envoie une proposition de questionnaire simplifié à tous les CPAS pour le 30 juin.",
                 "→ Traduire le questionnaire en arabe, en turc et en russe (Liège)",
                 "→ Chaque CPAS teste le questionnaire avec un groupe de participants avant septembre."]:
        P(doc, line, bold=True, space_after=2, indent=0.7)

    P(doc, "V. Divers", bold=True, space_after=2, space_before=6)
    P(doc, "Karim demande s'il existe à Binche des associations partenaires pour les sorties "
           "socio-culturelles.", align="j")
    P(doc, "→ M. Delporte transmettra à Karim la liste des associations partenaires de Binche.", bold=True,
      indent=0.7)
    P(doc, "")
    P(doc, "Prochaine réunion : jeudi 18 octobre 2018 à Bruxelles (lieu exact à confirmer).", bold=True,
      underline=True)
    P(doc, "")
    P(doc, "Pour le CPAS de Binche,", space_after=0)
    P(doc, "Isabelle Wattiez", italic=True)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-06-07",
        "people": [
            ["Xavier Delporte", "Present", "BINCHE"],
            ["Isabelle Wattiez", "Present", "BINCHE"],
            ["Nathalie Dupont", "Present", "CHARLEROI"],
            ["Karim Benali", "Present", "CHARLEROI"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Gaëlle Thiry", "Present", "LIEGE"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Laura Vandenberghe", "Present", "BRUXELLES"],
            ["Sarah Lemaire", "Present", "SPP"],
            ["Wouter Vanhaecke", "Excused", "SPP"],
            ["Mieke Van Damme", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", None, "Accueil – café"],
            ["10:00", "10:45", "Présentation du CPAS de Binche et du partenariat avec Charleroi"],
            ["10:45", "12:00", "Tour de table des projets"],
            ["12:00", None, "Repas"],
            ["13:00", "14:30", "Atelier : l'enquête de satisfaction"],
            ["14:30", "15:00", "Divers et clôture"],
        ],
        "headings": [
            ["I", "Accueil"],
            ["II", "Présentation du CPAS de Binche"],
            ["III", "Tour de table"],
            ["IV", "Enquête de satisfaction"],
            ["V", "Divers"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie une proposition de questionnaire simplifié"],
            ["CPAS", [], "LIEGE", "Traduire le questionnaire en arabe, en turc"],
            ["CPAS", [], None, "Chaque CPAS teste le questionnaire avec un groupe"],
            ["Network Contact", ["Xavier Delporte"], None, "M. Delporte transmettra à Karim la liste"],
        ],
        "next_meeting": {"date": "2018-10-18",
                         "text": "Prochaine réunion : jeudi 18 octobre 2018 à Bruxelles (lieu exact à confirmer)."},
        "remarks": ["[à compléter]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 250 - CPAS de Bruxelles / OCMW Brussel, bilingual team, November 2019
# ----------------------------------------------------------------------------------------------
def r250():
    fn = "250_rapport_verslag_rencontre_bruxelles_nov2019.docx"
    doc = new_doc("Calibri", 10.5, author="Laura Vandenberghe", when=D(2019, 12, 3),
                  title="Rapport rencontre CPAS - Verslag bijeenkomst OCMW's 28/11/2019", lang="fr-BE")
    header_text(doc, ["CPAS de Bruxelles – OCMW Brussel", "Projet FAMI / AMIF-project"], align="l")
    footer_page(doc, "", " / ")

    GREY = "595959"

    def bi(fr, nl, just=True):
        P(doc, fr, align="j" if just else None, space_after=2)
        P(doc, nl, italic=True, color=GREY, align="j" if just else None, space_after=8)

    P(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, align="c",
      color="7030A0", space_after=2)
    P(doc, "28 novembre 2019 – 28 november 2019", bold=True, align="c", space_after=2)
    P(doc, "Espace Marolles / Marollenruimte, rue Blaes 120 Blaesstraat, 1000 Bruxelles – Brussel", align="c",
      space_after=10)

    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_text(t.cell(0, 0), "Présents / Aanwezig", bold=True)
    cell_text(t.cell(0, 1), "Excusés / Verontschuldigd", bold=True)
    shade(t.cell(0, 0), "E4DFEC")
    shade(t.cell(0, 1), "E4DFEC")
    cell_text(t.cell(1, 0), "\n".join([
        "Laura Vandenberghe – CPAS de Bruxelles",
        "Mehdi Amrani – CPAS de Bruxelles",
        "Caroline Dubois-Smets – CPAS de Bruxelles",
        "Sarah Lemaire – SPP IS / POD MI",
        "Wouter Vanhaecke – SPP IS / POD MI",
        "Tom Verstraete – OCMW Gent",
        "Youssef El Khattabi – OCMW Gent",
        "Katrien Janssens – OCMW Antwerpen",
        "Eline Claes – OCMW Schoten",
        "Pierre Lambotte – CPAS de Liège",
        "Fatima Ouali – CPAS de Liège",
        "Karim Benali – CPAS de Charleroi",
        "Interprètes / Tolken : Anne-Marie Goffin, Pieter Hendrickx"]), size=10)
    cell_text(t.cell(1, 1), "\n".join([
        "Nathalie Dupont – CPAS de Charleroi",
        "Bart Goossens – OCMW Edegem",
        "Xavier Delporte – CPAS de Binche"]), size=10)
    for r in t.rows:
        r.cells[0].width = Cm(9)
        r.cells[1].width = Cm(7)
    P(doc, "")

    P(doc, "Programme / Programma", bold=True, color="7030A0", space_after=2)
    table(doc, [["Heure / Uur", "Point / Punt"],
                ["9:30 – 10:00", "Accueil / Onthaal"],
                ["10:00 – 11:00", "Présentation du projet bruxellois / Voorstelling van het Brusselse project"],
                ["11:00 – 12:15", "Tour de table / Rondetafel"],
                ["12:15 – 13:15", "Lunch"],
                ["13:15 – 14:45", "Atelier « collecte des indicateurs » / Workshop ‘verzamelen van indicatoren’"],
                ["14:45 – 15:00", "Conclusions et prochaine rencontre / Besluiten en volgende bijeenkomst"]],
          widths=[3.2, 12.8], header_fill="E4DFEC", size=10)
    P(doc, "")

    H(doc, "1. Accueil / Onthaal", 1, color="7030A0", size=13)
    bi("Laura Vandenberghe accueille les participants au nom du CPAS de Bruxelles. Les interprètes assurent "
       "la traduction simultanée FR-NL pendant toute la journée.",
       "Laura Vandenberghe verwelkomt de deelnemers namens het OCMW Brussel. De tolken zorgen de hele dag voor "
       "simultaanvertaling FR-NL.")

    H(doc, "2. Présentation du projet bruxellois / Voorstelling van het Brusselse project", 1,
      color="7030A0", size=13)
    bi("Le projet « Bruxelles, ma ville » accueille environ 80 primo-arrivants par an. Après l'entretien "
       "d'admission, chaque participant reçoit un bilan d'orientation et suit des séances d'information "
       "(institutions, droits sociaux, logement, mobilité) ainsi qu'un atelier hebdomadaire d'activation "
       "linguistique. Les médiateurs interculturels interviennent comme interprètes sociaux lors des "
       "entretiens individuels.",
       "Het project ‘Brussel, mijn stad’ begeleidt ongeveer 80 nieuwkomers per jaar. Na het intakegesprek "
       "krijgt elke deelnemer een oriëntatiebalans en volgt hij infosessies (instellingen, sociale rechten, "
       "wonen, mobiliteit) en een wekelijks atelier taalactivering. De intercultureel bemiddelaars treden op "
       "als sociaal tolk tijdens de individuele gesprekken.")
    bi("Mehdi Amrani présente le guide d'accueil bilingue réalisé avec les participants.",
       "Mehdi Amrani stelt de tweetalige onthaalgids voor die samen met de deelnemers werd gemaakt.")

    H(doc, "3. Tour de table / Rondetafel", 1, color="7030A0", size=13)
    for fr in ["Gand : le nombre de participants a augmenté (71 en 2019) ; l'équipe travaille sur un nouveau "
               "module numérique.",
               "Anvers et Schoten : forte demande pour les séances sur le logement ; Schoten lance un groupe de "
               "femmes.",
               "Liège : l'atelier créatif a exposé ses œuvres à la ferme du CPAS en octobre.",
               "Charleroi : difficultés de recrutement pour le module 5 ; nouvelle séance d'information en "
               "janvier."]:
        P(doc, fr, style="List Bullet", space_after=0)
    P(doc, "[Vertaling NL nog aan te vullen – traduction NL à compléter]", italic=True, color="C00000",
      space_before=4)

    H(doc, "4. Indicateurs / Indicatoren", 1, color="7030A0", size=13)
    bi("Le SPP rappelle que les indicateurs sont rapportés chaque année au fonds. Les CPAS ne comptent pas "
       "tous de la même façon : un participant qui suit deux modules est compté deux fois à Gand et une fois à "
       "Liège. Il est décidé de compter chaque personne une seule fois par an et de noter à part le nombre de "
       "modules suivis.",
       "De POD herinnert eraan dat de indicatoren jaarlijks aan het fonds gerapporteerd worden. De OCMW's tellen "
       "niet allemaal op dezelfde manier: een deelnemer die twee modules volgt, telt in Gent twee keer en in Luik "
       "één keer. Er wordt beslist om elke persoon één keer per jaar te tellen en het aantal gevolgde modules "
       "apart te noteren.")

    H(doc, "5. Points d'action / Actiepunten", 1, color="7030A0", size=13)
    for fr, nl in [("Le SPP envoie le canevas des indicateurs pour le 15 décembre.",
                    "De POD stuurt het sjabloon voor de indicatoren tegen 15 december."),
                   ("Chaque CPAS complète le tableau pour le 31 janvier 2020.",
                    "Elk OCMW vult de tabel in tegen 31 januari 2020."),
                   ("Mehdi et Caroline partagent le guide d'accueil bruxellois (FR/NL).",
                    "Mehdi en Caroline delen de Brusselse onthaalgids (FR/NL)."),
                   ("Organisation de la rencontre de mars : CPAS de Gand.",
                    "Organisatie van de bijeenkomst in maart: OCMW Gent.")]:
        p = doc.add_paragraph(style="List Number")
        R(p, fr)
        R(p, " / " + nl, italic=True, color=GREY)
        p.paragraph_format.space_after = Pt(2)
    P(doc, "")
    P(doc, "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 – donderdag 12 maart 2020, "
           "Gand / Gent.", bold=True, color="7030A0")

    exp = {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2019-11-28",
        "people": [
            ["Laura Vandenberghe", "Present", "BRUXELLES"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Caroline Dubois-Smets", "Present", "BRUXELLES"],
            ["Sarah Lemaire", "Present", "SPP"],
            ["Wouter Vanhaecke", "Present", "SPP"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Youssef El Khattabi", "Present", "GENT"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Eline Claes", "Present", "SCHOTEN"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Fatima Ouali", "Present", "LIEGE"],
            ["Karim Benali", "Present", "CHARLEROI"],
            ["Anne-Marie Goffin", "Present", None],
            ["Pieter Hendrickx", "Present", None],
            ["Nathalie Dupont", "Excused", "CHARLEROI"],
            ["Bart Goossens", "Excused", "EDEGEM"],
            ["Xavier Delporte", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil / Onthaal"],
            ["10:00", "11:00", "Présentation du projet bruxellois / Voorstelling van het Brusselse project"],
            ["11:00", "12:15", "Tour de table / Rondetafel"],
            ["12:15", "13:15", "Lunch"],
            ["13:15", "14:45", "Atelier « collecte des indicateurs » / Workshop ‘verzamelen van indicatoren’"],
            ["14:45", "15:00", "Conclusions et prochaine rencontre / Besluiten en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Accueil / Onthaal"],
            ["2", "Présentation du projet bruxellois / Voorstelling van het Brusselse project"],
            ["3", "Tour de table / Rondetafel"],
            ["4", "Indicateurs / Indicatoren"],
            ["5", "Points d'action / Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie le canevas des indicateurs"],
            ["CPAS", [], None, "Chaque CPAS complète le tableau pour le"],
            ["Several Network Contacts", ["Mehdi Amrani", "Caroline Dubois-Smets"], None,
             "Mehdi et Caroline partagent le guide d'accueil"],
            ["CPAS", [], "GENT", "Organisation de la rencontre de mars"],
        ],
        "next_meeting": {"date": "2020-03-12",
                         "text": "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 – donderdag 12 maart 2020, Gand / Gent."},
        "remarks": ["[Vertaling NL nog aan te vullen – traduction NL à compléter]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 251 - OCMW Gent, online (Zoom with interpretation channel), May 2020
# ----------------------------------------------------------------------------------------------
def r251():
    fn = "251_verslag_online_netwerkoverleg_mei2020.docx"
    doc = new_doc("Calibri", 11, author="Lien De Smet", when=D(2020, 5, 15, 11),
                  title="verslag netwerk 14-05", lang="nl-BE")
    header_text(doc, ["OCMW Gent – Dienst Sociale Activering – AMIF"], align="l", italic=False, color="00A0A0")

    P(doc, "ONTWERP – versie 15/05", bold=True, color="C00000", size=9)
    P(doc, "Verslag online netwerkoverleg AMIF", bold=True, size=14, space_after=0)
    P(doc, "Donderdag 14 mei 2020, 10u – 12u, via Zoom (met tolkkanaal FR/NL)", space_after=8)

    P(doc, "Aanwezig (via Zoom):", bold=True, space_after=2)
    for org, names in [("OCMW Gent", "Tom Verstraete (TV), Lien De Smet (LDS), Youssef El Khattabi (YEK)"),
                       ("OCMW Antwerpen", "Katrien Janssens (KJ)"),
                       ("OCMW Luik", "Pierre Lambotte (PL)"),
                       ("OCMW Charleroi", "Nathalie Dupont (ND), Karim Benali (KB)"),
                       ("OCMW Brussel", "Mehdi Amrani (MA)"),
                       ("POD MI", "Wouter Vanhaecke (WV)"),
                       ("Tolken", "Anne-Marie Goffin, Pieter Hendrickx")]:
        p = PR(doc, [(org + ":", {"underline": True}), "\t" + names], space_after=0)
        tabstops(p, 3.5)
    P(doc, "Verontschuldigd: Laura Vandenberghe (OCMW Brussel), Sarah Lemaire (POD MI)", space_before=4)

    P(doc, "Agenda", bold=True, space_after=2)
    for item in ["Hoe lopen de trajecten tijdens de lockdown?",
                 "Groepsactiviteiten heropstarten: welke regels?",
                 "Rapportering en indicatoren 2020",
                 "Varia"]:
        P(doc, item, style="List Number", space_after=0)
    P(doc, "")
    P(doc, "De bijeenkomst van 12 maart in Gent werd geannuleerd omwille van corona. Dit is het eerste "
           "netwerkoverleg online. De verbinding met het tolkkanaal liep de eerste tien minuten moeizaam.",
      italic=True)

    H(doc, "1) Trajecten tijdens de lockdown", 2)
    P(doc, "Alle OCMW's hebben de groepsactiviteiten half maart stopgezet. De begeleiding loopt verder per "
           "telefoon, WhatsApp of videobellen. Niet alle deelnemers hebben een smartphone of voldoende data; "
           "Gent heeft 15 tablets uitgeleend.")
    P(doc, "Charleroi belt elke deelnemer minstens één keer per week. Luik stuurt wekelijks een opdracht "
           "per post (schrijfoefening, recept, foto-opdracht). Antwerpen merkt dat vooral vrouwen met kinderen "
           "moeilijk bereikbaar zijn.")

    H(doc, "2) Heropstart groepsactiviteiten", 2)
    P(doc, "De regels verschillen per OCMW:")
    for line in ["Gent: groepjes van 4 deelnemers + 1 begeleider, mondmasker verplicht;",
                 "Charleroi en Luik: 3 deelnemers + 1 begeleider;",
                 "Antwerpen en Brussel: nog geen heropstart vóór juni."]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "Er wordt geen gemeenschappelijke regel afgesproken: elk OCMW volgt de richtlijnen van zijn "
           "eigen bestuur.", space_before=4)

    H(doc, "3) Rapportering", 2)
    P(doc, "De POD begrijpt dat de doelcijfers voor 2020 niet gehaald zullen worden. De POD heeft hierover al contact "
           "gehad met de Europese Commissie. Afspraak: online begeleiding wordt voorlopig geregistreerd "
           "als individuele sessie.")

    H(doc, "4) Varia", 2)
    P(doc, "Youssef stelt voor om ervaringen met online lessen te bundelen in een korte gids voor het "
           "netwerk. Iedereen vindt dat nuttig, maar niemand kan het nu opnemen.")

    H(doc, "Actiepunten", 2)
    for line in ["TV: de Gentse richtlijnen voor groepsactiviteiten delen met het netwerk",
                 "KB + ND: korte nota over de opvolging per telefoon (FR, vertaling door POD)",
                 "POD: nagaan of de indicatoren 2020 aangepast kunnen worden (corona)",
                 "Alle OCMW's: aantal actieve deelnemers op 1 juni doorgeven aan WV",
                 "?: ervaringen met online lessen bundelen"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "")
    P(doc, "Opmerkingen van Luik en Charleroi nog toe te voegen.", italic=True, color="C00000")
    P(doc, "Volgende online meeting: do 17/09 om 10u (Zoom-link volgt)", bold=True)

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2020-05-14",
        "people": [
            ["Tom Verstraete", "Present", "GENT"],
            ["Lien De Smet", "Present", "GENT"],
            ["Youssef El Khattabi", "Present", "GENT"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Nathalie Dupont", "Present", "CHARLEROI"],
            ["Karim Benali", "Present", "CHARLEROI"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Wouter Vanhaecke", "Present", "SPP"],
            ["Anne-Marie Goffin", "Present", None],
            ["Pieter Hendrickx", "Present", None],
            ["Laura Vandenberghe", "Excused", "BRUXELLES"],
            ["Sarah Lemaire", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "Hoe lopen de trajecten tijdens de lockdown?"],
            [None, None, "Groepsactiviteiten heropstarten: welke regels?"],
            [None, None, "Rapportering en indicatoren 2020"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["1", "Trajecten tijdens de lockdown"],
            ["2", "Heropstart groepsactiviteiten"],
            ["3", "Rapportering"],
            ["4", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Tom Verstraete"], None, "de Gentse richtlijnen voor groepsactiviteiten delen"],
            ["Several Network Contacts", ["Karim Benali", "Nathalie Dupont"], None,
             "korte nota over de opvolging per telefoon"],
            ["SPP", [], None, "nagaan of de indicatoren 2020 aangepast"],
            ["CPAS", [], None, "aantal actieve deelnemers op 1 juni doorgeven"],
            ["To Be Assigned", [], None, "ervaringen met online lessen bundelen"],
        ],
        "next_meeting": {"date": "2020-09-17",
                         "text": "Volgende online meeting: do 17/09 om 10u (Zoom-link volgt)"},
        "remarks": ["Opmerkingen van Luik en Charleroi nog toe te voegen."],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 252 - CPAS de Liège (writes once a year), hybrid meeting, October 2021
# ----------------------------------------------------------------------------------------------
def r252():
    fn = "252_pv_echange_fami_liege_oct2021.docx"
    doc = new_doc("Arial", 10, author="Gaëlle Thiry", when=D(2021, 10, 25),
                  title="PV échange FAMI 19/10/2021", lang="fr-BE", margins=2.0)
    header_text(doc, ["CPAS de Liège – Mod' Actions", TAGLINE_FR], align="r")
    footer_page(doc, "Page ", " sur ", align="r")

    P(doc, "Procès-verbal – Réunion d'échange FAMI", bold=True, size=16, color="C55A11", space_after=0)
    P(doc, "Mardi 19/10/2021 – 9h30 à 12h30", bold=True, space_after=0)
    P(doc, "Réunion hybride : salle polyvalente de la ferme du CPAS (Liège) + Teams", space_after=0)
    P(doc, "Rédaction : Gaëlle Thiry", italic=True, space_after=10)

    P(doc, "Participant·e·s", bold=True, color="C55A11", space_after=2)
    table(doc, [["Nom", "Institution", "Présence"],
                ["Gaëlle Thiry", "CPAS de Liège", "en salle"],
                ["Pierre Lambotte", "CPAS de Liège", "en salle"],
                ["Marc Renard", "CPAS de Liège", "en salle"],
                ["Fatima Ouali", "CPAS de Liège", "excusée"],
                ["Nathalie Dupont", "CPAS de Charleroi", "en salle"],
                ["Xavier Delporte", "CPAS de Binche", "Teams"],
                ["Tom Verstraete", "OCMW Gent", "Teams"],
                ["Katrien Janssens", "OCMW Antwerpen", "Teams"],
                ["Mehdi Amrani", "CPAS de Bruxelles", "en salle"],
                ["Annelies Peeters", "SPP IS / POD MI", "Teams"],
                ["Julien Mertens", "SPP IS", "excusé"],
                ["Elif Yildiz", "ASBL Pas à Pas (invitée)", "en salle"]],
          widths=[5, 7, 3], style="Light List Accent 2", size=9)
    P(doc, "Pas d'interprétation pour cette réunion : les collègues néerlandophones ont suivi en français "
           "et ont posé leurs questions en néerlandais ou en anglais.", italic=True, size=9, space_before=4)

    P(doc, "Ordre du jour", bold=True, color="C55A11", space_after=2)
    for t, title in [("09.30 – 10.00", "Accueil et café (en salle) / connexion Teams"),
                     ("10.00 – 11.00", "Retour sur le module « Atelier créatif » (Marc Renard)"),
                     ("11.00 – 12.00", "Les contrats de participation : trois contrats, quels effets ?"),
                     ("12.00 – 12.30", "Indicateurs FAMI 2021 et fin de programmation")]:
        p = P(doc, t + "\t" + title, space_after=0)
        tabstops(p, 3.0)
    P(doc, "")

    H(doc, "A. Accueil", 1, color="C55A11", size=12)
    P(doc, "Pierre Lambotte ouvre la réunion, la première en présentiel depuis février 2020. Les collègues à "
           "distance sont connectés via Teams ; le son de la salle passe par le micro de la table. Elif Yildiz, "
           "de l'ASBL Pas à Pas, est invitée pour présenter la collaboration autour des sorties "
           "socio-culturelles.", align="j")

    H(doc, "B. Atelier créatif : retour d'expérience", 1, color="C55A11", size=12)
    P(doc, "Marc Renard présente le bilan de l'atelier créatif 2020-2021. Pendant le confinement, l'atelier a "
           "continué par « colis créatifs » déposés au domicile des participants. Depuis septembre, le groupe "
           "est revenu à 8 personnes (la règle des 3 participants + 1 formateur n'est plus d'application). Le "
           "film réalisé avec le groupe est projeté.", align="j")
    P(doc, "Points forts : confiance en soi, lien entre participants, valorisation des talents. Points à "
           "améliorer : communication des horaires quand un atelier est annulé.", align="j")

    H(doc, "C. Les contrats de participation", 1, color="C55A11", size=12)
    P(doc, "À Liège, chaque participant signe trois contrats : avec son assistant social, avec la personne "
           "chargée de l'entretien d'admission et avec le responsable de chaque module. Les règles sur le taux "
           "de présence et la ponctualité y sont fixées. Tom explique que Gand travaille avec un seul contrat ; "
           "Nathalie trouve que trois contrats, c'est lourd pour un public peu alphabétisé. Pas de décision : "
           "chaque CPAS garde son système.", align="j")

    H(doc, "D. Indicateurs et fin de la programmation FAMI", 1, color="C55A11", size=12)
    P(doc, "Annelies Peeters rappelle que le programme 2014-2020 se termine et que la nouvelle programmation "
           "2021-2027 introduit des indicateurs communs. Le fichier partagé pour les "
           "chiffres 2021 est en ligne depuis le 1er octobre.", align="j")
    P(doc, "Taux de présence moyen 2021 à Liège : [XXX – chiffre à compléter par Fatima]", align="j")

    H(doc, "E. Points d'action", 1, color="C55A11", size=12)
    table(doc, [["Action", "Qui", "Pour quand"],
                ["Envoyer le modèle des trois contrats aux autres CPAS", "Pierre Lambotte", "fin octobre"],
                ["Partager le film de l'atelier créatif (lien de téléchargement)", "Marc", "novembre"],
                ["Communiquer le calendrier de clôture du programme 2014-2020", "SPP IS", "à définir"],
                ["Compléter les indicateurs 2021 dans le fichier partagé", "tous", "15/12"],
                ["Organiser une visite de la ferme pour les participants de Charleroi", "à définir",
                 "printemps 2022"]],
          widths=[10, 3.5, 3], header_fill="FBE4D5", size=9)
    P(doc, "")
    P(doc, "Merci à toutes et à tous pour votre participation !", italic=True)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2021-10-19",
        "people": [
            ["Gaëlle Thiry", "Present", "LIEGE"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Marc Renard", "Present", "LIEGE"],
            ["Nathalie Dupont", "Present", "CHARLEROI"],
            ["Xavier Delporte", "Present", "BINCHE"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Annelies Peeters", "Present", "SPP"],
            ["Elif Yildiz", "Present", None],
            ["Fatima Ouali", "Excused", "LIEGE"],
            ["Julien Mertens", "Excused", "SPP"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café (en salle) / connexion Teams"],
            ["10:00", "11:00", "Retour sur le module « Atelier créatif » (Marc Renard)"],
            ["11:00", "12:00", "Les contrats de participation : trois contrats, quels effets ?"],
            ["12:00", "12:30", "Indicateurs FAMI 2021 et fin de programmation"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "Atelier créatif : retour d'expérience"],
            ["C", "Les contrats de participation"],
            ["D", "Indicateurs et fin de la programmation FAMI"],
            ["E", "Points d'action"],
        ],
        "actions": [
            ["Network Contact", ["Pierre Lambotte"], None, "Envoyer le modèle des trois contrats"],
            ["Network Contact", ["Marc Renard"], None, "Partager le film de l'atelier créatif"],
            ["SPP", [], None, "Communiquer le calendrier de clôture du programme"],
            ["CPAS", [], None, "Compléter les indicateurs 2021 dans le fichier"],
            ["To Be Assigned", [], None, "Organiser une visite de la ferme pour"],
        ],
        "next_meeting": None,
        "remarks": ["[XXX – chiffre à compléter par Fatima]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 253 - OCMW Antwerpen hosts the network day, June 2022 (Dutch, with a French summary)
# ----------------------------------------------------------------------------------------------
def r253():
    fn = "253_verslag_netwerkdag_antwerpen_juni2022.docx"
    doc = new_doc("Calibri", 11, author="Katrien Janssens", when=D(2022, 6, 30),
                  title="Verslag netwerkdag AMIF 23 juni 2022", lang="nl-BE")
    header_text(doc, ["OCMW Antwerpen | AMIF-netwerkdag 23.06.2022"], align="r")
    footer_page(doc, "", " / ", align="c")

    P(doc, "Verslag netwerkdag AMIF", style="Title")
    P(doc, "Donderdag 23 juni 2022 – OCMW Antwerpen, leercentrum Kiel", bold=True, space_after=0)
    P(doc, "Met dank aan de tolken voor de simultaanvertaling FR-NL.", italic=True, space_after=8)

    P(doc, "Aanwezig", bold=True, size=12, color="2F5496", space_after=2)
    for line in ["Katrien Janssens – OCMW Antwerpen (voorzitter)",
                 "Stijn Wouters – OCMW Antwerpen",
                 "Nadia Bouzid – OCMW Antwerpen (verslag)",
                 "Eline Claes – OCMW Schoten",
                 "Bart Goossens – OCMW Edegem",
                 "Jonas Aerts – OCMW Mortsel",
                 "Tom Verstraete – OCMW Gent",
                 "Lien De Smet – OCMW Gent",
                 "Gaëlle Thiry – OCMW Luik",
                 "Sophie Leclercq – OCMW Charleroi",
                 "Xavier Delporte – OCMW Binche",
                 "Mehdi Amrani – OCMW Brussel",
                 "Annelies Peeters – POD MI",
                 "Pieter Hendrickx – tolk",
                 "Anne-Marie Goffin – tolk"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "Verontschuldigd", bold=True, size=12, color="2F5496", space_after=2, space_before=6)
    for line in ["Karim Benali – OCMW Charleroi", "Julien Mertens – POD MI"]:
        P(doc, line, style="List Bullet", space_after=0)

    P(doc, "Programma", bold=True, size=12, color="2F5496", space_after=2, space_before=6)
    for t, title in [("9.30 u. – 10.00 u.", "Onthaal met koffie"),
                     ("10.00 u. – 11.00 u.", "Bezoek aan het leercentrum Kiel"),
                     ("11.00 u. – 12.30 u.", "Nieuwe AMIF-programmatie 2021-2027: wat verandert er?"),
                     ("12.30 u. – 13.30 u.", "Lunch"),
                     ("13.30 u. – 15.00 u.", "Werkgroepen: tevredenheidsenquête in meer talen")]:
        p = P(doc, t + "\t" + title, space_after=0)
        tabstops(p, 3.8)

    H(doc, "1. Onthaal en bezoek", 1)
    P(doc, "Katrien verwelkomt iedereen op de eerste fysieke netwerkdag sinds 2019. Tijdens het bezoek aan "
           "het leercentrum tonen twee deelnemers hoe zij de computerklas gebruiken om hun CV op te maken en "
           "oefenvragen voor het rijbewijs te maken. De partner-OCMW's Schoten, Edegem en Mortsel lichten "
           "toe hoe hun deelnemers naar Antwerpen komen (gratis De Lijn-abonnement).", align="j")

    H(doc, "2. Nieuwe AMIF-programmatie 2021-2027", 1)
    P(doc, "Annelies Peeters (POD MI) stelt de nieuwe programmatie voor. De projecten lopen verder onder "
           "Verordening (EU) 2021/1147, met een aantal wijzigingen in de rapportering.", align="j")
    H(doc, "2.1 Gemeenschappelijke indicatoren", 2)
    P(doc, "Er komen gemeenschappelijke output- en resultaatindicatoren: aantal deelnemers aan "
           "ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke "
           "professionele begeleiding), aantal deelnemers aan een taalcursus die minstens één ERK-niveau "
           "stijgen, en het aandeel deelnemers dat aangeeft dat de activiteit hun integratie geholpen heeft.",
      align="j")
    PR(doc, [("Actie: ", {"bold": True}),
             "de POD bezorgt de definities van de gemeenschappelijke indicatoren in beide talen."])
    H(doc, "2.2 Bewaartermijn en privacy", 2)
    P(doc, "Documenten van een project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van de "
           "laatste betaling. Persoonsgegevens mogen niet langer bewaard worden dan nodig. Gent en Luik "
           "bewaren momenteel papieren dossiers zonder vaste vernietigingsdatum.", align="j")
    PR(doc, [("Actie: ", {"bold": True}),
             "elk OCMW controleert zijn eigen bewaartermijnen en archief."])

    H(doc, "3. Werkgroepen tevredenheidsenquête", 1)
    P(doc, "In drie werkgroepen (NL, FR, gemengd) werd de tevredenheidsenquête overlopen. Conclusies:",
      align="j")
    for line in ["te veel abstracte woorden (“zelfredzaamheid”, “empowerment”);",
                 "antwoordschalen met vijf niveaus zijn te moeilijk, drie smileys werken beter;",
                 "de enquête is nodig in meer talen: Arabisch, Dari, Tigrinya, Pashto, Oekraïens."]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "Er wordt beslist om de enquête te vereenvoudigen vóór de start van de modules in september.",
      space_before=4)
    PR(doc, [("Actie: ", {"bold": True}),
             "Gaëlle en Lien stellen een lijst op van moeilijke woorden in de enquête."])
    PR(doc, [("Actie: ", {"bold": True}),
             "OCMW Schoten test de versie met pictogrammen bij zijn groep in september."])
    PR(doc, [("Actie: ", {"bold": True}),
             "vertaling naar het Tigrinya en het Pashto – wie: nog te bepalen."])

    H(doc, "4. Actiepunten", 1)
    table(doc, [["Wat", "Wie", "Wanneer"],
                ["Definities gemeenschappelijke indicatoren (NL/FR)", "POD MI", "eind juli"],
                ["Bewaartermijnen en archief nakijken", "alle OCMW's", "december"],
                ["Lijst moeilijke woorden enquête", "Gaëlle, Lien", "15 augustus"],
                ["Test versie met pictogrammen", "OCMW Schoten", "september"],
                ["Vertaling Tigrinya en Pashto", "nog te bepalen", "?"]],
          widths=[9, 4, 3], header_fill="D9E2F3", size=10)

    H(doc, "5. Résumé en français", 1)
    P(doc, "Journée réseau du 23 juin 2022 à Anvers. Visite du centre d'apprentissage du Kiel ; présentation "
           "de la nouvelle programmation FAMI 2021-2027 (indicateurs communs, durée de conservation des "
           "documents) ; ateliers sur l'enquête de satisfaction, à simplifier et à traduire en plus de langues.",
      italic=True, align="j")
    P(doc, "Points d'action : le SPP envoie les définitions des indicateurs communs en FR et NL ; chaque CPAS "
           "vérifie ses délais de conservation ; Gaëlle et Lien listent les mots difficiles ; Schoten teste la "
           "version avec pictogrammes ; traduction en tigrinya et pachto : à attribuer.", italic=True,
      align="j")
    P(doc, "")
    P(doc, "Volgende bijeenkomst: najaar 2022 in Charleroi – datum volgt via de POD.", bold=True,
      space_after=0)
    P(doc, "Prochaine rencontre : automne 2022 à Charleroi.", italic=True)

    exp = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2022-06-23",
        "people": [
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Stijn Wouters", "Present", "ANTWERPEN"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Eline Claes", "Present", "SCHOTEN"],
            ["Bart Goossens", "Present", "EDEGEM"],
            ["Jonas Aerts", "Present", "MORTSEL"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Lien De Smet", "Present", "GENT"],
            ["Gaëlle Thiry", "Present", "LIEGE"],
            ["Sophie Leclercq", "Present", "CHARLEROI"],
            ["Xavier Delporte", "Present", "BINCHE"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Annelies Peeters", "Present", "SPP"],
            ["Pieter Hendrickx", "Present", None],
            ["Anne-Marie Goffin", "Present", None],
            ["Karim Benali", "Excused", "CHARLEROI"],
            ["Julien Mertens", "Excused", "SPP"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal met koffie"],
            ["10:00", "11:00", "Bezoek aan het leercentrum Kiel"],
            ["11:00", "12:30", "Nieuwe AMIF-programmatie 2021-2027: wat verandert er?"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "15:00", "Werkgroepen: tevredenheidsenquête in meer talen"],
        ],
        "headings": [
            ["1", "Onthaal en bezoek"],
            ["2", "Nieuwe AMIF-programmatie 2021-2027"],
            ["2.1", "Gemeenschappelijke indicatoren"],
            ["2.2", "Bewaartermijn en privacy"],
            ["3", "Werkgroepen tevredenheidsenquête"],
            ["4", "Actiepunten"],
            ["5", "Résumé en français"],
        ],
        "actions": [
            ["SPP", [], None, "de POD bezorgt de definities van de gemeenschappelijke"],
            ["CPAS", [], None, "elk OCMW controleert zijn eigen bewaartermijnen"],
            ["Several Network Contacts", ["Gaëlle Thiry", "Lien De Smet"], None,
             "Gaëlle en Lien stellen een lijst op"],
            ["CPAS", [], "SCHOTEN", "OCMW Schoten test de versie met pictogrammen"],
            ["To Be Assigned", [], None, "vertaling naar het Tigrinya en het Pashto"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst: najaar 2022 in Charleroi – datum volgt via de POD."},
        "remarks": [],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 254 - POD MI (Flemish staff), online Webex with interpretation, April 2023 (Dutch version)
# ----------------------------------------------------------------------------------------------
def r254():
    fn = "254_verslag_bijeenkomst_ocmws_april2023.docx"
    doc = new_doc("Calibri", 11, author="Annelies Peeters", when=D(2023, 4, 11),
                  title="Verslag bijeenkomst OCMW's 3 april 2023", lang="nl-BE")
    header_text(doc, [TAGLINE_NL, TAGLINE_FR], align="c")
    footer_page(doc, "", None, align="r")

    P(doc, "POD | Maatschappelijke Integratie", bold=True, color="1F3864", space_after=0)
    P(doc, "SPP | Intégration Sociale", bold=True, color="1F3864", space_after=14)
    P(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, align="c",
      space_after=2)
    P(doc, "AMIF 3 april 2023 – 3 avril 2023", bold=True, align="c", space_after=2)
    P(doc, "Online (Webex), met simultaanvertaling FR-NL", align="c", space_after=12)

    PR(doc, [("Aanwezig: ", {"bold": True}),
             "Annelies Peeters (POD MI), Julien Mertens (POD MI), Tom Verstraete (OCMW Gent), Youssef El "
             "Khattabi (OCMW Gent), Stijn Wouters (OCMW Antwerpen), Jonas Aerts (OCMW Mortsel), Pierre Lambotte "
             "(OCMW Luik), Fatima Ouali (OCMW Luik), Sophie Leclercq (OCMW Charleroi), Karim Benali (OCMW "
             "Charleroi), Laura Vandenberghe (OCMW Brussel), Pieter Hendrickx en Clara Moens (tolken)"],
       align="j", space_after=4)
    PR(doc, [("Verontschuldigd: ", {"bold": True}),
             "Katrien Janssens (OCMW Antwerpen), Xavier Delporte (OCMW Binche), Eline Claes (OCMW Schoten)"],
       space_after=10)

    P(doc, "Agenda", bold=True, space_after=2)
    for t, title in [("9.30 – 10.00 u.", "Welkom en technische check"),
                     ("10.00 – 11.00 u.", "Getuigenis: het intakegesprek in Gent"),
                     ("11.00 – 11.45 u.", "Feedback van de OCMW's: sterke punten en werkpunten"),
                     ("11.45 – 12.15 u.", "Brainstorm: een duidelijkere tevredenheidsenquête"),
                     ("12.15 – 12.30 u.", "Afspraken en volgende bijeenkomst")]:
        p = P(doc, t + "\t" + title, space_after=0, indent=0.5)
        tabstops(p, 4.0)
    P(doc, "")

    H(doc, "1. Welkom", 1, size=13)
    P(doc, "Annelies Peeters verwelkomt de deelnemers. Zij vervangt Wouter Vanhaecke, die de POD verlaten heeft, "
           "als aanspreekpunt voor het netwerk. Iedereen kiest in Webex het juiste tolkkanaal (NL of FR).",
      align="j")

    H(doc, "2. Het intakegesprek in Gent", 1, size=13)
    P(doc, "Youssef El Khattabi licht toe hoe het intakegesprek in Gent verloopt. Het gesprek duurt ongeveer "
           "een uur en wordt, indien nodig, gevoerd met een intercultureel bemiddelaar als sociaal tolk. De "
           "behoeften van de cliënt staan centraal: traject, doelen, motivatie en drempels. Op basis van de "
           "oriëntatiebalans wordt een voorstel van modules gedaan, dat de verantwoordelijke goedkeurt of "
           "terugstuurt.", align="j")
    P(doc, "Vragen uit Luik en Charleroi gingen vooral over de tijd die het gesprek kost en over de manier "
           "waarop de maatschappelijk werker van de sociale dienst betrokken blijft.", align="j")

    H(doc, "3. Feedback van de OCMW's", 1, size=13)
    H(doc, "Sterke punten", 2, size=11)
    for line in ["intensief werken met de doelgroep, bijna elke dag van de week;",
                 "de band tussen begeleiders en deelnemers en tussen deelnemers onderling;",
                 "groepsgevoel op het einde van een module."]:
        P(doc, line, style="List Bullet", space_after=0)
    H(doc, "Werkpunten", 2, size=11)
    for line in ["communicatie naar deelnemers bij wijzigingen van uurrooster of afgelaste lessen;",
                 "evenwichtige uurroosters tussen oude en nieuwe deelnemers;",
                 "activiteiten vroeger plannen: de administratieve procedures duren steeds langer."]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "[Opmerkingen OCMW Brussel nog toe te voegen]", italic=True, color="808080", space_before=4)
    P(doc, "De OCMW's zijn het erover eens dat verplichte activiteiten over gevoelige thema's (seksualiteit, "
           "partnergeweld) vermeden worden.", align="j")

    H(doc, "4. Resultaten van de brainstorm", 1, size=13)
    P(doc, "De huidige tevredenheidsenquête blijft voor veel deelnemers onduidelijk. Ideeën uit de brainstorm:",
      space_after=2)
    for line in ["korte vragen met één idee per vraag;", "smileys of pictogrammen in plaats van cijferschalen;",
                 "de enquête mondeling afnemen met een bemiddelaar voor wie niet kan lezen;",
                 "versies in het Arabisch, Dari, Tigrinya en Oekraïens."]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "Charleroi vraagt of de resultaten van de enquête ook per module teruggekoppeld kunnen worden; "
           "de POD antwoordt dat dit technisch mogelijk is.", space_before=4)

    H(doc, "5. Afspraken", 1, size=13)
    for line in ["De POD stuurt de aangepaste tevredenheidsenquête tegen 15 mei naar alle OCMW's.",
                 "Elk OCMW bezorgt voor 30 april drie voorbeelden van vragen die deelnemers niet begrijpen.",
                 "Youssef deelt zijn gespreksleidraad voor het intakegesprek (in het Nederlands en het Frans).",
                 "Charleroi bezorgt de cijfers van de rekruteringsfunnel 2022 (lijst – geselecteerd – "
                 "aanwezig op infosessie).",
                 "Gastheer voor de bijeenkomst van oktober zoeken: nog te bepalen."]:
        P(doc, line, style="List Bullet", space_after=2)
    P(doc, "")
    P(doc, "Volgende bijeenkomst: donderdag 12 oktober 2023, bij voorkeur fysiek (plaats nog te bepalen).",
      bold=True)

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2023-04-03",
        "people": [
            ["Annelies Peeters", "Present", "SPP"],
            ["Julien Mertens", "Present", "SPP"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Youssef El Khattabi", "Present", "GENT"],
            ["Stijn Wouters", "Present", "ANTWERPEN"],
            ["Jonas Aerts", "Present", "MORTSEL"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Fatima Ouali", "Present", "LIEGE"],
            ["Sophie Leclercq", "Present", "CHARLEROI"],
            ["Karim Benali", "Present", "CHARLEROI"],
            ["Laura Vandenberghe", "Present", "BRUXELLES"],
            ["Pieter Hendrickx", "Present", None],
            ["Clara Moens", "Present", None],
            ["Katrien Janssens", "Excused", "ANTWERPEN"],
            ["Xavier Delporte", "Excused", "BINCHE"],
            ["Eline Claes", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Welkom en technische check"],
            ["10:00", "11:00", "Getuigenis: het intakegesprek in Gent"],
            ["11:00", "11:45", "Feedback van de OCMW's: sterke punten en werkpunten"],
            ["11:45", "12:15", "Brainstorm: een duidelijkere tevredenheidsenquête"],
            ["12:15", "12:30", "Afspraken en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Het intakegesprek in Gent"],
            ["3", "Feedback van de OCMW's"],
            ["", "Sterke punten"],
            ["", "Werkpunten"],
            ["4", "Resultaten van de brainstorm"],
            ["5", "Afspraken"],
        ],
        "actions": [
            ["SPP", [], None, "De POD stuurt de aangepaste tevredenheidsenquête"],
            ["CPAS", [], None, "Elk OCMW bezorgt voor 30 april drie voorbeelden"],
            ["Network Contact", ["Youssef El Khattabi"], None,
             "Youssef deelt zijn gespreksleidraad voor het intakegesprek"],
            ["CPAS", [], "CHARLEROI", "Charleroi bezorgt de cijfers van de rekruteringsfunnel"],
            ["To Be Assigned", [], None, "Gastheer voor de bijeenkomst van oktober zoeken"],
        ],
        "next_meeting": {"date": "2023-10-12",
                         "text": "Volgende bijeenkomst: donderdag 12 oktober 2023, bij voorkeur fysiek (plaats nog te bepalen)."},
        "remarks": ["[Opmerkingen OCMW Brussel nog toe te voegen]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 255 - CPAS de Charleroi (rare writer), December 2024, draft
# ----------------------------------------------------------------------------------------------
def r255():
    fn = "255_compte_rendu_reseau_charleroi_dec2024.docx"
    doc = new_doc("Century Gothic", 10, author="Sophie Leclercq", when=D(2024, 12, 9),
                  title="CR réseau 05-12-24", lang="fr-BE")
    header_text(doc, ["CPAS CHARLEROI – Service Action Migrants"], align="l", italic=False, size=9,
                color="2E75B6")

    P(doc, "Version provisoire – les commentaires des autres CPAS doivent encore être ajoutés.", italic=True,
      color="FF0000", size=9)
    P(doc, "Compte rendu – Rencontre du réseau FAMI", bold=True, size=14, color="2E75B6", space_after=2)
    P(doc, "5 décembre 2024 – Espace Citoyen de Marchienne-au-Pont (Charleroi)", bold=True, space_after=8)

    PR(doc, [("Présents : ", {"bold": True}),
             "Sophie Leclercq (CPAS Charleroi), Karim Benali (CPAS Charleroi), Nathalie Dupont (CPAS "
             "Charleroi), Xavier Delporte (CPAS Binche), Isabelle Wattiez (CPAS Binche), Pierre Lambotte (CPAS "
             "Liège), Tom Verstraete (OCMW Gent), Nadia Bouzid (OCMW Antwerpen), Mehdi Amrani (CPAS Bruxelles), "
             "Julien Mertens (SPP IS), Anne-Marie (interprète)"], align="j", space_after=4)
    PR(doc, [("Excusés : ", {"bold": True}),
             "Annelies Peeters (SPP IS), Jonas Aerts (OCMW Mortsel)"], space_after=4)
    P(doc, "Traduction simultanée NL-FR assurée par Anne-Marie, avec le matériel prêté par le SPP.",
      italic=True, size=9, space_after=10)

    P(doc, "1) Mot d'accueil", bold=True, size=11, color="2E75B6", space_after=2)
    P(doc, "Nathalie Dupont accueille le réseau à Marchienne, dans les nouveaux locaux du Service Action "
           "Migrants. Visite des salles de cours et de l'espace enfants (garderie pendant les ateliers).",
      align="j")

    P(doc, "2) Le recrutement à Charleroi : chiffres 2024", bold=True, size=11, color="2E75B6", space_after=2)
    P(doc, "Karim présente l'entonnoir de recrutement de l'année :", space_after=2)
    for line in ["listing établi avec l'observatoire : 620 personnes ;",
                 "retenues par les AS des antennes sociales : 180 ;",
                 "présentes à la séance d'information : 58 (32 %) ;",
                 "inscrites au module : 41."]:
        P(doc, "– " + line, space_after=0, indent=0.6)
    P(doc, "Chiffres Binche 2024 : [à compléter par Isabelle]", space_before=4)
    P(doc, "Les autres CPAS trouvent la séance d'information très utile. Tom explique qu'à Gand il n'y a "
           "pas de listing : ce sont les assistants sociaux qui orientent directement.", align="j")
    P(doc, "=> Karim et Nathalie prépareront une fiche sur la séance d'information pour le réseau.", bold=True)

    P(doc, "3) Sorties socio-culturelles", bold=True, size=11, color="2E75B6", space_after=2)
    P(doc, "Charleroi organise une sortie par mois (musée, marché de Noël, visite du Parlement wallon). "
           "Binche voudrait rejoindre certaines sorties. Proposition : une sortie commune Charleroi-Binche "
           "au Bois du Cazier en mars.", align="j")
    P(doc, "=> Envoyer le programme des sorties 2025 à Binche. Qui : Sophie", bold=True, space_after=2)
    P(doc, "=> Binche : réserver le bus pour la sortie commune de mars", bold=True)

    P(doc, "4) Questions au SPP", bold=True, size=11, color="2E75B6", space_after=2)
    P(doc, "Peut-on compter dans les indicateurs un participant qui n'a suivi que la séance d'information ? "
           "Julien Mertens répond que non : seules les personnes inscrites dans une activité de soutien sont "
           "comptées.", align="j")
    P(doc, "Les frais de bus pour les sorties sont-ils éligibles ?", align="j", space_after=2)
    P(doc, "=> Le SPP vérifiera si les frais de sortie sont éligibles et répondra par mail.", bold=True)

    P(doc, "5) Pour la prochaine fois", bold=True, size=11, color="2E75B6", space_after=2)
    P(doc, "Thème proposé par Anvers : l'évaluation des participants en fin de trajet (passage vers l'ISP ou "
           "une formation).", align="j")
    P(doc, "")
    P(doc, "Prochaine rencontre : à fixer par le SPP (printemps 2025).", bold=True, color="2E75B6")
    P(doc, "")
    P(doc, "S. Leclercq", italic=True, align="r")

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2024-12-05",
        "people": [
            ["Sophie Leclercq", "Present", "CHARLEROI"],
            ["Karim Benali", "Present", "CHARLEROI"],
            ["Nathalie Dupont", "Present", "CHARLEROI"],
            ["Xavier Delporte", "Present", "BINCHE"],
            ["Isabelle Wattiez", "Present", "BINCHE"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Tom Verstraete", "Present", "GENT"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Julien Mertens", "Present", "SPP"],
            ["Anne-Marie", "Present", None],
            ["Annelies Peeters", "Excused", "SPP"],
            ["Jonas Aerts", "Excused", "MORTSEL"],
        ],
        "agenda": [],
        "headings": [
            ["1", "Mot d'accueil"],
            ["2", "Le recrutement à Charleroi : chiffres 2024"],
            ["3", "Sorties socio-culturelles"],
            ["4", "Questions au SPP"],
            ["5", "Pour la prochaine fois"],
        ],
        "actions": [
            ["Several Network Contacts", ["Karim Benali", "Nathalie Dupont"], None,
             "Karim et Nathalie prépareront une fiche"],
            ["Network Contact", ["Sophie Leclercq"], None, "Envoyer le programme des sorties 2025"],
            ["CPAS", [], "BINCHE", "réserver le bus pour la sortie commune"],
            ["SPP", [], None, "Le SPP vérifiera si les frais"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : à fixer par le SPP (printemps 2025)."},
        "remarks": ["Version provisoire – les commentaires des autres CPAS doivent encore être ajoutés.",
                    "[à compléter par Isabelle]"],
    }
    save(doc, exp)


# ----------------------------------------------------------------------------------------------
# 256 - OCMW Brussel / CPAS de Bruxelles, bilingual side-by-side, hybrid, February 2026
# ----------------------------------------------------------------------------------------------
def r256():
    fn = "256_verslag_rapport_brussel_bruxelles_feb2026.docx"
    doc = new_doc("Calibri", 10, author="Caroline Dubois-Smets", when=D(2026, 2, 16),
                  title="Verslag - Rapport 10/02/2026", lang="nl-BE", margins=2.0)
    header_text(doc, ["OCMW Brussel – CPAS de Bruxelles", "AMIF / FAMI 2021-2027"], align="r")
    footer_page(doc, "Pagina – Page ", None, align="c")

    P(doc, "Verslag netwerkvergadering – Rapport réunion du réseau", bold=True, size=15, color="006666",
      space_after=2)
    P(doc, "Dinsdag 10 februari 2026 – mardi 10 février 2026, 10u00 – 12u30", bold=True, space_after=0)
    P(doc, "Hybride vergadering – réunion hybride: OCMW Brussel, Hoogstraat / rue Haute + Teams",
      space_after=0)
    P(doc, "Geen tolken: iedereen spreekt zijn eigen taal – pas d'interprètes : chacun parle sa langue.",
      italic=True, space_after=10)

    P(doc, "Aanwezig – Présents", bold=True, color="006666", space_after=2)
    for name, org in [("Caroline Dubois-Smets", "OCMW Brussel"),
                      ("Laura Vandenberghe", "OCMW Brussel"),
                      ("Mehdi Amrani", "CPAS de Bruxelles"),
                      ("Julien Mertens", "POD MI – SPP IS (Teams)"),
                      ("Lien De Smet", "OCMW Gent (Teams)"),
                      ("Stijn Wouters", "OCMW Antwerpen"),
                      ("Bart Goossens", "OCMW Edegem (Teams)"),
                      ("Gaëlle Thiry", "CPAS de Liège (Teams)"),
                      ("Sophie Leclercq", "CPAS de Charleroi")]:
        p = P(doc, name + "\t" + org, space_after=0, indent=0.5)
        tabstops(p, 5.5)
    PR(doc, [("Verontschuldigd – Excusés: ", {"bold": True, "color": "006666"}),
             "Tom Verstraete (OCMW Gent), Annelies Peeters (POD MI), Isabelle Wattiez (CPAS de Binche)"],
       space_after=8)

    P(doc, "Agenda – Ordre du jour", bold=True, color="006666", space_after=2)
    for t, title in [("10:00 – 10:20", "Welkom / Accueil"),
                     ("10:20 – 11:15", "Indicatoren 2025 / Indicateurs 2025"),
                     ("11:15 – 12:00", "Recht op inzage en bewaartermijn / Droit d'accès et durée de conservation"),
                     ("12:00 – 12:30", "Varia en planning / Divers et planning")]:
        p = doc.add_paragraph(style="List Number")
        R(p, t + " | " + title)
        p.paragraph_format.space_after = Pt(0)
    P(doc, "")

    # side-by-side body: merged title rows, NL | FR content rows
    sections = [
        ("1. Welkom / Accueil",
         ["Caroline verwelkomt de collega's in de zaal en op Teams. Julien Mertens stelt zich voor als nieuw "
          "aanspreekpunt bij de POD, in afwachting van de terugkeer van Annelies."],
         ["Caroline accueille les collègues en salle et sur Teams. Julien Mertens se présente comme nouveau "
          "point de contact au SPP, en attendant le retour d'Annelies."]),
        ("2. Indicatoren 2025 / Indicateurs 2025",
         ["Julien overloopt de gemeenschappelijke indicatoren (Verordening (EU) 2021/1147). Het aantal "
          "deelnemers dat minstens één ERK-niveau stijgt, is moeilijk te meten zonder taaltest.",
          "Voorlopige cijfers 2025: Brussel 94, Gent 102, Antwerpen (met partners) 131, Luik 77.",
          "Cijfers Charleroi en Binche: nog aan te vullen."],
         ["Julien passe en revue les indicateurs communs (Règlement (UE) 2021/1147). Le nombre de participants "
          "qui progressent d'au moins un niveau CECR est difficile à mesurer sans test de langue.",
          "[Traduction FR à compléter]"]),
        ("3. Recht op inzage en bewaartermijn / Droit d'accès et durée de conservation",
         ["Een oud-deelnemer heeft bij het OCMW Brussel gevraagd om alle gegevens in te zien die over hem "
          "bewaard worden (artikel 15 AVG). Het team stelde vast dat gegevens verspreid zitten over het "
          "sociaal dossier, de aanwezigheidslijsten en de enquêtes.",
          "Projectdocumenten blijven vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
          "betaling; persoonsgegevens niet langer dan nodig."],
         ["Un ancien participant a demandé au CPAS de Bruxelles de consulter toutes les données conservées à "
          "son sujet (article 15 du RGPD). L'équipe a constaté que les données sont dispersées entre le "
          "dossier social, les listes de présence et les enquêtes.",
          "Les documents du projet sont conservés cinq ans à partir du 31 décembre de l'année du dernier "
          "paiement ; les données personnelles pas plus longtemps que nécessaire."]),
        ("4. Varia / Divers",
         ["Edegem meldt dat de groepsmodule voortaan in Mortsel doorgaat. Luik vraagt een versie van de "
          "tevredenheidsenquête in het Oekraïens."],
         ["Edegem signale que le module collectif se déroule désormais à Mortsel. Liège demande une version "
          "de l'enquête de satisfaction en ukrainien."]),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for title, nl, fr in sections:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        cell_text(c, title, bold=True, color="006666", size=11)
        shade(c, "E2F0F0")
        row = t.add_row()
        cell_text(row.cells[0], nl)
        cell_text(row.cells[1], fr, italic=True)
        for p in row.cells[1].paragraphs:
            for r in p.runs:
                if r.text.startswith("["):
                    r.font.color.rgb = RGBColor.from_string("C00000")
                    r.italic = False
        for p in row.cells[0].paragraphs:
            for r in p.runs:
                if "nog aan te vullen" in r.text:
                    r.font.highlight_color = 7  # yellow
    for row in t.rows:
        for c in row.cells:
            c.width = Cm(8.5)
    P(doc, "")

    P(doc, "5. Actiepunten / Points d'action", bold=True, size=11, color="006666", space_after=2)
    table(doc, [["Wie – Qui", "Wat – Quoi", "Deadline"],
                ["OCMW Edegem", "Cijfers Edegem 2025 opladen in het gedeelde bestand / charger les chiffres "
                                "d'Edegem 2025 dans le fichier partagé", "27/02"],
                ["POD MI – SPP IS", "Een nota over het recht op inzage rondsturen / envoyer une note sur le "
                                    "droit d'accès", "maart – mars"],
                ["Mehdi + Lien", "Model van antwoordbrief op een inzageverzoek uitwerken (NL/FR) / modèle de "
                                 "lettre de réponse à une demande d'accès", "april – avril"],
                ["?", "Vertaling van de tevredenheidsenquête naar het Oekraïens / traduction de l'enquête en "
                      "ukrainien", ""],
                ["Alle OCMW's – tous les CPAS", "Oude deelnemersdossiers (vóór 2019) nakijken en zo nodig "
                                                "vernietigen / vérifier les anciens dossiers", "30/06"]],
          widths=[3.5, 10.5, 3], header_fill="E2F0F0", size=9)
    P(doc, "")
    P(doc, "Volgende vergadering – Prochaine réunion: dinsdag 19 mei 2026 – mardi 19 mai 2026, 10u, "
           "OCMW Gent / CPAS de Gand", bold=True, color="006666")

    exp = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": False,
        "date": "2026-02-10",
        "people": [
            ["Caroline Dubois-Smets", "Present", "BRUXELLES"],
            ["Laura Vandenberghe", "Present", "BRUXELLES"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Julien Mertens", "Present", "SPP"],
            ["Lien De Smet", "Present", "GENT"],
            ["Stijn Wouters", "Present", "ANTWERPEN"],
            ["Bart Goossens", "Present", "EDEGEM"],
            ["Gaëlle Thiry", "Present", "LIEGE"],
            ["Sophie Leclercq", "Present", "CHARLEROI"],
            ["Tom Verstraete", "Excused", "GENT"],
            ["Annelies Peeters", "Excused", "SPP"],
            ["Isabelle Wattiez", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:20", "Welkom / Accueil"],
            ["10:20", "11:15", "Indicatoren 2025 / Indicateurs 2025"],
            ["11:15", "12:00", "Recht op inzage en bewaartermijn / Droit d'accès et durée de conservation"],
            ["12:00", "12:30", "Varia en planning / Divers et planning"],
        ],
        "headings": [
            ["1", "Welkom / Accueil"],
            ["2", "Indicatoren 2025 / Indicateurs 2025"],
            ["3", "Recht op inzage en bewaartermijn / Droit d'accès et durée de conservation"],
            ["4", "Varia / Divers"],
            ["5", "Actiepunten / Points d'action"],
        ],
        "actions": [
            ["CPAS", [], "EDEGEM", "Cijfers Edegem 2025 opladen in het gedeelde bestand"],
            ["SPP", [], None, "Een nota over het recht op inzage rondsturen"],
            ["Several Network Contacts", ["Mehdi Amrani", "Lien De Smet"], None,
             "Model van antwoordbrief op een inzageverzoek"],
            ["To Be Assigned", [], None, "Vertaling van de tevredenheidsenquête naar het Oekraïens"],
            ["CPAS", [], None, "Oude deelnemersdossiers (vóór 2019) nakijken en"],
        ],
        "next_meeting": {"date": "2026-05-19",
                         "text": "Volgende vergadering – Prochaine réunion: dinsdag 19 mei 2026 – mardi 19 mai 2026, 10u, OCMW Gent / CPAS de Gand"},
        "remarks": ["Cijfers Charleroi en Binche: nog aan te vullen.", "[Traduction FR à compléter]"],
    }
    save(doc, exp)


ALL = [r247, r248, r249, r250, r251, r252, r253, r254, r255, r256]

if __name__ == "__main__":
    for fnc in ALL:
        fnc()
    print("built %d reports" % len(ALL))
