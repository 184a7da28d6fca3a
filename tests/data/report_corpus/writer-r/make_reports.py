# -*- coding: utf-8 -*-
"""Ten meeting reports (187-196) of the AMIF knowledge network of the CPAS / OCMW.

One function per report: it builds the .docx with python-docx, as its (invented) writer would
have typed it in Word, and returns the expected dict, typed by hand from the text written in
that same function.  Run: python make_reports.py
"""
import copy
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ----------------------------------------------------------------------------------------
# small helpers (the "Word" of each writer)
# ----------------------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, margins_cm=None):
    doc = Document()
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
    for s in doc.sections:  # Belgian offices: A4
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
    if margins_cm:
        for s in doc.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = s.bottom_margin = Cm(margins_cm)
    return doc


def header(doc, lines, italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT, color=None):
    hp = doc.sections[0].header.paragraphs[0]
    for i, line in enumerate(lines):
        r = hp.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
        if i < len(lines) - 1:
            r.add_break()
    hp.alignment = align


def footer(doc, text, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, page=False):
    fp = doc.sections[0].footer.paragraphs[0]
    r = fp.add_run(text)
    r.font.size = Pt(size)
    if page:
        r2 = fp.add_run()
        r2.font.size = Pt(size)
        for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r2._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r2._r.append(it)
    fp.alignment = align


def par(container, text="", style=None, bold=None, italic=None, underline=None, size=None,
        color=None, align=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(container, parts, style=None, align=None, space_after=None):
    """parts: list of (text, dict(bold=, italic=, underline=, color=, size=))"""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        r.underline = fmt.get("u")
        if fmt.get("color"):
            r.font.color.rgb = fmt["color"]
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_write(cell, text, bold=None, italic=None, size=None, color=None):
    """write text in a cell (first paragraph), extra lines separated by '\n' become paragraphs"""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color
    return cell


def table(doc, rows, style="Table Grid", header_bold=True, widths=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_write(t.cell(i, j), val, bold=(header_bold and i == 0) or None, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill))
    tcpr.append(shd)


def auto_numbered_headings(doc, num_id=90):
    """add a decimal multilevel list to numbering.xml and return its numId (Word's
    'Heading 1 with automatic numbering')"""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def save(doc, name, expected):
    doc.save(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", name)


DARKRED = RGBColor(0x8B, 0x1A, 0x1A)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x38, 0x76, 0x1D)


# ----------------------------------------------------------------------------------------
# 187 - POD MI (Katrien Vermeulen), network meeting at the POD in Brussels, NL + FR summary
# ----------------------------------------------------------------------------------------
def r187():
    name = "187_verslag_pod_brussel_okt2018"
    doc = new_doc("Calibri", 11)
    header(doc, [TAG_NL, TAG_FR])
    footer(doc, "POD MI – verslag netwerk AMIF 11/10/2018 – KV – p. ", page=True)

    par(doc, "POD | Maatschappelijke Integratie", bold=True, size=9, color=BLUE, space_after=0)
    par(doc, "SPP | Intégration Sociale", bold=True, size=9, color=BLUE)
    par(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15,
        align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    par(doc, "AMIF – 11 oktober 2018 – 11 octobre 2018", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal 4.12",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "Met simultaanvertaling NL/FR (twee tolken, zie aanwezigen)", italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER)

    runs(doc, [("Aanwezig: ", {"b": True}),
               ("Katrien Vermeulen (POD MI), Jonas Declercq (POD MI), Lien De Wilde (OCMW Gent), "
                "Tom Vanhaecke (OCMW Gent), Sarah Van den Broeck (OCMW Antwerpen), Youssef El Amrani "
                "(OCMW Antwerpen), Nadia Bensaïd (CPAS Luik), Marc Lejeune (CPAS Charleroi), "
                "Véronique Dumont (CPAS Brussel), Anne-Sophie Lambrecht (tolk), Pieter Goossens (tolk)",
                {})])
    runs(doc, [("Verontschuldigd: ", {"b": True}),
               ("Julie Hermans (CPAS Luik), Griet Wouters (OCMW Schoten)", {})])

    par(doc, "Agenda", bold=True, space_after=2)
    table(doc, [["Uur", "Onderwerp"],
                ["9u30 – 10u00", "Onthaal en koffie"],
                ["10u00 – 10u15", "Welkom en goedkeuring vorig verslag"],
                ["10u15 – 11u30", "Stand van zaken per OCMW"],
                ["11u30 – 12u15", "Nieuwe rapporteringstemplate AMIF"],
                ["12u15 – 13u15", "Lunch"],
                ["13u15 – 14u30", "Workshop tevredenheidsenquête"],
                ["14u30 – 15u00", "Varia en volgende bijeenkomst"]],
          widths=[3.5, 12])

    doc.add_heading("1. Welkom en goedkeuring vorig verslag", level=1)
    par(doc, "Katrien verwelkomt iedereen in de gebouwen van het POD. Het verslag van 26 april 2018 "
             "wordt goedgekeurd zonder opmerkingen.")

    doc.add_heading("2. Stand van zaken per OCMW", level=1)
    doc.add_heading("2.1 Gent", level=2)
    par(doc, "Lien: 34 deelnemers in traject, waarvan 21 vrouwen. De groepsmodule taalactivering loopt "
             "op dinsdag en donderdag. De intakegesprekken gebeuren nu door Tom; de wachtlijst is "
             "weggewerkt.")
    doc.add_heading("2.2 Antwerpen", level=2)
    par(doc, "De samenwerking met Schoten loopt goed. Edegem en Mortsel willen instappen vanaf januari "
             "2019. Youssef stelt voor om één gezamenlijke infosessie te houden voor de maatschappelijk "
             "werkers van de drie partnergemeenten.")
    doc.add_heading("2.3 Luik", level=2)
    par(doc, "Nadia herhaalt de werking met drie contracten per deelnemer (met de maatschappelijk "
             "werker, met de intaker en met de verantwoordelijke van elke module). "
             "[Cijfers Luik nog aan te vullen]")
    doc.add_heading("2.4 Charleroi", level=2)
    par(doc, "Marc licht de rekrutering voor module 4 toe: 240 personen uitgenodigd op de infosessie, "
             "81 aanwezig (34 %), 52 ingeschreven.")
    doc.add_heading("2.5 Brussel", level=2)
    par(doc, "Véronique: het team is sinds september weer voltallig. De collectieve ateliers verhuizen "
             "naar een nieuwe locatie in de Hoogstraat.")

    doc.add_heading("3. Nieuwe rapporteringstemplate AMIF", level=1)
    par(doc, "Jonas stelt de nieuwe template voor de jaarlijkse AMIF-rapportering voor. Opmerkingen van "
             "de OCMW's: te veel open velden; niet duidelijk of deelnemers die vroegtijdig stoppen "
             "meetellen. De opmerkingen worden meegenomen in een nieuwe versie (zie actiepunten).")

    doc.add_heading("4. Workshop tevredenheidsenquête", level=1)
    par(doc, "In twee groepen (NL en FR) werd de huidige tevredenheidsenquête overlopen.")
    par(doc, "Sterke punten:", underline=True, space_after=0)
    par(doc, "korte vragenlijst (12 vragen)", style="List Bullet")
    par(doc, "wordt per module ingevuld, dus vergelijkbaar", style="List Bullet")
    par(doc, "Werkpunten:", underline=True, space_after=0)
    par(doc, "de vragen zijn te abstract voor de doelgroep (\"in welke mate voelt u zich empowered?\")",
        style="List Bullet")
    par(doc, "pictogrammen en eenvoudige taal nodig", style="List Bullet")
    par(doc, "vraag naar vertalingen in het Arabisch, Dari, Tigrinya en Engels", style="List Bullet")

    doc.add_heading("5. Varia", level=1)
    par(doc, "GDPR: de OCMW's delen geen namen van deelnemers met elkaar of met het POD. Lijsten "
             "worden enkel met een deelnemersnummer doorgestuurd.")

    doc.add_heading("6. Actiepunten", level=1)
    par(doc, "Jonas zal de aangepaste rapporteringstemplate tegen 15 november naar alle OCMW's sturen.",
        style="List Bullet")
    par(doc, "Lien en Nadia bezorgen een voorstel van vereenvoudigde enquête (NL en FR) tegen de "
             "volgende bijeenkomst.", style="List Bullet")
    par(doc, "Elk OCMW bezorgt zijn halfjaarcijfers (deelnemers, uitstroom) aan het POD MI vóór "
             "30 november.", style="List Bullet")
    par(doc, "Het POD MI vraagt bij de verantwoordelijke autoriteit na of vroegtijdige stoppers "
             "meetellen in de indicatoren.", style="List Bullet")
    par(doc, "OCMW Antwerpen organiseert de infosessie voor de maatschappelijk werkers van Schoten, "
             "Edegem en Mortsel.", style="List Bullet")

    par(doc)
    runs(doc, [("Volgende bijeenkomst: donderdag 7 februari 2019 bij OCMW Antwerpen, met tolken.",
                {"b": True})])

    doc.add_heading("Résumé en français", level=1)
    par(doc, "La réunion a porté sur l'état des lieux de chaque CPAS, le nouveau modèle de rapportage "
             "FAMI et l'enquête de satisfaction, jugée trop abstraite pour le public cible. Actions "
             "principales : Jonas envoie le modèle adapté pour le 15 novembre ; Lien et Nadia proposent "
             "une enquête simplifiée ; chaque CPAS transmet ses chiffres semestriels au SPP avant le "
             "30 novembre. Prochaine réunion : jeudi 7 février 2019 au CPAS d'Anvers.", italic=True)

    expected = {
        "file": name + ".docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2018-10-11",
        "people": [
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Jonas Declercq", "Present", "SPP"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Tom Vanhaecke", "Present", "GENT"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Youssef El Amrani", "Present", "ANTWERPEN"],
            ["Nadia Bensaïd", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "CHARLEROI"],
            ["Véronique Dumont", "Present", "BRUXELLES"],
            ["Anne-Sophie Lambrecht", "Present", None],
            ["Pieter Goossens", "Present", None],
            ["Julie Hermans", "Excused", "LIEGE"],
            ["Griet Wouters", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal en koffie"],
            ["10:00", "10:15", "Welkom en goedkeuring vorig verslag"],
            ["10:15", "11:30", "Stand van zaken per OCMW"],
            ["11:30", "12:15", "Nieuwe rapporteringstemplate AMIF"],
            ["12:15", "13:15", "Lunch"],
            ["13:15", "14:30", "Workshop tevredenheidsenquête"],
            ["14:30", "15:00", "Varia en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Welkom en goedkeuring vorig verslag"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "Gent"],
            ["2.2", "Antwerpen"],
            ["2.3", "Luik"],
            ["2.4", "Charleroi"],
            ["2.5", "Brussel"],
            ["3", "Nieuwe rapporteringstemplate AMIF"],
            ["4", "Workshop tevredenheidsenquête"],
            ["5", "Varia"],
            ["6", "Actiepunten"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Jonas Declercq"], None, "Jonas zal de aangepaste rapporteringstemplate"],
            ["Several Network Contacts", ["Lien De Wilde", "Nadia Bensaïd"], None,
             "Lien en Nadia bezorgen een voorstel"],
            ["CPAS", [], None, "Elk OCMW bezorgt zijn halfjaarcijfers"],
            ["SPP", [], None, "Het POD MI vraagt bij de verantwoordelijke"],
            ["CPAS", [], "ANTWERPEN", "OCMW Antwerpen organiseert de infosessie"],
        ],
        "next_meeting": {"date": "2019-02-07",
                         "text": "Volgende bijeenkomst: donderdag 7 februari 2019 bij OCMW Antwerpen, met tolken."},
        "remarks": ["[Cijfers Luik nog aan te vullen]"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 188 - CPAS de Liège (Julie Hermans), PV of the network meeting in Liège, French only
# ----------------------------------------------------------------------------------------
def r188():
    name = "188_pv_liege_mars2020"
    doc = new_doc("Times New Roman", 12)
    header(doc, ["CPAS de Liège – Projet FAMI « Mod’Actions »"], italic=False, size=9,
           align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, TAG_FR, size=8)

    par(doc, "Rapport de la rencontre des CPAS – Projet FAMI", bold=True, size=16,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "Jeudi 5 mars 2020", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "Lieu : Maison d’activation sociale « Le Trèfle », rue des Wallons 112, 4000 Liège")
    par(doc, "Pas d’interprétation prévue ce jour : les collègues néerlandophones ont suivi en "
             "français (merci à eux !).", italic=True)

    par(doc, "Présents :", bold=True, underline=True, space_after=0)
    for line in ["Mme Julie Hermans, CPAS de Liège",
                 "M. Karim Ouali, CPAS de Liège",
                 "Mme Sandrine Collard, CPAS de Liège",
                 "M. Marc Lejeune, CPAS de Charleroi",
                 "Mme Aurélie Dufour, CPAS de Binche",
                 "Mme Véronique Dumont, CPAS de Bruxelles",
                 "Mevr. Lien De Wilde, OCMW Gent",
                 "M. Jonas Declercq, SPP IS"]:
        par(doc, line, style="List Bullet")
    runs(doc, [("Excusés : ", {"b": True, "u": True}),
               ("M. Youssef El Amrani (CPAS d’Anvers), Mme Katrien Vermeulen (SPP IS).", {})])

    par(doc, "Ordre du jour :", bold=True, underline=True, space_after=0)
    for line in ["1) Accueil et tour de table",
                 "2) Présentation de l’atelier créatif",
                 "3) Contrats et règles de présence",
                 "4) Enquête de satisfaction : suite",
                 "5) Divers"]:
        par(doc, line, space_after=0)
    par(doc)

    def title(t):
        par(doc, t, bold=True, underline=True, space_after=4)

    title("I. Accueil et tour de table")
    par(doc, "Julie accueille les participants et présente la maison d’activation sociale. Tour de "
             "table : Gand : 38 participants actifs. Charleroi : le module 5 démarre avec 47 inscrits. "
             "Bruxelles : recrutement plus lent, les AS des antennes sociales sont surchargés. "
             "Anvers : (à compléter par le CPAS d’Anvers).")
    par(doc, "On évoque le coronavirus : pour l’instant aucune consigne particulière. Karim propose "
             "de préparer un « plan B » pour les ateliers collectifs si les consignes changent.")

    title("II. Présentation de l’atelier créatif")
    par(doc, "Sandrine présente l’atelier créatif à travers un court film tourné avec les "
             "participants (peinture, collage, photo). Les collègues apprécient surtout l’effet sur la "
             "confiance en soi et la prise de parole en français.")
    runs(doc, [("Action :", {"b": True}),
               (" Sandrine envoie le lien vers le film à tous les CPAS (cette semaine).", {})])

    title("III. Contrats et règles de présence")
    par(doc, "À Liège, trois contrats sont signés par participant : avec l’AS, avec la personne qui "
             "fait l’entretien d’admission et avec le responsable de chaque module. Charleroi "
             "travaille avec un seul contrat. Discussion sur le taux de présence minimum (80 % à "
             "Liège, 70 % à Charleroi). Pas de décision commune : chaque CPAS garde ses propres règles.")
    par(doc, "→ Rassembler les modèles de contrats des cinq CPAS dans un dossier partagé (SPP)")

    title("IV. Enquête de satisfaction : suite")
    par(doc, "Le SPP rappelle que l’enquête actuelle est jugée trop abstraite pour notre public. Gand "
             "propose une version avec pictogrammes. Aurélie se dit prête à la tester à Binche.")
    runs(doc, [("Action :", {"b": True}),
               (" le CPAS de Binche teste la version pictogrammes avec son groupe du mardi et fait un "
                "retour à la prochaine réunion.", {})])
    runs(doc, [("Action :", {"b": True}),
               (" traduction de l’enquête en arabe et en dari – à définir (budget ?)", {})])

    title("V. Divers :")
    par(doc, "Marc et Aurélie préparent ensemble la prochaine rencontre à Charleroi (programme à "
             "envoyer début juin).")
    par(doc, "Prochaine réunion : jeudi 18 juin 2020 à Charleroi (sous réserve de l’évolution du "
             "coronavirus).", bold=True)
    par(doc)
    par(doc, "PV rédigé par Julie Hermans – relu par Karim Ouali", italic=True, size=10,
        align=WD_ALIGN_PARAGRAPH.RIGHT)

    expected = {
        "file": name + ".docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2020-03-05",
        "people": [
            ["Julie Hermans", "Present", "LIEGE"],
            ["Karim Ouali", "Present", "LIEGE"],
            ["Sandrine Collard", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "CHARLEROI"],
            ["Aurélie Dufour", "Present", "BINCHE"],
            ["Véronique Dumont", "Present", "BRUXELLES"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Jonas Declercq", "Present", "SPP"],
            ["Youssef El Amrani", "Excused", "ANTWERPEN"],
            ["Katrien Vermeulen", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "Accueil et tour de table"],
            [None, None, "Présentation de l’atelier créatif"],
            [None, None, "Contrats et règles de présence"],
            [None, None, "Enquête de satisfaction : suite"],
            [None, None, "Divers"],
        ],
        "headings": [
            ["I", "Accueil et tour de table"],
            ["II", "Présentation de l’atelier créatif"],
            ["III", "Contrats et règles de présence"],
            ["IV", "Enquête de satisfaction : suite"],
            ["V", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Sandrine Collard"], None, "Sandrine envoie le lien vers le film"],
            ["SPP", [], None, "Rassembler les modèles de contrats des cinq CPAS"],
            ["CPAS", [], "BINCHE", "le CPAS de Binche teste la version pictogrammes"],
            ["To Be Assigned", [], None, "traduction de l’enquête en arabe"],
            ["Several Network Contacts", ["Marc Lejeune", "Aurélie Dufour"], None,
             "Marc et Aurélie préparent ensemble la prochaine rencontre"],
        ],
        "next_meeting": {"date": "2020-06-18",
                         "text": "Prochaine réunion : jeudi 18 juin 2020 à Charleroi (sous réserve de "
                                 "l’évolution du coronavirus)."},
        "remarks": ["(à compléter par le CPAS d’Anvers)"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 189 - OCMW Antwerpen (Sarah Van den Broeck), stuurgroep with Schoten/Edegem/Mortsel, Teams
# ----------------------------------------------------------------------------------------
def r189():
    name = "189_verslag_stuurgroep_antwerpen_jan2021"
    doc = new_doc("Arial", 10)
    header(doc, ["OCMW Antwerpen – AMIF-project 'Samen Thuis'  |  intern werkdocument"], italic=False,
           size=8, align=WD_ALIGN_PARAGRAPH.LEFT, color=GREY)
    footer(doc, "verslag stuurgroep 21-01-2021 / SVDB", size=7, align=WD_ALIGN_PARAGRAPH.RIGHT)

    par(doc, "Verslag stuurgroep AMIF – OCMW Antwerpen en partnergemeenten", bold=True, size=14,
        color=RED)
    par(doc, "Datum: donderdag 21 januari 2021, 14u00 – 15u30", space_after=0)
    par(doc, "Plaats: online (Microsoft Teams)", space_after=0)
    par(doc, "Verslag: Sarah Van den Broeck")

    table(doc, [["Naam", "Organisatie", "Aanw.", "Verontsch."],
                ["Sarah Van den Broeck", "OCMW Antwerpen", "x", ""],
                ["Youssef El Amrani", "OCMW Antwerpen", "x", ""],
                ["Griet Wouters", "OCMW Schoten", "x", ""],
                ["Koen Janssens", "OCMW Edegem", "x", ""],
                ["Els Peeters", "OCMW Mortsel", "", "x"],
                ["Hilde Verbeke", "OCMW Mortsel", "x", ""],
                ["Jonas Declercq", "POD MI", "x", ""]],
          widths=[5, 5, 1.8, 2.2], size=9)
    par(doc)

    par(doc, "Agenda", bold=True, space_after=0)
    for item in ["Goedkeuring verslag 12 november 2020",
                 "Groepsgrootte en coronamaatregelen",
                 "Doorverwijzingen vanuit de sociale centra",
                 "Gezamenlijke infosessie partners",
                 "AMIF-rapportering 2020",
                 "Varia"]:
        par(doc, item, style="List Number")

    doc.add_heading("Verslag vorige stuurgroep", level=2)
    par(doc, "Goedgekeurd, geen opmerkingen.")

    doc.add_heading("Coronamaatregelen – groepsgrootte", level=2)
    par(doc, "Sinds november werken we in Antwerpen met max. 4 deelnemers + 1 begeleider per groep. "
             "Schoten houdt het voorlopig op individuele coaching. Edegem doet de sessie taalactivering "
             "digitaal, maar veel deelnemers hebben geen laptop of mobiele data. Koen vraagt of er "
             "budget is voor dataklaarkaarten?  Jonas: in principe binnen de werkingskosten, mits "
             "verantwoording.")
    par(doc, "Sarah vraagt aan de preventiedienst na of 6 + 1 mogelijk wordt vanaf maart. actie: SVDB")

    doc.add_heading("Doorverwijzingen", level=2)
    par(doc, "Te weinig doorverwijzingen vanuit de sociale centra (Antwerpen: 9 in december, tegenover "
             "gemiddeld 20 per maand vóór corona). Maatschappelijk werkers zien hun cliënten minder "
             "fysiek. Voorstel: het project opnieuw gaan voorstellen op de teamvergaderingen (zie "
             "acties).")

    doc.add_heading("Infosessie partners", level=2)
    par(doc, "Gezamenlijke online infosessie voor de maatschappelijk werkers van de vier OCMW's, "
             "datum in overleg met de partners (zie acties).")

    doc.add_heading("AMIF-rapportering 2020", level=2)
    par(doc, "Jonas overloopt de timing. Aandacht: geen namen van deelnemers in de bestanden, enkel "
             "deelnemersnummers (GDPR). Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.")

    doc.add_heading("Varia", level=2)
    par(doc, "Hilde vervangt Els tijdelijk (zwangerschapsverlof tot eind mei).")

    doc.add_heading("Acties", level=2)
    table(doc, [["wie", "wat", "wanneer"],
                ["YEA", "Langsgaan bij teamvergaderingen sociale centra Noord en Zuid om het project "
                        "opnieuw voor te stellen", "februari"],
                ["GW + KJ", "Draaiboek gezamenlijke infosessie opmaken", "11/02"],
                ["elk OCMW", "Cijfers 2020 (zonder namen) bezorgen aan Jonas", "15/02/2021"],
                ["POD MI", "Bevestigen of dataklaarkaarten inbrengbaar zijn als werkingskost", "asap"],
                ["nog te bepalen", "Contact met CAW over psychosociale ondersteuning deelnemers", "?"]],
          widths=[2.5, 10, 2.5], size=9)
    par(doc)
    par(doc, "Volgende stuurgroep: donderdag 4 maart 2021 om 14u, via Teams (uitnodiging volgt).",
        italic=True)

    expected = {
        "file": name + ".docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2021-01-21",
        "people": [
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Youssef El Amrani", "Present", "ANTWERPEN"],
            ["Griet Wouters", "Present", "SCHOTEN"],
            ["Koen Janssens", "Present", "EDEGEM"],
            ["Hilde Verbeke", "Present", "MORTSEL"],
            ["Jonas Declercq", "Present", "SPP"],
            ["Els Peeters", "Excused", "MORTSEL"],
        ],
        "agenda": [
            [None, None, "Goedkeuring verslag 12 november 2020"],
            [None, None, "Groepsgrootte en coronamaatregelen"],
            [None, None, "Doorverwijzingen vanuit de sociale centra"],
            [None, None, "Gezamenlijke infosessie partners"],
            [None, None, "AMIF-rapportering 2020"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["", "Verslag vorige stuurgroep"],
            ["", "Coronamaatregelen – groepsgrootte"],
            ["", "Doorverwijzingen"],
            ["", "Infosessie partners"],
            ["", "AMIF-rapportering 2020"],
            ["", "Varia"],
            ["", "Acties"],
        ],
        "actions": [
            ["Network Contact", ["Sarah Van den Broeck"], None, "Sarah vraagt aan de preventiedienst na"],
            ["Network Contact", ["Youssef El Amrani"], None, "Langsgaan bij teamvergaderingen sociale centra"],
            ["Several Network Contacts", ["Griet Wouters", "Koen Janssens"], None,
             "Draaiboek gezamenlijke infosessie opmaken"],
            ["CPAS", [], None, "Cijfers 2020 (zonder namen) bezorgen"],
            ["SPP", [], None, "Bevestigen of dataklaarkaarten inbrengbaar zijn"],
            ["To Be Assigned", [], None, "Contact met CAW over psychosociale"],
        ],
        "next_meeting": {"date": "2021-03-04",
                         "text": "Volgende stuurgroep: donderdag 4 maart 2021 om 14u, via Teams (uitnodiging volgt)."},
        "remarks": [],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 190 - CPAS de Charleroi (Marc Lejeune), network meeting on Webex with interpretation, FR + NL summary
# ----------------------------------------------------------------------------------------
def r190():
    name = "190_cr_reseau_charleroi_webex_nov2021"
    NB = "\u00a0"
    doc = new_doc("Century Gothic", 10)
    header(doc, ["CPAS CHARLEROI – Service Action Migrants", TAG_FR], italic=False, size=8,
           align=WD_ALIGN_PARAGRAPH.LEFT, color=DARKRED)
    footer(doc, "Activ’Up – compte rendu réseau FAMI – version 2 (relue)", size=7)

    par(doc, "Compte rendu – Réunion du réseau FAMI des CPAS", bold=True, size=14, color=DARKRED,
        space_after=0)
    par(doc, "18 novembre 2021 – 18 november 2021", bold=True, space_after=0)
    par(doc, "Réunion en ligne (Webex) – 10h00 à 12h30 – interprétation simultanée FR/NL")

    par(doc, "Présents" + NB + ":", bold=True, space_after=0)
    for line in ["Marc Lejeune\tCPAS de Charleroi",
                 "Fatima Zahraoui\tCPAS de Charleroi",
                 "Aurélie Dufour\tCPAS de Binche",
                 "Julie Hermans\tCPAS de Liège",
                 "Lien De Wilde\tOCMW Gent",
                 "Sarah Van den Broeck\tOCMW Antwerpen",
                 "Véronique Dumont\tCPAS de Bruxelles",
                 "Katrien Vermeulen\tSPP IS / POD MI",
                 "Hélène Masson\tinterprète FR-NL",
                 "Dirk Vos\tinterprète FR-NL"]:
        p = par(doc, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    par(doc, "Excusés" + NB + ":", bold=True, space_after=0)
    for line in ["Tom Vanhaecke\tOCMW Gent", "Karim Ouali\tCPAS de Liège"]:
        p = par(doc, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    par(doc)

    par(doc, "Ordre du jour" + NB + ":", bold=True, space_after=0)
    for line in ["10h00 - 10h15\tAccueil, tests techniques Webex",
                 "10h15 - 11h00\tRecrutement : l’entonnoir de Charleroi et Binche",
                 "11h00 - 11h45\tTaille des groupes et reprise du présentiel",
                 "11h45 - 12h15\tRapportage FAMI 2021",
                 "12h15 - 12h30\tDivers et clôture"]:
        p = par(doc, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    par(doc)

    def title(t):
        par(doc, t, bold=True, size=11, color=DARKRED, space_after=3)

    title("A. Accueil")
    par(doc, "Marc ouvre la réunion. Petit tour technique : le canal d’interprétation fonctionne, "
             "merci de couper les micros quand on ne parle pas.")

    title("B. Recrutement : présentation Charleroi – Binche")
    par(doc, "Fatima présente les chiffres du module 6 : 612 personnes listées avec l’observatoire "
             "local, 204 retenues par les AS, 71 présentes à la séance d’information (35 %), 46 "
             "inscrites. Binche : 58 personnes invitées, 19 présentes (33 %). Aurélie souligne que "
             "l’appel téléphonique la veille fait une grande différence.")

    title("C. Taille des groupes / reprise du présentiel")
    par(doc, "Depuis septembre : Charleroi 6 + 1, Liège 6 + 1, Gand 8 + 1 (masque obligatoire), "
             "Anvers encore 4 + 1 pour l’atelier cuisine. Bruxelles dispose de salles plus grandes. "
             "Les règles restent propres à chaque CPAS.")

    title("D. Rapportage FAMI 2021")
    par(doc, "Katrien rappelle l’échéance : les tableaux d’indicateurs 2021 sont attendus pour le "
             "31 janvier 2022.")
    par(doc, "[tableau des indicateurs à insérer]", italic=True, color=GREY)

    title("E. Divers")
    par(doc, "Julie signale que l’enquête de satisfaction traduite en arabe est prête. Lien a la version "
             "néerlandaise.")

    title("F. Actions")
    table(doc, [["Qui ?", "Quoi ?", "Pour quand ?"],
                ["Fatima", "Envoyer le modèle de SMS de rappel utilisé avant les séances d’info",
                 "30/11"],
                ["SPP", "Transmettre le nouveau canevas de rapport annuel FAMI", "10/12"],
                ["Tous les CPAS", "Compléter le tableau des indicateurs 2021", "31/01/2022"],
                ["Julie + Lien", "Partager l’enquête traduite (FR/NL/AR) sur le SharePoint du réseau",
                 "décembre"],
                ["À définir", "Organiser une visite de terrain à Binche au printemps", "—"]],
          widths=[3, 9.5, 3])
    par(doc)
    par(doc, "Prochaine réunion" + NB + ": mardi 22 février, en présentiel si possible (lieu à "
             "confirmer).", bold=True)
    par(doc)
    par(doc, "Korte samenvatting (NL)", bold=True, size=11, color=DARKRED, space_after=3)
    par(doc, "Charleroi en Binche stelden hun rekruteringsfunnel voor (35 % en 33 % opkomst op de "
             "infosessies). De groepsgrootte verschilt per OCMW (6+1, 8+1, 4+1). Indicatoren 2021 "
             "tegen 31 januari 2022. Volgende vergadering: dinsdag 22 februari.", italic=True)

    expected = {
        "file": name + ".docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2021-11-18",
        "people": [
            ["Marc Lejeune", "Present", "CHARLEROI"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Aurélie Dufour", "Present", "BINCHE"],
            ["Julie Hermans", "Present", "LIEGE"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Véronique Dumont", "Present", "BRUXELLES"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Hélène Masson", "Present", None],
            ["Dirk Vos", "Present", None],
            ["Tom Vanhaecke", "Excused", "GENT"],
            ["Karim Ouali", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil, tests techniques Webex"],
            ["10:15", "11:00", "Recrutement : l’entonnoir de Charleroi et Binche"],
            ["11:00", "11:45", "Taille des groupes et reprise du présentiel"],
            ["11:45", "12:15", "Rapportage FAMI 2021"],
            ["12:15", "12:30", "Divers et clôture"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "Recrutement : présentation Charleroi – Binche"],
            ["C", "Taille des groupes / reprise du présentiel"],
            ["D", "Rapportage FAMI 2021"],
            ["E", "Divers"],
            ["F", "Actions"],
            ["", "Korte samenvatting (NL)"],
        ],
        "actions": [
            ["Network Contact", ["Fatima Zahraoui"], None, "Envoyer le modèle de SMS de rappel"],
            ["SPP", [], None, "Transmettre le nouveau canevas de rapport annuel FAMI"],
            ["CPAS", [], None, "Compléter le tableau des indicateurs 2021"],
            ["Several Network Contacts", ["Julie Hermans", "Lien De Wilde"], None,
             "Partager l’enquête traduite (FR/NL/AR)"],
            ["To Be Assigned", [], None, "Organiser une visite de terrain à Binche"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion\u00a0: mardi 22 février, en présentiel si possible (lieu à confirmer)."},
        "remarks": ["[tableau des indicateurs à insérer]"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 191 - CPAS de Bruxelles / OCMW Brussel (bilingual team), side by side FR | NL, no interpreters
# ----------------------------------------------------------------------------------------
def r191():
    name = "191_rapport_verslag_bruxelles_juin2022"
    doc = new_doc("Calibri Light", 10.5, margins_cm=2)
    header(doc, ["CPAS de Bruxelles – OCMW Brussel  ·  Cellule FAMI / AMIF-cel"], italic=False, size=8,
           align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    footer(doc, TAG_FR + "  /  " + TAG_NL, size=7)

    par(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15,
        align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE, space_after=0)
    par(doc, "14 juin 2022 – 14 juni 2022", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    par(doc, "CPAS de Bruxelles / OCMW Brussel – Rue Haute / Hoogstraat 298A, 1000 Bruxelles / Brussel",
        align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    par(doc, "Réunion bilingue sans interprètes : chacun parle sa langue. / Tweetalige vergadering "
             "zonder tolken: iedereen spreekt zijn eigen taal.", italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER)

    t = table(doc, [["Présents / Aanwezig", "Excusés / Verontschuldigd"],
                    ["Véronique Dumont – CPAS de Bruxelles", "Marc Lejeune – CPAS de Charleroi"],
                    ["Pieter-Jan Maes – OCMW Brussel", "Griet Wouters – OCMW Schoten"],
                    ["Lien De Wilde – OCMW Gent", ""],
                    ["Tom Vanhaecke – OCMW Gent", ""],
                    ["Sarah Van den Broeck – OCMW Antwerpen", ""],
                    ["Koen Janssens – OCMW Edegem", ""],
                    ["Julie Hermans – CPAS de Liège", ""],
                    ["Fatima Zahraoui – CPAS de Charleroi", ""],
                    ["Katrien Vermeulen – SPP IS / POD MI", ""],
                    ["Jonas Declercq – SPP IS / POD MI", ""],
                    ["Invitée / Gast : Laura Martens (ULB, chercheuse / onderzoekster)", ""]],
              style="Light Grid Accent 1", widths=[9, 8], size=9.5)
    par(doc)

    par(doc, "Ordre du jour / Agenda", bold=True, color=BLUE, space_after=0)
    for line in ["9.30 – 10.00\tAccueil et café / Onthaal en koffie",
                 "10.00 – 11.00\tTour de table / Rondetafel",
                 "11.00 – 12.00\tPrésentation ULB : évaluation participative / Voorstelling ULB: "
                 "participatieve evaluatie",
                 "12.00 – 13.00\tLunch",
                 "13.00 – 14.00\tVisite des ateliers / Bezoek aan de ateliers",
                 "14.00 – 14.30\tActions et prochaine rencontre / Acties en volgende bijeenkomst"]:
        p = par(doc, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))

    def sbs(rows):
        tt = doc.add_table(rows=len(rows), cols=2)
        for i, (fr, nl) in enumerate(rows):
            cell_write(tt.cell(i, 0), fr)
            cell_write(tt.cell(i, 1), nl, italic=True)
        return tt

    doc.add_heading("1 – Tour de table / Rondetafel", level=1)
    sbs([("Gand : 41 participants en cours, dont 12 nouveaux depuis mars. L'atelier vélo a beaucoup "
          "de succès.",
          "Gent: 41 deelnemers in traject, waarvan 12 nieuw sinds maart. Het fietsatelier is een succes."),
         ("Anvers et Edegem : les groupes sont complets (8 + 1). Edegem cherche une salle plus grande.",
          "Antwerpen en Edegem: de groepen zitten vol (8 + 1). Edegem zoekt een grotere zaal."),
         ("Liège : reprise complète des ateliers collectifs, groupes de 10 maximum. La ferme accueille "
          "de nouveau les sorties du vendredi.",
          "(Nederlandse vertaling nog aan te vullen)"),
         ("Charleroi : module 7 lancé ; 29 % des personnes invitées sont venues à la séance "
          "d'information.",
          "Charleroi: module 7 gestart; 29 % van de uitgenodigden kwam naar de infosessie."),
         ("Bruxelles : 2 nouveaux collègues à l'intake, liste d'attente de 3 semaines.",
          "Brussel: 2 nieuwe collega's voor de intake, wachtlijst van 3 weken.")])

    doc.add_heading("2 – Présentation ULB / Voorstelling ULB", level=1)
    sbs([("Laura Martens présente une méthode d'évaluation participative : les participants "
          "choisissent eux-mêmes des images pour dire ce qui a changé pour eux. Plus accessible que "
          "l'enquête de satisfaction actuelle, qui reste trop abstraite.",
          "Laura Martens stelt een methode van participatieve evaluatie voor: deelnemers kiezen zelf "
          "beelden om te tonen wat er voor hen veranderd is. Toegankelijker dan de huidige "
          "tevredenheidsenquête, die te abstract blijft."),
         ("Points d'attention : temps nécessaire, besoin d'un médiateur interculturel pour les "
          "groupes débutants.",
          "Aandachtspunten: tijd, nood aan een intercultureel bemiddelaar voor beginnersgroepen.")])

    doc.add_heading("3 – Visite des ateliers / Bezoek aan de ateliers", level=1)
    sbs([("Visite de l'atelier couture et de l'espace numérique. Les participants ont présenté "
          "eux-mêmes leurs réalisations.",
          "Bezoek aan het naaiatelier en de digitale ruimte. De deelnemers stelden zelf hun werk voor.")])

    doc.add_heading("4 – Actions / Acties", level=1)
    sbs([("Laura Martens envoie sa présentation et le questionnaire à tous les participants.",
          "Laura Martens stuurt haar presentatie en de vragenlijst naar alle aanwezigen."),
         ("Chaque CPAS désigne une personne de contact pour l'évaluation participative avant le "
          "1er juillet.",
          "Elk OCMW duidt vóór 1 juli een contactpersoon aan voor de participatieve evaluatie."),
         ("Le SPP IS vérifie si les frais de traduction de l'enquête sont éligibles au budget FAMI.",
          "De POD MI gaat na of de vertaalkosten van de enquête inbrengbaar zijn in het AMIF-budget."),
         ("Pieter-Jan et Tom comparent les grilles d'intake de Bruxelles et de Gand.",
          "Pieter-Jan en Tom vergelijken de intakeroosters van Brussel en Gent.")])
    par(doc)
    par(doc, "Prochaine rencontre / Volgende bijeenkomst : jeudi 6 octobre 2022 à Gand / donderdag "
             "6 oktober 2022 in Gent", bold=True, color=BLUE)

    expected = {
        "file": name + ".docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2022-06-14",
        "people": [
            ["Véronique Dumont", "Present", "BRUXELLES"],
            ["Pieter-Jan Maes", "Present", "BRUXELLES"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Tom Vanhaecke", "Present", "GENT"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Koen Janssens", "Present", "EDEGEM"],
            ["Julie Hermans", "Present", "LIEGE"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Jonas Declercq", "Present", "SPP"],
            ["Laura Martens", "Present", None],
            ["Marc Lejeune", "Excused", "CHARLEROI"],
            ["Griet Wouters", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café / Onthaal en koffie"],
            ["10:00", "11:00", "Tour de table / Rondetafel"],
            ["11:00", "12:00", "Présentation ULB : évaluation participative / Voorstelling ULB: participatieve evaluatie"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:00", "Visite des ateliers / Bezoek aan de ateliers"],
            ["14:00", "14:30", "Actions et prochaine rencontre / Acties en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Tour de table / Rondetafel"],
            ["2", "Présentation ULB / Voorstelling ULB"],
            ["3", "Visite des ateliers / Bezoek aan de ateliers"],
            ["4", "Actions / Acties"],
        ],
        "actions": [
            ["Network Contact", ["Laura Martens"], None, "Laura Martens envoie sa présentation"],
            ["CPAS", [], None, "Chaque CPAS désigne une personne de contact"],
            ["SPP", [], None, "Le SPP IS vérifie si les frais"],
            ["Several Network Contacts", ["Pieter-Jan Maes", "Tom Vanhaecke"], None,
             "Pieter-Jan et Tom comparent les grilles d'intake"],
        ],
        "next_meeting": {"date": "2022-10-06",
                         "text": "Prochaine rencontre / Volgende bijeenkomst : jeudi 6 octobre 2022 à "
                                 "Gand / donderdag 6 oktober 2022 in Gent"},
        "remarks": ["(Nederlandse vertaling nog aan te vullen)"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 192 - OCMW Gent (Bram Verhoeven), early network meeting 2016, NL paragraph then FR in italics
# ----------------------------------------------------------------------------------------
def r192():
    name = "192_verslag_gent_nov2016"
    doc = new_doc("Cambria", 11)
    header(doc, ["OCMW Gent – Dienst Werk – AMIF-project 'Nieuwkomers op weg'"], italic=True, size=8,
           align=WD_ALIGN_PARAGRAPH.LEFT)

    def bi(nl, fr, space=6):
        par(doc, nl, space_after=0)
        par(doc, fr, italic=True, color=GREY, space_after=space)

    par(doc, "VERSLAG NETWERKBIJEENKOMST AMIF – COMPTE RENDU RÉUNION DU RÉSEAU FAMI", bold=True, size=13)
    par(doc, "Donderdag 24 november 2016 / jeudi 24 novembre 2016", space_after=0)
    par(doc, "OCMW Gent, Dienst Werk, Onderbergen 86, 9000 Gent", space_after=0)
    par(doc, "Tolk / interprète: consecutief vertaald NL-FR / interprétation consécutive NL-FR")
    par(doc)

    par(doc, "Aanwezig / Présents", bold=True, space_after=0)
    for line in ["- Bram Verhoeven, OCMW Gent",
                 "- Tom Vanhaecke, OCMW Gent",
                 "- Lien De Wilde, OCMW Gent",
                 "- Youssef El Amrani, OCMW Antwerpen",
                 "- Nadia Bensaïd, CPAS Luik / Liège",
                 "- Marc Lejeune, CPAS Charleroi",
                 "- Véronique Dumont, OCMW Brussel / CPAS de Bruxelles",
                 "- Katrien Vermeulen, POD MI / SPP IS",
                 "- Sofie Wuyts, tolk / interprète"]:
        par(doc, line, space_after=0)
    par(doc)
    runs(doc, [("Verontschuldigd / Excusés", {"b": True}), (": Jonas Declercq (POD MI)", {})])
    par(doc)

    par(doc, "Agenda / Ordre du jour", bold=True, space_after=0)
    for line in ["9u30\tOnthaal / Accueil",
                 "10u00\tVoorstelling van de projecten / Présentation des projets",
                 "11u30\tIntake en oriëntatiebalans / Entretien d'admission et bilan d'orientation",
                 "12u30\tLunch",
                 "13u30\tAfspraken netwerk / Accords du réseau"]:
        par(doc, line, space_after=0)
    par(doc)

    par(doc, "1) Voorstelling van de projecten / Présentation des projets", bold=True)
    bi("Elk OCMW stelt zijn AMIF-project voor. Gent: sociale activering voor nieuwkomers met een "
       "individueel traject en een groepsmodule. Antwerpen: start in januari 2017. Charleroi: "
       "Activ'Up, werking in modules van september tot juni. Brussel: nadruk op taal en oriëntatie.",
       "Chaque CPAS présente son projet FAMI. Gand : activation sociale des primo-arrivants avec un "
       "trajet individuel et un module collectif. Anvers : démarrage en janvier 2017. Charleroi : "
       "Activ'Up, par modules de septembre à juin. Bruxelles : accent sur la langue et l'orientation.")
    par(doc, "[verslag Luik nog aan te vullen / compte rendu de Liège à compléter]", color=RED)
    par(doc)

    par(doc, "2) Intake en oriëntatiebalans / Entretien d'admission et bilan d'orientation", bold=True)
    bi("Tom toont de Gentse intakefiche: traject, doelen, motivatie, drempels. Nadia legt uit hoe Luik "
       "na de intake een bilan d'orientation opmaakt en de deelnemer naar de passende modules "
       "doorverwijst. Discussie over wat we noteren: enkel wat nodig is voor het traject.",
       "Tom montre la fiche d'intake de Gand : parcours, objectifs, motivation, obstacles. Nadia "
       "explique comment Liège établit un bilan d'orientation après l'entretien d'admission et oriente "
       "le participant vers les modules adaptés. Discussion sur ce qu'on note : uniquement ce qui est "
       "nécessaire pour le trajet.")
    par(doc)

    par(doc, "3) Afspraken netwerk / Accords du réseau", bold=True)
    bi("Afspraak: we vergaderen om de vier maanden, beurtelings bij een OCMW, met tolk. De verslagen "
       "worden in het Nederlands en het Frans verspreid.",
       "Accord : nous nous réunissons tous les quatre mois, à tour de rôle dans un CPAS, avec "
       "interprète. Les rapports sont diffusés en néerlandais et en français.")
    par(doc)

    par(doc, "4) Acties / Actions", bold=True)
    for line in ["- Tom bezorgt de Gentse intakefiche aan alle OCMW's. / Tom envoie la fiche d'intake "
                 "de Gand à tous les CPAS.",
                 "- Het POD MI maakt een gedeelde contactlijst van het netwerk. / Le SPP IS établit "
                 "une liste de contacts du réseau.",
                 "- Nadia en Marc zoeken uit hoe de Waalse CPAS het inburgeringstraject (parcours "
                 "d'intégration) koppelen aan hun project. / Nadia et Marc examinent comment les CPAS "
                 "wallons articulent le parcours d'intégration et leur projet.",
                 "- Organisatie van de volgende bijeenkomst: nog te bepalen (Antwerpen of Luik). / "
                 "Organisation de la prochaine réunion : à définir (Anvers ou Liège)."]:
        par(doc, line, space_after=2)
    par(doc)
    par(doc, "Volgende bijeenkomst / Prochaine réunion: maart 2017, datum volgt / date à suivre",
        bold=True)
    par(doc, "Verslag: Bram Verhoeven", italic=True, size=9)

    expected = {
        "file": name + ".docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2016-11-24",
        "people": [
            ["Bram Verhoeven", "Present", "GENT"],
            ["Tom Vanhaecke", "Present", "GENT"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Youssef El Amrani", "Present", "ANTWERPEN"],
            ["Nadia Bensaïd", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "CHARLEROI"],
            ["Véronique Dumont", "Present", "BRUXELLES"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Sofie Wuyts", "Present", None],
            ["Jonas Declercq", "Excused", "SPP"],
        ],
        "agenda": [
            ["09:30", None, "Onthaal / Accueil"],
            ["10:00", None, "Voorstelling van de projecten / Présentation des projets"],
            ["11:30", None, "Intake en oriëntatiebalans / Entretien d'admission et bilan d'orientation"],
            ["12:30", None, "Lunch"],
            ["13:30", None, "Afspraken netwerk / Accords du réseau"],
        ],
        "headings": [
            ["1", "Voorstelling van de projecten / Présentation des projets"],
            ["2", "Intake en oriëntatiebalans / Entretien d'admission et bilan d'orientation"],
            ["3", "Afspraken netwerk / Accords du réseau"],
            ["4", "Acties / Actions"],
        ],
        "actions": [
            ["Network Contact", ["Tom Vanhaecke"], None, "Tom bezorgt de Gentse intakefiche"],
            ["SPP", [], None, "Het POD MI maakt een gedeelde contactlijst"],
            ["Several Network Contacts", ["Nadia Bensaïd", "Marc Lejeune"], None,
             "Nadia en Marc zoeken uit hoe"],
            ["To Be Assigned", [], None, "Organisatie van de volgende bijeenkomst"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst / Prochaine réunion: maart 2017, datum volgt / date à suivre"},
        "remarks": ["[verslag Luik nog aan te vullen / compte rendu de Liège à compléter]"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 193 - POD MI (Bert Claes), network meeting on Zoom with interpretation, NL, auto-numbered headings
# ----------------------------------------------------------------------------------------
def r193():
    name = "193_verslag_netwerk_zoom_sept2023"
    doc = new_doc("Calibri", 11)
    header(doc, ["POD Maatschappelijke Integratie – AMIF 2021-2027", TAG_NL], italic=True, size=8)
    footer(doc, "Ontwerp – niet verspreiden vóór goedkeuring", size=7, align=WD_ALIGN_PARAGRAPH.LEFT)
    nid = auto_numbered_headings(doc)

    par(doc, "Ontwerpversie – opmerkingen van de OCMW's nog aan te vullen", italic=True, color=RED,
        size=9)
    par(doc, "Verslag netwerkvergadering AMIF", style="Title")
    par(doc, "Donderdag 28 september 2023 – online (Zoom), 10.00 u. – 12.00 u.", bold=True, space_after=0)
    par(doc, "Tolken via het vertaalkanaal van Zoom (NL/FR).", space_after=8)

    par(doc, "Aanwezig", bold=True, color=BLUE, space_after=0)
    for line in ["Bert Claes – POD MI",
                 "Katrien Vermeulen – POD MI",
                 "Lien De Wilde – OCMW Gent",
                 "Sarah Van den Broeck – OCMW Antwerpen",
                 "Hilde Verbeke – OCMW Mortsel",
                 "Julie Hermans – CPAS Luik",
                 "Fatima Zahraoui – CPAS Charleroi",
                 "Aurélie Dufour – CPAS Binche",
                 "Pieter-Jan Maes – OCMW Brussel",
                 "Hélène Masson – tolk",
                 "Dirk Vos – tolk"]:
        par(doc, line, style="List Bullet")
    par(doc, "Verontschuldigd", bold=True, color=BLUE, space_after=0)
    for line in ["Koen Janssens – OCMW Edegem", "Véronique Dumont – CPAS Brussel"]:
        par(doc, line, style="List Bullet")

    par(doc, "Agenda", bold=True, color=BLUE, space_after=2)
    table(doc, [["Tijdstip", "Agendapunt"],
                ["10.00 u. – 10.10 u.", "Welkom, technische afspraken Zoom"],
                ["10.10 u. – 10.50 u.", "AMIF 2021-2027: gemeenschappelijke indicatoren"],
                ["10.50 u. – 11.30 u.", "Bewaartermijnen en GDPR"],
                ["11.30 u. – 12.00 u.", "Tevredenheidsenquête: nieuwe versie"],
                ["12.00 u.", "Einde"]],
          style="Light List Accent 1", widths=[4, 11.5])
    par(doc)

    def h(t):
        p = doc.add_heading(t, level=1)
        set_num(p, nid)
        return p

    def actie(text):
        runs(doc, [("→ actie: ", {"b": True, "color": RED}), (text, {})])

    h("Welkom")
    par(doc, "Bert verwelkomt iedereen en stelt zich voor als nieuwe dossierbeheerder AMIF bij het "
             "POD. Microfoon uit als je niet spreekt; Franstaligen kiezen het kanaal 'French'.")

    h("AMIF 2021-2027: gemeenschappelijke indicatoren")
    par(doc, "Bert licht de gemeenschappelijke output- en resultaatindicatoren toe (Verordening (EU) "
             "2021/1147): aantal deelnemers aan ondersteunende activiteiten, opgesplitst naar "
             "taalcursus, maatschappelijke oriëntatie en persoonlijke professionele begeleiding; "
             "deelnemers aan een taalcursus die minstens één ERK-niveau stijgen; deelnemers die "
             "aangeven dat de activiteit hun integratie heeft geholpen.")
    par(doc, "Vraag van Fatima: hoe meten we het ERK-niveau als er bij de start geen test is? "
             "Antwoord: enkel rapporteren waar een begin- én eindtest bestaat.")
    actie("Bert stuurt de indicatorenfiche met definities naar alle OCMW's (BC)")
    actie("elk OCMW vult de nulmeting in tegen 31 oktober")

    h("Bewaartermijnen en GDPR")
    par(doc, "Documenten van de operatie worden bewaard tot vijf jaar na 31 december van het jaar van "
             "de laatste betaling (Verordening (EU) 2021/1060, art. 82). Persoonsgegevens niet langer "
             "dan nodig (AVG art. 5.1.e); een deelnemer kan inzage vragen in alles wat over hem "
             "bijgehouden wordt (art. 15). Sarah vraagt hoe dat te rijmen valt: dossier bijhouden "
             "versus minimale gegevens.")
    actie("nota over bewaartermijnen en inzagerecht opstellen (POD MI)")

    h("Tevredenheidsenquête")
    par(doc, "Julie en Lien stellen de vereenvoudigde enquête voor: 8 vragen met pictogrammen. "
             "Vertalingen: Arabisch, Dari, Oekraïens, Tigrinya. Aurélie: in Binche lukt het invullen "
             "enkel met hulp van een intercultureel bemiddelaar.")
    actie("Julie en Lien finaliseren de enquête en zetten ze op de gedeelde schijf (JH/LDW)")

    h("Rondvraag")
    par(doc, "Hilde: Mortsel heeft vanaf januari een nieuwe trajectbegeleider. Enkele deelnemers "
             "hoorden de vertaling niet (verkeerde instellingen in Zoom).")
    actie("handleiding tolkenkanaal Zoom voor deelnemers opstellen – nog te bepalen")
    par(doc)

    nt = doc.add_table(rows=1, cols=1)
    nt.style = doc.styles["Table Grid"]
    c = nt.cell(0, 0)
    cell_write(c, "Volgende netwerkvergadering: dinsdag 12 december 2023, fysiek in Charleroi (met tolken).",
               bold=True)
    shade(c, "DEEAF6")

    expected = {
        "file": name + ".docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2023-09-28",
        "people": [
            ["Bert Claes", "Present", "SPP"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Hilde Verbeke", "Present", "MORTSEL"],
            ["Julie Hermans", "Present", "LIEGE"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Aurélie Dufour", "Present", "BINCHE"],
            ["Pieter-Jan Maes", "Present", "BRUXELLES"],
            ["Hélène Masson", "Present", None],
            ["Dirk Vos", "Present", None],
            ["Koen Janssens", "Excused", "EDEGEM"],
            ["Véronique Dumont", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["10:00", "10:10", "Welkom, technische afspraken Zoom"],
            ["10:10", "10:50", "AMIF 2021-2027: gemeenschappelijke indicatoren"],
            ["10:50", "11:30", "Bewaartermijnen en GDPR"],
            ["11:30", "12:00", "Tevredenheidsenquête: nieuwe versie"],
            ["12:00", None, "Einde"],
        ],
        "headings": [
            ["", "Welkom"],
            ["", "AMIF 2021-2027: gemeenschappelijke indicatoren"],
            ["", "Bewaartermijnen en GDPR"],
            ["", "Tevredenheidsenquête"],
            ["", "Rondvraag"],
        ],
        "actions": [
            ["Network Contact", ["Bert Claes"], None, "Bert stuurt de indicatorenfiche met definities"],
            ["CPAS", [], None, "elk OCMW vult de nulmeting"],
            ["SPP", [], None, "nota over bewaartermijnen en inzagerecht"],
            ["Several Network Contacts", ["Julie Hermans", "Lien De Wilde"], None,
             "Julie en Lien finaliseren de enquête"],
            ["To Be Assigned", [], None, "handleiding tolkenkanaal Zoom voor deelnemers"],
        ],
        "next_meeting": {"date": "2023-12-12",
                         "text": "Volgende netwerkvergadering: dinsdag 12 december 2023, fysiek in Charleroi (met tolken)."},
        "remarks": ["Ontwerpversie – opmerkingen van de OCMW's nog aan te vullen"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 194 - OCMW Antwerpen (Youssef El Amrani), network meeting in Antwerp, NL then full FR version
# ----------------------------------------------------------------------------------------
def r194():
    name = "194_verslag_rapport_antwerpen_okt2024"
    doc = new_doc("Aptos", 10, margins_cm=2)
    header(doc, ["OCMW Antwerpen | CPAS d'Anvers", TAG_NL + " / " + TAG_FR], italic=True, size=7,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, "Verslag / Rapport 17.10.2024 – ", size=8, page=True)

    par(doc, "Verslag netwerkvergadering AMIF – Rapport réunion du réseau FAMI", bold=True, size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    par(doc, "17 oktober 2024 – OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen",
        align=WD_ALIGN_PARAGRAPH.CENTER)

    runs(doc, [("Aanwezig: ", {"b": True}),
               ("Youssef El Amrani, Sarah Van den Broeck (OCMW Antwerpen); Griet Wouters (OCMW "
                "Schoten); Koen Janssens (OCMW Edegem); Hilde Verbeke, Els Peeters (OCMW Mortsel); "
                "Lien De Wilde (OCMW Gent); Julie Hermans, Karim Ouali (CPAS Luik); Fatima Zahraoui "
                "(CPAS Charleroi); Pieter-Jan Maes (OCMW Brussel); Bert Claes (POD MI)", {})])
    runs(doc, [("Tolken aanwezig: ", {"b": True}), ("Hélène Masson en Dirk Vos (simultaanvertaling)", {})])
    runs(doc, [("Verontschuldigd: ", {"b": True}),
               ("Aurélie Dufour (CPAS Binche), Katrien Vermeulen (POD MI)", {})])

    par(doc, "Agenda", bold=True, space_after=0)
    for line in ["09u30 – Onthaal",
                 "10u00 – Voorstelling partnerwerking Schoten, Edegem, Mortsel",
                 "11u00 – Werkbezoek atelier 'Thuis in Antwerpen'",
                 "12u30 – Broodjeslunch",
                 "13u30 – Tevredenheid en resultaten 2023-2024",
                 "14u30 – Afspraken en planning 2025"]:
        par(doc, line, style="List Bullet")

    doc.add_heading("1. Partnerwerking in de rand", level=1)
    par(doc, "Griet, Koen en Hilde stellen samen voor hoe de drie partnergemeenten met Antwerpen "
             "samenwerken: de intake gebeurt lokaal, de groepsmodules in Antwerpen (Schoten) of in "
             "Mortsel (voor Edegem en Mortsel). Knelpunt: verplaatsingen met De Lijn, deelnemers "
             "haken af als de rit langer dan een uur duurt.")
    doc.add_heading("2. Werkbezoek", level=1)
    par(doc, "Bezoek aan het atelier 'Thuis in Antwerpen' (wonen, energie, bank en verzekeringen). "
             "Twee deelnemers vertelden over hun traject; een intercultureel bemiddelaar vertaalde "
             "naar het Arabisch.")
    doc.add_heading("3. Tevredenheid en resultaten", level=1)
    par(doc, "Antwerpen en partners: 112 deelnemers in 2023-2024, 74 enquêtes ingevuld. 83 % zegt dat "
             "het project hen hielp om hun weg te vinden. Werkpunt blijft de communicatie bij "
             "gewijzigde uurroosters of geannuleerde lessen. Lien vult aan dat Gent hetzelfde merkt.")
    doc.add_heading("4. Planning 2025", level=1)
    par(doc, "Voorkeur voor drie netwerkvergaderingen in 2025 (februari, juni, oktober), telkens met "
             "tolken. Locaties: Luik, Charleroi, Gent – volgorde nog te bespreken.")
    doc.add_heading("5. Actiepunten", level=1)
    table(doc, [["Actie", "Verantwoordelijke", "Deadline"],
                ["Presentatie partnerwerking doorsturen naar alle OCMW's", "Griet Wouters", "31/10"],
                ["Resultaten tevredenheidsenquête per module samenvatten",
                 "Sarah Van den Broeck en Koen Janssens", "30/11"],
                ["Jaarplanning 2025 met data netwerkvergaderingen voorstellen", "POD MI", "15/11"],
                ["Vervoersonkosten deelnemers Edegem en Mortsel nagaan", "OCMW Antwerpen", "december"],
                ["Gastspreker voor netwerkdag voorjaar zoeken", "nog te bepalen", "–"]],
          style="Light Grid Accent 1", widths=[9, 4.5, 2.5])

    par(doc)
    doc.add_heading("Version française", level=1)
    par(doc, "Présents et excusés : voir version néerlandaise ci-dessus. Ordre du jour : idem.",
        italic=True)
    doc.add_heading("1. Fonctionnement avec les communes partenaires", level=1)
    par(doc, "Griet, Koen et Hilde présentent la collaboration des trois communes partenaires avec "
             "Anvers : l'intake se fait sur place, les modules collectifs à Anvers (Schoten) ou à "
             "Mortsel (pour Edegem et Mortsel). Difficulté : les trajets en bus, les participants "
             "décrochent quand le trajet dépasse une heure.")
    doc.add_heading("2. Visite de terrain", level=1)
    par(doc, "[traduction du point 2 à compléter]")
    doc.add_heading("3. Satisfaction et résultats", level=1)
    par(doc, "Anvers et partenaires : 112 participants en 2023-2024, 74 enquêtes remplies. 83 % "
             "disent que le projet les a aidés à trouver leur chemin. Point à améliorer : la "
             "communication en cas de changement d'horaire ou de cours annulé. Lien ajoute que Gand "
             "constate la même chose.")
    doc.add_heading("4. Planning 2025", level=1)
    par(doc, "Préférence pour trois réunions du réseau en 2025 (février, juin, octobre), toujours avec "
             "interprètes. Lieux : Liège, Charleroi, Gand – ordre encore à discuter.")
    doc.add_heading("5. Points d'action", level=1)
    table(doc, [["Action", "Responsable", "Échéance"],
                ["Transmettre la présentation à tous les CPAS", "Griet Wouters", "31/10"],
                ["Résumer les résultats de l'enquête par module", "Sarah Van den Broeck et Koen Janssens",
                 "30/11"],
                ["Proposer le planning 2025 avec les dates des réunions", "SPP IS", "15/11"],
                ["Vérifier les frais de transport des participants d'Edegem et de Mortsel",
                 "CPAS d'Anvers", "décembre"],
                ["Trouver un orateur pour la journée du réseau au printemps", "à définir", "–"]],
          style="Light Grid Accent 1", widths=[9, 4.5, 2.5])

    expected = {
        "file": name + ".docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2024-10-17",
        "people": [
            ["Youssef El Amrani", "Present", "ANTWERPEN"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Griet Wouters", "Present", "SCHOTEN"],
            ["Koen Janssens", "Present", "EDEGEM"],
            ["Hilde Verbeke", "Present", "MORTSEL"],
            ["Els Peeters", "Present", "MORTSEL"],
            ["Lien De Wilde", "Present", "GENT"],
            ["Julie Hermans", "Present", "LIEGE"],
            ["Karim Ouali", "Present", "LIEGE"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Pieter-Jan Maes", "Present", "BRUXELLES"],
            ["Bert Claes", "Present", "SPP"],
            ["Hélène Masson", "Present", None],
            ["Dirk Vos", "Present", None],
            ["Aurélie Dufour", "Excused", "BINCHE"],
            ["Katrien Vermeulen", "Excused", "SPP"],
        ],
        "agenda": [
            ["09:30", None, "Onthaal"],
            ["10:00", None, "Voorstelling partnerwerking Schoten, Edegem, Mortsel"],
            ["11:00", None, "Werkbezoek atelier 'Thuis in Antwerpen'"],
            ["12:30", None, "Broodjeslunch"],
            ["13:30", None, "Tevredenheid en resultaten 2023-2024"],
            ["14:30", None, "Afspraken en planning 2025"],
        ],
        "headings": [
            ["1", "Partnerwerking in de rand"],
            ["2", "Werkbezoek"],
            ["3", "Tevredenheid en resultaten"],
            ["4", "Planning 2025"],
            ["5", "Actiepunten"],
            ["", "Version française"],
            ["1", "Fonctionnement avec les communes partenaires"],
            ["2", "Visite de terrain"],
            ["3", "Satisfaction et résultats"],
            ["4", "Planning 2025"],
            ["5", "Points d'action"],
        ],
        "actions": [
            ["Network Contact", ["Griet Wouters"], None, "Presentatie partnerwerking doorsturen naar alle"],
            ["Several Network Contacts", ["Sarah Van den Broeck", "Koen Janssens"], None,
             "Resultaten tevredenheidsenquête per module samenvatten"],
            ["SPP", [], None, "Jaarplanning 2025 met data netwerkvergaderingen"],
            ["CPAS", [], "ANTWERPEN", "Vervoersonkosten deelnemers Edegem en Mortsel"],
            ["To Be Assigned", [], None, "Gastspreker voor netwerkdag voorjaar zoeken"],
        ],
        "next_meeting": None,
        "remarks": ["[traduction du point 2 à compléter]"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 195 - CPAS de Binche (Aurélie Dufour), comité de suivi Charleroi-Binche, French, no agenda
# ----------------------------------------------------------------------------------------
def r195():
    name = "195_pv_binche_comite_mai2025"
    doc = new_doc("Verdana", 10)
    footer(doc, "CPAS de Binche – FAMI – PV comité de suivi du 13/05/2025", size=7,
           align=WD_ALIGN_PARAGRAPH.RIGHT)

    tt = doc.add_table(rows=1, cols=1)
    tt.style = doc.styles["Table Grid"]
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = tt.cell(0, 0)
    cell_write(c, "CPAS DE BINCHE – Comité de suivi FAMI Charleroi–Binche", bold=True, size=12)
    p2 = c.add_paragraph()
    r = p2.add_run("Procès-verbal de la réunion du mardi 13 mai 2025")
    r.font.size = Pt(10)
    shade(c, "E2EFD9")
    par(doc)
    par(doc, "Lieu : CPAS de Binche, salle du Conseil – rue des Archers 12, 7130 Binche", space_after=0)
    par(doc, "Heure : 9h30 – 11h45")
    par(doc)

    table(doc, [["Nom", "Fonction", "Institution", "P/E"],
                ["Aurélie Dufour", "coordinatrice", "CPAS de Binche", "P"],
                ["Nicolas Delvaux", "assistant social", "CPAS de Binche", "P"],
                ["Fatima Zahraoui", "coordinatrice Activ’Up", "CPAS de Charleroi", "P"],
                ["Marc Lejeune", "chef de service Action Migrants", "CPAS de Charleroi", "E"],
                ["Chloé Renard", "gestionnaire de dossier FAMI", "SPP Intégration Sociale", "P"],
                ["Samira Haddad", "médiatrice interculturelle", "ASBL Le Pont", "P"]],
          widths=[3.5, 5, 4.5, 1.2], size=9)
    par(doc, "P = présent(e) ; E = excusé(e)", italic=True, size=8)

    def title(t):
        par(doc, t, bold=True, color=GREEN, size=11, space_after=3)

    title("Bilan du module de printemps")
    par(doc, "14 participantes inscrites, 11 ont terminé le module (2 abandons pour raisons de santé, "
             "1 déménagement). Taux de présence moyen : 78 %. Les participantes demandent plus "
             "d’activités à l’extérieur (sorties socio-culturelles).")

    title("Recrutement et séances d’information")
    par(doc, "Binche : 42 personnes invitées par les AS, 15 présentes à la séance d’information (36 %). "
             "Charleroi : 187 invitées, 63 présentes (34 %). Fatima confirme l’effet positif des SMS de "
             "rappel.")

    title("Mobilité des participants binchois")
    par(doc, "Pour l’atelier informatique, les participants de Binche doivent aller à Charleroi : "
             "45 minutes de bus. Samira propose d’organiser l’atelier à Binche un jeudi sur deux.")

    title("Rapportage FAMI et RGPD")
    par(doc, "Chloé rappelle que Charleroi ne reçoit aucun nom de participant de Binche : les listes de "
             "présence restent au CPAS de Binche, seuls les chiffres agrégés sont transmis. Dépenses "
             "au 30 avril : [montant à compléter par le service financier].")

    title("Suites à donner")
    for line in ["CPAS de Charleroi : vérifier si une salle informatique peut être prêtée à Binche le "
                 "jeudi",
                 "Aurélie et Fatima : préparer une séance d’information commune pour septembre",
                 "SPP IS : confirmer que les frais de bus des participants sont éligibles",
                 "Nicolas : mettre à jour le tableau de présence anonymisé (numéros uniquement)",
                 "Trouver un interprète pour les participantes tigrinyaphones : à définir"]:
        par(doc, line, style="List Bullet")
    par(doc)
    par(doc, "Prochain comité : le mardi 9 septembre 2025 à 13h30, à Charleroi.", bold=True)
    par(doc, "Rédaction : Aurélie Dufour", italic=True, size=8)

    expected = {
        "file": name + ".docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2025-05-13",
        "people": [
            ["Aurélie Dufour", "Present", "BINCHE"],
            ["Nicolas Delvaux", "Present", "BINCHE"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Chloé Renard", "Present", "SPP"],
            ["Samira Haddad", "Present", None],
            ["Marc Lejeune", "Excused", "CHARLEROI"],
        ],
        "agenda": [],
        "headings": [
            ["", "Bilan du module de printemps"],
            ["", "Recrutement et séances d’information"],
            ["", "Mobilité des participants binchois"],
            ["", "Rapportage FAMI et RGPD"],
            ["", "Suites à donner"],
        ],
        "actions": [
            ["CPAS", [], "CHARLEROI", "vérifier si une salle informatique"],
            ["Several Network Contacts", ["Aurélie Dufour", "Fatima Zahraoui"], None,
             "préparer une séance d’information commune"],
            ["SPP", [], None, "confirmer que les frais de bus"],
            ["Network Contact", ["Nicolas Delvaux"], None, "mettre à jour le tableau de présence"],
            ["To Be Assigned", [], None, "Trouver un interprète pour les participantes"],
        ],
        "next_meeting": {"date": "2025-09-09",
                         "text": "Prochain comité : le mardi 9 septembre 2025 à 13h30, à Charleroi."},
        "remarks": ["[montant à compléter par le service financier]"],
    }
    save(doc, name, expected)


# ----------------------------------------------------------------------------------------
# 196 - OCMW Gent (Lien De Wilde), network meeting on Teams with interpretation, NL + FR summary box
# ----------------------------------------------------------------------------------------
def r196():
    name = "196_verslag_netwerk_teams_feb2026"
    doc = new_doc("Aptos", 10.5)
    header(doc, ["OCMW Gent – AMIF-netwerk", "Verslag / Rapport"], italic=False, size=8,
           align=WD_ALIGN_PARAGRAPH.RIGHT, color=GREY)
    footer(doc, "v2 – LDW – ", size=7, page=True)

    par(doc, "Verslag netwerkvergadering AMIF – Rapport de la réunion du réseau FAMI", bold=True,
        size=14, space_after=0)
    par(doc, "Dinsdag 10 februari 2026, 9u30 – 12u00 – online via Microsoft Teams, met tolken "
             "(Teams-tolkenkanaal)", space_after=8)

    st = doc.add_table(rows=2, cols=2)
    st.style = doc.styles["Table Grid"]
    cell_write(st.cell(0, 0), "Samenvatting", bold=True)
    cell_write(st.cell(0, 1), "Résumé", bold=True)
    shade(st.cell(0, 0), "F2F2F2")
    shade(st.cell(0, 1), "F2F2F2")
    cell_write(st.cell(1, 0), "Online vergadering over de rapportering 2025, de resultaten van de "
                              "tevredenheidsenquête en een inzageverzoek in Luik. Belangrijkste "
                              "afspraken: cijfers 2025 tegen 15/03, een stappenplan voor "
                              "inzageverzoeken tegen de volgende vergadering.", size=9)
    cell_write(st.cell(1, 1), "Réunion en ligne sur le rapportage 2025, les résultats de l'enquête de "
                              "satisfaction et une demande d'accès à Liège. Principaux accords : "
                              "chiffres 2025 pour le 15/03, une procédure pour les demandes d'accès "
                              "pour la prochaine réunion.", italic=True, size=9)
    par(doc)

    par(doc, "Aanwezig (via Teams)", bold=True, space_after=0)
    for line in ["Lien De Wilde (LDW) – OCMW Gent",
                 "Tom Vanhaecke (TV) – OCMW Gent",
                 "Sarah Van den Broeck (SVDB) – OCMW Antwerpen",
                 "Griet Wouters (GW) – OCMW Schoten",
                 "Karim Ouali (KO) – CPAS Luik",
                 "Fatima Zahraoui (FZ) – CPAS Charleroi",
                 "Pieter-Jan Maes (PJM) – OCMW Brussel",
                 "Bert Claes (BC) – POD MI",
                 "tolken: Hélène Masson, Dirk Vos"]:
        par(doc, line, style="List Bullet")
    par(doc, "Verontschuldigd", bold=True, space_after=0)
    for line in ["Julie Hermans – CPAS Luik", "Aurélie Dufour – CPAS Binche", "Hilde Verbeke – OCMW Mortsel"]:
        par(doc, line, style="List Bullet")
    par(doc)
    runs(doc, [("Agenda: ", {"b": True}),
               ("(1) welkom, (2) rapportering 2025, (3) resultaten enquête, (4) inzageverzoek GDPR – "
                "casus Luik, (5) varia", {})])

    doc.add_heading("1. Welkom", level=2)
    par(doc, "Lien verwelkomt iedereen. Bert meldt dat het AMIF-team van het POD versterkt is met een "
             "tweede dossierbeheerder. Het tolkenkanaal werkt deze keer zonder problemen.")

    doc.add_heading("2. Rapportering 2025", level=2)
    par(doc, "De indicatorentabel 2025 is bijna klaar. Nieuw: de opsplitsing van de deelnemers aan "
             "taalcursussen per ERK-niveau bij begin en einde. Fatima vraagt uitstel tot eind maart "
             "voor Charleroi wegens een personeelswissel: akkoord.")

    doc.add_heading("3. Resultaten tevredenheidsenquête", level=2)
    par(doc, "Gent: 87 ingevulde enquêtes, 81 % vindt dat het traject helpt om zijn weg te vinden in "
             "België. Antwerpen en Schoten: 64 enquêtes, vooral kritiek op veranderende uurroosters. "
             "Charleroi: [in te voegen: cijfers Charleroi].")
    par(doc, "TV zal de Gentse tevredenheidscijfers opsplitsen per module.")

    doc.add_heading("4. Inzageverzoek (GDPR) – casus Luik", level=2)
    par(doc, "Karim schetst de casus: een deelnemer vroeg alles in te zien wat het CPAS over hem "
             "bijhoudt (art. 15 AVG). Vraag: ook de notities van de intake en de aanwezigheidslijsten? "
             "Advies van de DPO van Luik: ja, met uitzondering van gegevens over derden. Bewaren tot "
             "vijf jaar vanaf 31 december van het jaar van de laatste betaling, daarna vernietigen.")

    doc.add_heading("5. Varia", level=2)
    par(doc, "Griet: Schoten start in april een nieuwe groep (max. 8 deelnemers + 1 begeleider). "
             "Pieter-Jan: nieuwe collega voor de intake in Brussel vanaf maart.")
    par(doc, "Opmerkingen van Mortsel: nog aan te vullen", italic=True, color=GREY)

    doc.add_heading("6. Acties", level=2)
    for line in ["Wie: BC – Wat: de definitieve indicatorentabel 2025 naar alle OCMW's sturen – "
                 "Wanneer: 20/02",
                 "Wie: elk OCMW – Wat: cijfers 2025 invullen en valideren – Wanneer: 15/03",
                 "Wie: KO + PJM – Wat: stappenplan voor inzageverzoeken (art. 15 AVG) uitschrijven – "
                 "Wanneer: volgende vergadering",
                 "Wie: OCMW Gent – Wat: resultaten enquête in NL en FR op het Teams-kanaal zetten – "
                 "Wanneer: eind februari",
                 "Wie: nog te bepalen – Wat: vorming intercultureel tolken voor nieuwe medewerkers – "
                 "Wanneer: najaar"]:
        par(doc, line, space_after=3)
    par(doc)
    par(doc, "Volgende vergadering: woensdag 3 juni 2026 in Brussel (fysiek, met tolken) – prochaine "
             "réunion : mercredi 3 juin 2026 à Bruxelles.", bold=True)

    expected = {
        "file": name + ".docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2026-02-10",
        "people": [
            ["Lien De Wilde", "Present", "GENT"],
            ["Tom Vanhaecke", "Present", "GENT"],
            ["Sarah Van den Broeck", "Present", "ANTWERPEN"],
            ["Griet Wouters", "Present", "SCHOTEN"],
            ["Karim Ouali", "Present", "LIEGE"],
            ["Fatima Zahraoui", "Present", "CHARLEROI"],
            ["Pieter-Jan Maes", "Present", "BRUXELLES"],
            ["Bert Claes", "Present", "SPP"],
            ["Hélène Masson", "Present", None],
            ["Dirk Vos", "Present", None],
            ["Julie Hermans", "Excused", "LIEGE"],
            ["Aurélie Dufour", "Excused", "BINCHE"],
            ["Hilde Verbeke", "Excused", "MORTSEL"],
        ],
        "agenda": [
            [None, None, "welkom"],
            [None, None, "rapportering 2025"],
            [None, None, "resultaten enquête"],
            [None, None, "inzageverzoek GDPR – casus Luik"],
            [None, None, "varia"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Rapportering 2025"],
            ["3", "Resultaten tevredenheidsenquête"],
            ["4", "Inzageverzoek (GDPR) – casus Luik"],
            ["5", "Varia"],
            ["6", "Acties"],
        ],
        "actions": [
            ["Network Contact", ["Tom Vanhaecke"], None, "TV zal de Gentse tevredenheidscijfers"],
            ["Network Contact", ["Bert Claes"], None, "de definitieve indicatorentabel 2025 naar"],
            ["CPAS", [], None, "cijfers 2025 invullen en valideren"],
            ["Several Network Contacts", ["Karim Ouali", "Pieter-Jan Maes"], None,
             "stappenplan voor inzageverzoeken (art. 15"],
            ["CPAS", [], "GENT", "resultaten enquête in NL en"],
            ["To Be Assigned", [], None, "vorming intercultureel tolken voor nieuwe"],
        ],
        "next_meeting": {"date": "2026-06-03",
                         "text": "Volgende vergadering: woensdag 3 juni 2026 in Brussel (fysiek, met tolken) – "
                                 "prochaine réunion : mercredi 3 juin 2026 à Bruxelles."},
        "remarks": ["[in te voegen: cijfers Charleroi]", "Opmerkingen van Mortsel: nog aan te vullen"],
    }
    save(doc, name, expected)


if __name__ == "__main__":
    for f in (r187, r188, r189, r190, r191, r192, r193, r194, r195, r196):
        f()
