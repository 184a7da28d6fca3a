# -*- coding: utf-8 -*-
"""Builds the ten invented AMIF/FAMI network meeting reports 547-556 (one function per report).

Every person, place detail and figure is invented. Run with the venv python:
    python make_reports.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    return doc


def add_field(paragraph, instr):
    """A simple field (PAGE, NUMPAGES) in a paragraph: Word shows the value, the text has none."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_text(doc, lines, align=WD_ALIGN_PARAGRAPH.LEFT, italic=False, size=9):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        r = p.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)
        p.alignment = align


def footer_page(doc, before="", after="", extra_lines=(), total=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    for line in extra_lines:
        r = p.add_run(line)
        r.italic = True
        r.font.size = Pt(8)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = ftr.add_paragraph()
    p.alignment = align
    if before:
        p.add_run(before).font.size = Pt(8)
    add_field(p, "PAGE")
    if total:
        p.add_run(" / ").font.size = Pt(8)
        add_field(p, "NUMPAGES")
    if after:
        p.add_run(after).font.size = Pt(8)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         underline=False, space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None):
    """parts: list of (text, dict(bold=..., italic=...))"""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
    return p


def first_cell_par(cell, text, bold=False, italic=False, style=None, color=None):
    """Write into the empty first paragraph of a cell."""
    p = cell.paragraphs[0]
    if style:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_par(cell, text, bold=False, italic=False, style=None, color=None):
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        return first_cell_par(cell, text, bold, italic, style, color)
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def grid_table(doc, rows, header=True, style="Table Grid", widths=None, bold_first_col=False):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            first_cell_par(cells[j], val, bold=(header and i == 0) or (bold_first_col and j == 0))
            if widths:
                cells[j].width = widths[j]
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def word_numbering(doc, fmt="decimal", text="%1."):
    """Adds an abstractNum + num to numbering.xml and returns the numId (Word numbers the paragraphs)."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "432")
    ind.set(qn("w:hanging"), "432")
    ppr.append(ind)
    lvl.append(ppr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
    return nid


def set_num(paragraph, num_id, ilvl=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pstyle = pPr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def save(doc, name):
    doc.core_properties.title = ""
    doc.core_properties.author = ""
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 547
def report_547():
    """OCMW Gent hosts, October 2016. Written by Hilde Vermeersch (OCMW Gent), NL only.
    Heading styles with typed numbers, agenda as a Word-numbered list with '10u00-10u30' times,
    people in bullets per organisation, tasks as 'Actie X:'."""
    doc = new_doc("Calibri", 11)
    header_text(doc, ["OCMW Gent", TAG_NL], align=WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
    footer_page(doc, before="Pagina ")

    doc.add_heading("Verslag netwerkbijeenkomst AMIF-OCMW's", 0)
    para(doc, "Donderdag 20 oktober 2016 – OCMW Gent, Ontmoetingscentrum De Ververij, Gent", bold=True)

    para(doc, "Aanwezig:", bold=True, space_after=2)
    for line in ["POD Maatschappelijke Integratie: Wouter Claeys, Anne-Sophie Hennuy",
                 "OCMW Gent: Hilde Vermeersch, Bram Dewulf, Fatma Yilmaz",
                 "OCMW Antwerpen: Els Wouters, Youssef El Amrani",
                 "CPAS Liège: Françoise Mathy",
                 "CPAS Charleroi: Véronique Dethier",
                 "CPAS Bruxelles: Nadia El Khattabi"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd:", bold=True, space_after=2)
    for line in ["CPAS Liège: Karim Benali", "OCMW Antwerpen: Dries Goossens"]:
        para(doc, line, style="List Bullet")

    para(doc, "Agenda:", bold=True, space_after=2)
    for line in ["10u00-10u30 Onthaal en koffie",
                 "10u30-11u15 Voorstelling project 'Samen Sterk' van OCMW Gent",
                 "11u15-12u00 Stand van zaken per OCMW",
                 "12u00-13u00 Lunch",
                 "13u00-14u30 Rondleiding in de ateliers",
                 "14u30-15u00 Afspraken en volgende bijeenkomst"]:
        para(doc, line, style="List Number")

    doc.add_heading("1. Onthaal", 1)
    para(doc, "Hilde Vermeersch verwelkomt de collega's in De Ververij, waar het AMIF-project van OCMW Gent "
              "sinds september 2015 zijn ateliers houdt. Het is de eerste keer dat het netwerk in Gent "
              "samenkomt. Een kort rondje voorstellen volgt, want er zijn enkele nieuwe gezichten.")

    doc.add_heading("2. Voorstelling project 'Samen Sterk'", 1)
    para(doc, "Het project richt zich op nieuwkomers die al lang een leefloon ontvangen en weinig Nederlands "
              "spreken. De maatschappelijk werkers van de sociale centra melden kandidaten aan; Bram voert "
              "daarna het intakegesprek en maakt samen met de deelnemer een oriëntatiebalans op.")
    para(doc, "Er zijn drie modules: een taalactiveringsatelier (twee keer per week), een creatief atelier en "
              "individuele begeleiding om de twee weken. Fatma Yilmaz werkt als intercultureel bemiddelaar en "
              "tolkt waar nodig tijdens de intake.")
    para(doc, "Sinds de start zijn 64 deelnemers ingestapt, van wie 41 de eerste module afrondden. "
              "De aanwezigheidsgraad ligt rond 78 %.")

    doc.add_heading("3. Stand van zaken per OCMW", 1)
    doc.add_heading("3.1 OCMW Antwerpen", 2)
    para(doc, "Antwerpen werkt met drie groepen van twaalf deelnemers. De rekrutering via de sociale centra "
              "verloopt traag; Els Wouters merkt dat de maatschappelijk werkers het project nog te weinig kennen. "
              "OCMW Antwerpen zou graag een keer een sessie over de rekrutering via de sociale diensten organiseren.")
    doc.add_heading("3.2 CPAS Liège", 2)
    para(doc, "Françoise Mathy legt uit hoe Luik met drie contracten per deelnemer werkt (met de "
              "maatschappelijk werker, de intaker en de verantwoordelijke van elke module). "
              "Meerdere OCMW's willen de intakefiche van Luik graag inkijken.")
    para(doc, "Actie Françoise: de intakefiche van Luik doorsturen naar alle OCMW's.")
    doc.add_heading("3.3 CPAS Charleroi", 2)
    para(doc, "Charleroi nodigt potentiële deelnemers eerst uit op een infosessie. Ongeveer een derde van de "
              "uitgenodigden komt effectief opdagen; Véronique Dethier vindt dat een goed resultaat.")
    doc.add_heading("3.4 CPAS Bruxelles", 2)
    para(doc, "Brussel start in januari met een tweede groep. Nadia El Khattabi vraagt of andere OCMW's "
              "ervaring hebben met tweetalige groepen; Gent en Antwerpen werken enkel in het Nederlands.")

    doc.add_heading("4. Rondleiding", 1)
    para(doc, "Na de lunch leiden twee deelnemers van het creatief atelier de groep rond. Ze tonen het "
              "werk van de voorbije maanden en vertellen in het Nederlands wat het atelier voor hen betekent.")

    doc.add_heading("5. Afspraken", 1)
    para(doc, "Er wordt beslist dat elke bijeenkomst voortaan een rondleiding bij het gastOCMW omvat.")
    para(doc, "Het POD heeft de contactlijst al op 14 oktober rondgestuurd.")
    para(doc, "Actie POD: een gemeenschappelijk sjabloon voor de tevredenheidsenquête voorstellen tegen januari.")
    para(doc, "Actie Hilde en Bram: de foto's van de ateliers delen via de gedeelde map.")
    para(doc, "Actie alle OCMW's: hun weekrooster bezorgen aan het POD vóór 30 november.")
    para(doc, "De volgende bijeenkomst vindt plaats op dinsdag 13 december 2016 in Antwerpen.")
    para(doc, "")
    para(doc, "Bijlage: presentatie 'Samen Sterk' (volgt)", italic=True)
    para(doc, "Verslag: Hilde Vermeersch, OCMW Gent", italic=True, size=9)
    save(doc, "547_verslag_gent_2016.docx")


# ---------------------------------------------------------------- 548
def report_548():
    """POD MI (Flemish staff), March 2017 in Antwerpen. Written by Wouter Claeys.
    NL then FR paragraph by paragraph (FR in italics), simultaneous interpretation,
    agenda as a table '9.30 – 10.00', bold headings typed I., II., tasks '→' and '(resp. ...)'."""
    doc = new_doc("Arial", 10)
    header_text(doc, ["POD Maatschappelijke Integratie | SPP Intégration Sociale"], size=8)
    footer_page(doc, extra_lines=[TAG_NL + " – " + TAG_FR], before="")

    para(doc, "ONTWERP – PROJET", bold=True, color="C00000", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "donderdag 16 maart 2017 – jeudi 16 mars 2017", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "OCMW Antwerpen, vergaderzaal Atrium, Antwerpen", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Simultaanvertaling NL-FR voorzien door twee tolken.")
    para(doc, "Interprétation simultanée NL-FR assurée par deux interprètes.", italic=True)
    runs(doc, [("Aanwezig / Présents: ", {"bold": True}),
               ("Wouter Claeys (POD MI), Anne-Sophie Hennuy (SPP IS), Els Wouters (OCMW Antwerpen), "
                "Youssef El Amrani (OCMW Antwerpen), Ann Peeters (OCMW Schoten), Tom Verbruggen (OCMW Edegem), "
                "Hilde Vermeersch (OCMW Gent), Fatma Yilmaz (OCMW Gent), Françoise Mathy (CPAS Liège), "
                "Karim Benali (CPAS Liège), Véronique Dethier (CPAS Charleroi), Samir Ouali (CPAS Charleroi), "
                "Nadia El Khattabi (CPAS Bruxelles)", {})])
    runs(doc, [("Tolken / Interprètes: ", {"bold": True}), ("Marie Lejeune, Bart Hermans", {})])
    runs(doc, [("Verontschuldigd / Excusés: ", {"bold": True}),
               ("Bram Dewulf (OCMW Gent), Nathalie Smets (OCMW Mortsel)", {})])
    para(doc, "")
    para(doc, "Agenda / Ordre du jour", bold=True)
    grid_table(doc, [
        ["Uur – Heure", "Onderwerp – Sujet"],
        ["9.30 – 10.00", "Onthaal met koffie / Accueil café"],
        ["10.00 – 10.45", "Voorstelling OCMW Antwerpen en partners / Présentation du CPAS d'Anvers et de ses partenaires"],
        ["10.45 – 11.30", "Rekrutering van deelnemers / Recrutement des participants"],
        ["11.30 – 12.30", "Tevredenheidsenquête: eerste resultaten / Enquête de satisfaction : premiers résultats"],
        ["12.30 – 13.30", "Lunch"],
        ["13.30 – 14.30", "Rondetafel per OCMW / Tour de table par CPAS"],
        ["14.30 – 15.00", "Varia en afspraken / Divers et accords"],
    ], widths=[Cm(3), Cm(13)])
    para(doc, "")

    def nlfr(nl, fr):
        para(doc, nl)
        para(doc, fr, italic=True, color="404040")

    para(doc, "I. Verwelkoming / Accueil", bold=True, size=11)
    nlfr("Els Wouters heet iedereen welkom in Antwerpen. Voor het eerst zijn ook de partners uit Schoten en "
         "Edegem aanwezig.",
         "Els Wouters souhaite la bienvenue à tous à Anvers. Pour la première fois, les partenaires de Schoten "
         "et d'Edegem sont également présents.")

    para(doc, "II. Voorstelling OCMW Antwerpen en partners / Présentation du CPAS d'Anvers et de ses partenaires",
         bold=True, size=11)
    nlfr("Antwerpen trekt het project samen met drie kleinere OCMW's. Deelnemers uit Schoten, Edegem en Mortsel "
         "volgen de collectieve ateliers in Antwerpen; de individuele begeleiding gebeurt in hun eigen gemeente. "
         "Ann Peeters vertelt dat de verplaatsing voor sommige deelnemers een drempel blijft.",
         "Anvers mène le projet avec trois CPAS plus petits. Les participants de Schoten, Edegem et Mortsel "
         "suivent les ateliers collectifs à Anvers ; l'accompagnement individuel se fait dans leur propre commune. "
         "Ann Peeters explique que le déplacement reste un obstacle pour certains participants.")
    nlfr("Er wordt afgesproken dat de partners van Antwerpen voortaan uitgenodigd worden op elke bijeenkomst.",
         "Il est convenu que les partenaires d'Anvers seront désormais invités à chaque rencontre.")

    para(doc, "III. Rekrutering van deelnemers / Recrutement des participants", bold=True, size=11)
    nlfr("Charleroi en Antwerpen vergelijken hun aanpak. Charleroi werkt met lijsten en infosessies, Antwerpen "
         "met een folder voor de maatschappelijk werkers van de sociale centra.",
         "Charleroi et Anvers comparent leur approche. Charleroi travaille avec des listes et des séances "
         "d'information, Anvers avec un dépliant destiné aux assistants sociaux des antennes.")
    nlfr("→ OCMW Antwerpen bezorgt de folder voor maatschappelijk werkers aan de andere OCMW's.",
         "→ Le CPAS d'Anvers envoie le dépliant destiné aux AS aux autres CPAS.")

    para(doc, "IV. Tevredenheidsenquête / Enquête de satisfaction", bold=True, size=11)
    nlfr("Het POD heeft de eerste resultaten al per mail bezorgd op 3 maart. Veel deelnemers vinden de vragen "
         "te abstract; de OCMW's vragen een eenvoudigere versie en meer talen.",
         "Le SPP a déjà transmis les premiers résultats par courriel le 3 mars. Beaucoup de participants "
         "trouvent les questions trop abstraites ; les CPAS demandent une version plus simple et plus de langues.")
    nlfr("De enquête wordt vereenvoudigd en vertaald in het Arabisch en het Dari (resp. POD MI).",
         "L'enquête sera simplifiée et traduite en arabe et en dari (resp. SPP IS).")

    para(doc, "V. Rondetafel / Tour de table", bold=True, size=11)
    nlfr("Luik start in april een nieuw taalatelier voor deelnemers die nog niet kunnen lezen. Gent meldt "
         "een wachtlijst van vijftien kandidaten. Brussel zoekt een tweede lokaal.",
         "Liège lance en avril un nouvel atelier de langue pour les participants qui ne savent pas encore lire. "
         "Gand signale une liste d'attente de quinze candidats. Bruxelles cherche un second local.")
    nlfr("Voorstelling van het nieuwe taalatelier op de volgende bijeenkomst (resp. Françoise Mathy en Karim Benali).",
         "Présentation du nouvel atelier de langue lors de la prochaine rencontre (resp. Françoise Mathy et "
         "Karim Benali).")

    para(doc, "VI. Varia en afspraken / Divers et accords", bold=True, size=11)
    nlfr("Uitnodiging sturen naar OCMW Binche voor de volgende bijeenkomsten (resp. nog te bepalen).",
         "Envoyer une invitation au CPAS de Binche pour les prochaines rencontres (resp. à définir).")
    para(doc, "")
    para(doc, "Volgende bijeenkomst / Prochaine rencontre: juni 2017 in Luik / en juin 2017 à Liège "
              "(datum volgt / date à confirmer)", bold=True)
    save(doc, "548_verslag_pod_antwerpen_2017.docx")


# ---------------------------------------------------------------- 549
def report_549():
    """CPAS de Bruxelles bilingual team, June 2018. Written by Nadia El Khattabi.
    FR | NL in two columns (borderless table), headings as Heading 1 numbered by Word (full width),
    people in a table with status columns, agenda told in the introduction (start times only),
    tasks 'Qui : ...', no next meeting."""
    doc = new_doc("Calibri", 10.5)
    header_text(doc, ["CPAS de Bruxelles – OCMW Brussel"], align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    footer_page(doc, before="– ", after=" –")
    num = word_numbering(doc)

    para(doc, "Rapport de la rencontre FAMI – Verslag van de AMIF-bijeenkomst", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Mardi 12 juin 2018 – dinsdag 12 juni 2018", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Bruxelles, salle du Conseil – OCMW Brussel, Raadzaal", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    rows = [["Nom / Naam", "Organisation / Organisatie", "Présent·e / Aanwezig", "Excusé·e / Verontschuldigd"],
            ["Nadia El Khattabi", "CPAS de Bruxelles", "x", ""],
            ["Thomas Vandenbroucke", "CPAS de Bruxelles", "x", ""],
            ["Aurélie Collard", "CPAS de Bruxelles", "", "x"],
            ["Anne-Sophie Hennuy", "SPP IS", "x", ""],
            ["Wouter Claeys", "POD MI", "x", ""],
            ["Hilde Vermeersch", "OCMW Gent", "x", ""],
            ["Bram Dewulf", "OCMW Gent", "", "x"],
            ["Els Wouters", "OCMW Antwerpen", "x", ""],
            ["Françoise Mathy", "CPAS de Liège", "x", ""],
            ["Véronique Dethier", "CPAS de Charleroi", "x", ""],
            ["Samir Ouali", "CPAS de Charleroi", "", "x"],
            ["Patrick Lebrun", "CPAS de Binche", "x", ""]]
    t = grid_table(doc, rows, style="Light Grid Accent 1")
    for c in t.rows[0].cells:
        shade(c, "D9E2F3")
    para(doc, "")

    def heading(text):
        h = doc.add_heading(text, 1)
        set_num(h, num)
        return h

    def two(fr_pars, nl_pars):
        tb = doc.add_table(rows=1, cols=2)
        no_borders(tb)
        for txt in fr_pars:
            cell_par(tb.rows[0].cells[0], txt)
        for txt in nl_pars:
            cell_par(tb.rows[0].cells[1], txt, italic=True)
        return tb

    heading("Accueil – Onthaal")
    two(["Au programme : à 9h30 l’accueil, à 10h00 la présentation du projet « Accueil Bruxelles – Onthaal "
         "Brussel », à 11h15 l’atelier « Communiquer avec les participants », et à 13h30 le tour de table des CPAS.",
         "La présidente du CPAS souhaite la bienvenue aux collègues et rappelle que l’équipe FAMI de Bruxelles "
         "travaille dans les deux langues."],
        ["Op het programma: om 9u30 het onthaal, om 10u00 de voorstelling van het project « Onthaal Brussel – "
         "Accueil Bruxelles », om 11u15 de workshop « Communiceren met de deelnemers », en om 13u30 de "
         "rondetafel van de OCMW’s.",
         "De voorzitster van het OCMW verwelkomt de collega’s en herinnert eraan dat het Brusselse AMIF-team "
         "in beide talen werkt."])
    para(doc, "La réunion s’est tenue en français et en néerlandais, sans interprétation. – De vergadering "
              "verliep in het Frans en het Nederlands, zonder tolken.", italic=True, size=9)

    heading("Présentation du projet bruxellois – Voorstelling van het Brusselse project")
    two(["Thomas Vandenbroucke présente le trajet : entretien d’admission, bilan d’orientation, puis un module "
         "collectif en français ou en néerlandais selon le choix du participant. Le groupe actuel compte "
         "18 participants, dont 11 femmes.",
         "Les horaires sont affichés avec des pictogrammes, ce qui aide les participants peu alphabétisés. "
         "Le CPAS de Charleroi a déjà adapté son horaire sur ce modèle."],
        ["Thomas Vandenbroucke stelt het traject voor: intakegesprek, oriëntatiebalans en daarna een collectieve "
         "module in het Frans of het Nederlands, naar keuze van de deelnemer. De huidige groep telt "
         "18 deelnemers, van wie 11 vrouwen.",
         "De uurroosters worden met pictogrammen getoond, wat laaggeletterde deelnemers helpt. "
         "OCMW Charleroi heeft zijn rooster al op dit model aangepast."])

    heading("Atelier : communiquer avec les participants – Workshop: communicatie met de deelnemers")
    two(["En petits groupes, les CPAS ont listé ce qui marche : un seul interlocuteur par participant, des "
         "rappels par SMS la veille, des horaires qui ne changent pas en cours de module.",
         "Points à améliorer : prévenir plus tôt quand un cours est annulé, et éviter d’imposer des activités "
         "sur des sujets sensibles.",
         "Il est décidé d’utiliser les pictogrammes dans tous les horaires du réseau."],
        ["In kleine groepen lijstten de OCMW’s op wat werkt: één aanspreekpunt per deelnemer, een sms-herinnering "
         "de dag voordien, uurroosters die niet wijzigen tijdens een module.",
         "Werkpunten: vroeger verwittigen als een les wegvalt, en geen activiteiten opleggen over gevoelige "
         "onderwerpen.",
         "Er wordt beslist om in alle uurroosters van het netwerk pictogrammen te gebruiken."])

    heading("Tour de table – Rondetafel")
    two(["Gand : liste d’attente de douze personnes. Anvers : premier groupe avec des participants de Schoten. "
         "Liège : nouvel atelier de langue depuis avril. Charleroi : troisième module en préparation. "
         "Binche : Patrick Lebrun présente pour la première fois le volet binchois du projet de Charleroi."],
        ["Gent: wachtlijst van twaalf personen. Antwerpen: eerste groep met deelnemers uit Schoten. "
         "Luik: nieuw taalatelier sinds april. Charleroi: derde module in voorbereiding. "
         "Binche: Patrick Lebrun stelt voor het eerst het Binchse luik van het project van Charleroi voor."])

    heading("Suivi – Opvolging")
    two(["Envoyer le pictogramme des horaires aux autres CPAS. Qui : Thomas Vandenbroucke",
         "Rassembler les versions traduites du questionnaire de satisfaction. Qui : SPP IS",
         "Vérifier les horaires des modules de septembre avant l’été. Qui : chaque CPAS",
         "Organiser une visite du projet de Liège pour les nouveaux collègues. Qui : à définir"],
        ["Het pictogram van de uurroosters naar de andere OCMW’s sturen. Wie: Thomas Vandenbroucke",
         "De vertaalde versies van de tevredenheidsvragenlijst verzamelen. Wie: POD MI",
         "De uurroosters van de modules van september nakijken vóór de zomer. Wie: elk OCMW",
         "Een bezoek aan het project van Luik organiseren voor de nieuwe collega’s. Wie: te bepalen"])
    save(doc, "549_rapport_bruxelles_2018.docx")


# ---------------------------------------------------------------- 550
def report_550():
    """OCMW Antwerpen with its partners Schoten, Edegem, Mortsel, November 2019. Written by Els Wouters.
    NL only, people table with a status column, agenda bullets with start times '10.00', bold headings
    typed 'A.' and 'B.1', tasks in a Wie/Wat/Wanneer table, version mark and placeholder."""
    doc = new_doc("Verdana", 9.5)
    header_text(doc, ["OCMW Antwerpen – Partnerschap AMIF Schoten, Edegem, Mortsel"], size=8)
    footer_page(doc, before="pagina ", total=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Versie 1 – nog niet goedgekeurd", italic=True, color="7F7F7F")
    para(doc, "Verslag partneroverleg AMIF – regio Antwerpen", bold=True, size=13)
    para(doc, "Datum: dinsdag 26 november 2019, 10.00 uur")
    para(doc, "Plaats: OCMW Mortsel, vergaderzaal 2")
    para(doc, "")
    t = grid_table(doc, [
        ["Naam", "Organisatie", "Status"],
        ["Els Wouters", "OCMW Antwerpen", "aanwezig"],
        ["Youssef El Amrani", "OCMW Antwerpen", "aanwezig"],
        ["Dries Goossens", "OCMW Antwerpen", "verontschuldigd"],
        ["Ann Peeters", "OCMW Schoten", "aanwezig"],
        ["Tom Verbruggen", "OCMW Edegem", "verontschuldigd"],
        ["Greet Lemmens", "OCMW Edegem", "aanwezig (vervangt Tom)"],
        ["Nathalie Smets", "OCMW Mortsel", "aanwezig"],
        ["Jeroen Aerts", "POD MI", "aanwezig"],
    ], widths=[Cm(5), Cm(5), Cm(5)])
    para(doc, "")
    para(doc, "Agenda", bold=True)
    for line in ["10.00 Welkom en goedkeuring vorig verslag",
                 "10.15 Instroom per gemeente",
                 "11.00 Tevredenheidsenquête in eenvoudige taal",
                 "11.45 Rapportering aan het POD",
                 "12.15 Varia"]:
        para(doc, line, style="List Bullet")
    para(doc, "")

    def h(text, sub=False):
        para(doc, text, bold=True, size=9.5 if sub else 10.5, underline=not sub)

    h("A. Welkom en vorig verslag")
    para(doc, "Nathalie Smets verwelkomt de partners in Mortsel. Het verslag van 17 september wordt "
              "goedgekeurd zonder opmerkingen.")
    h("B. Instroom per gemeente")
    para(doc, "Youssef geeft een overzicht van de instroom sinds januari. Antwerpen telt 52 nieuwe deelnemers; "
              "de partners samen 19.")
    h("B.1 Schoten", sub=True)
    para(doc, "Zeven deelnemers, van wie vijf de volledige module volgden. Schoten heeft de nieuwe folder al "
              "verdeeld onder de maatschappelijk werkers.")
    h("B.2 Edegem", sub=True)
    para(doc, "Greet Lemmens meldt dat de verplaatsing naar Antwerpen voor enkele moeders met jonge kinderen "
              "moeilijk blijft. Aantal deelnemers 2019: [cijfers Edegem aan te vullen]")
    h("B.3 Mortsel", sub=True)
    para(doc, "Zes deelnemers, er staan nog vier kandidaten op een wachtlijst.")
    h("C. Tevredenheidsenquête")
    para(doc, "De Nederlandse versie is voor veel deelnemers nog te moeilijk. Beslist: de enquête wordt voortaan "
              "mondeling afgenomen met hulp van de bemiddelaar. Jeroen Aerts bevestigt dat het POD aan "
              "vertalingen werkt.")
    h("D. Rapportering")
    para(doc, "Het POD verwacht de cijfers van het partnerschap als één geheel. Antwerpen voegde de cijfers "
              "van de partners dit jaar al samen in één tabel.")
    h("E. Varia")
    para(doc, "Ann Peeters zou graag eens een atelier in Schoten zelf organiseren.")
    h("F. Actiepunten")
    grid_table(doc, [
        ["Wie", "Wat", "Wanneer"],
        ["Nathalie Smets", "Lijst van wachtende kandidaten uit Mortsel doorsturen naar Youssef", "15 december"],
        ["OCMW Edegem", "Cijfers instroom 2019 aanvullen in de gedeelde tabel", "vóór de kerstvakantie"],
        ["POD", "Vertaalde versie van de enquête (Arabisch, Tigrinya) bezorgen", "januari 2020"],
        ["Els Wouters en Ann Peeters", "Infosessie voor maatschappelijk werkers in Schoten plannen", "voorjaar 2020"],
        ["nog te bepalen", "Vervoer van deelnemers uit Edegem naar de ateliers regelen", "nog te bepalen"],
    ], widths=[Cm(4), Cm(8.5), Cm(3.5)])
    para(doc, "")
    para(doc, "Volgend overleg: dinsdag 3 maart 2020 om 10.00 uur in Schoten.", bold=True)
    save(doc, "550_verslag_partners_antwerpen_2019.docx")


# ---------------------------------------------------------------- 551
def report_551():
    """Newcomer at CPAS de Binche, first report, online meeting November 2020 (Teams) with interpretation.
    FR only, headings typed '1)' as plain underlined lines, agenda lines '9h30 – 9h45 :', people inline,
    tasks 'va + infinitif', passive 'sera envoyé par le SPP', 'Qui :'; draft note and placeholder."""
    doc = new_doc("Times New Roman", 12)
    header_text(doc, ["CPAS de Binche"], size=10)
    footer_page(doc, extra_lines=[TAG_FR], before="")

    para(doc, "PV réunion réseau FAMI – 17/11/2020 (Teams)", bold=True, size=14)
    para(doc, "brouillon – à relire par Patrick avant envoi", italic=True, color="FF0000")
    para(doc, "La réunion s'est tenue en ligne via Teams le mardi 17 novembre 2020, de 9h30 à 12h30. "
              "Une interprétation simultanée FR/NL était assurée par deux interprètes (Mme Sophie Renard et "
              "M. Koen Dierckx). C'est la première fois que je rédige le PV pour le CPAS de Binche, merci de "
              "me signaler les erreurs éventuelles.")
    para(doc, "Présents : Jeroen Aerts (SPP), Anne-Sophie Hennuy (SPP), Bram Dewulf (CPAS Gand), "
              "Fatma Yilmaz (CPAS Gand), Françoise Mathy (CPAS Liège), Céline Hardy (CPAS Liège), "
              "Véronique Dethier (CPAS Charleroi), Laetitia Gilson (CPAS Charleroi), Patrick Lebrun (CPAS Binche), "
              "Julie Demaret (CPAS Binche), Els Wouters (CPAS Anvers), Thomas Vandenbroucke (CPAS Bruxelles)")
    para(doc, "Excusés : Nadia El Khattabi (CPAS Bruxelles), Youssef El Amrani (CPAS Anvers)")
    para(doc, "")
    para(doc, "Ordre du jour :", underline=True)
    for line in ["9h30 – 9h45 : Accueil et tour technique",
                 "9h45 – 10h30 : Les groupes en période Covid (règles 3+1, 4+1)",
                 "10h30 – 11h15 : Enquête de satisfaction en ligne ?",
                 "11h15 – 11h30 : Pause",
                 "11h30 – 12h30 : Indicateurs et rapportage 2020"]:
        para(doc, line, space_after=0)
    para(doc, "")

    para(doc, "1) Accueil", bold=True, underline=True)
    para(doc, "Jeroen Aerts ouvre la réunion et vérifie que tout le monde entend les interprètes. "
              "Deux participants ont dû se reconnecter. Tour de présentation rapide.")

    para(doc, "2) Les groupes pendant le Covid", bold=True, underline=True)
    para(doc, "Chaque CPAS explique ses règles. Liège et Charleroi travaillent à 3 participants + 1 formateur, "
              "Gand à 4 + 1. À Binche, nous faisons surtout de l'individuel par téléphone depuis octobre.")
    para(doc, "Charleroi aimerait revenir à des groupes de 6 + 1 dès que possible.")
    para(doc, "Céline va envoyer le protocole de Liège pour les groupes de 3 + 1 à tout le monde.")

    para(doc, "3) Enquête de satisfaction", bold=True, underline=True)
    para(doc, "Binche a déjà fait passer l'enquête par téléphone en octobre, mais c'était long (20 minutes par "
              "personne avec un interprète social). Gand propose une version en ligne avec des smileys.")
    para(doc, "Tester un formulaire en ligne pour l'enquête de satisfaction. Qui : Bram et Laetitia")
    para(doc, "Traduire l'enquête en arabe et en pachto. Qui : ? (pas décidé)")

    para(doc, "4) Indicateurs 2020", bold=True, underline=True)
    para(doc, "Le SPP rappelle que les chiffres 2020 seront plus bas partout à cause du confinement, ce n'est pas "
              "un problème tant que c'est expliqué. Le modèle de tableau des indicateurs sera envoyé par le SPP "
              "d'ici fin novembre.")
    para(doc, "Chaque CPAS doit compléter ses chiffres 2020 pour le 15 janvier.")
    para(doc, "Nombre de participants à Binche en 2020 : [à compléter]")

    para(doc, "5) Divers", bold=True, underline=True)
    para(doc, "Pas de divers.")
    para(doc, "La prochaine réunion aura lieu le mardi 9 mars 2021, normalement encore en ligne.")
    para(doc, "")
    para(doc, "Julie Demaret", italic=True)
    para(doc, "Assistante sociale – CPAS de Binche", italic=True)
    save(doc, "551_pv_binche_teams_2020.docx")


# ---------------------------------------------------------------- 552
def report_552():
    """OCMW Gent, online April 2021, no interpretation. Written by Jonas De Smet.
    NL version first, then a full French version after a page break. Heading styles with typed numbers
    '1.' and '2.1', agenda Word-numbered with '10u00-10u15', people bullets per organisation,
    tasks 'X stuurt ...'."""
    doc = new_doc("Calibri", 11)
    header_text(doc, ["OCMW Gent"], align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    footer_page(doc, extra_lines=[TAG_NL + " / " + TAG_FR], before="")

    # ---- Nederlandse versie
    doc.add_heading("Verslag AMIF-netwerkbijeenkomst (online)", 0)
    para(doc, "Donderdag 22 april 2021, 10u00 – 12u30, via Microsoft Teams", bold=True)
    para(doc, "Er was geen tolk voorzien; iedereen sprak in zijn eigen taal en de chat werd in beide talen gebruikt.",
         italic=True)
    para(doc, "Aanwezigen", bold=True, space_after=2)
    for line in ["POD MI: Jeroen Aerts, Katrien Verhulst",
                 "OCMW Gent: Jonas De Smet, Fatma Yilmaz",
                 "OCMW Antwerpen: Els Wouters, Sofie Janssens",
                 "OCMW Mortsel: Nathalie Smets",
                 "CPAS Luik: Céline Hardy",
                 "CPAS Charleroi: Laetitia Gilson",
                 "CPAS Brussel: Thomas Vandenbroucke"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd", bold=True, space_after=2)
    for line in ["CPAS Binche: Julie Demaret", "OCMW Gent: Bram Dewulf"]:
        para(doc, line, style="List Bullet")
    para(doc, "Agenda", bold=True, space_after=2)
    for line in ["10u00-10u15 Welkom en technische check",
                 "10u15-11u00 Terugblik op een jaar digitale trajecten",
                 "11u00-11u45 Nieuwe AMIF-programmaperiode 2021-2027",
                 "11u45-12u30 Rondvraag"]:
        para(doc, line, style="List Number")

    doc.add_heading("1. Welkom", 1)
    para(doc, "Jonas De Smet neemt het woord namens OCMW Gent, dat deze online bijeenkomst organiseert. "
              "Bram Dewulf is met pensioen gegaan; Jonas volgt hem op als coördinator.")
    doc.add_heading("2. Een jaar digitale trajecten", 1)
    doc.add_heading("2.1 Wat werkte", 2)
    para(doc, "WhatsApp-groepen per atelier, korte filmpjes met de opdracht van de week, en individuele "
              "gesprekken per telefoon. Fatma Yilmaz maakte een handleiding voor collega's die WhatsApp-groepen "
              "willen opstarten.")
    para(doc, "Fatma stuurt de handleiding voor WhatsApp-groepen naar alle OCMW's.")
    doc.add_heading("2.2 Wat moeilijk bleef", 2)
    para(doc, "Niet iedereen heeft een smartphone of voldoende data. Laaggeletterde deelnemers haken sneller af. "
              "Antwerpen deed de intake digitaal, met wisselend succes.")
    para(doc, "Els en Sofie maken een korte fiche over de digitale intake van Antwerpen.")
    para(doc, "Afgesproken: de groepen blijven voorlopig op 4 + 1.")
    doc.add_heading("3. Nieuwe programmaperiode 2021-2027", 1)
    para(doc, "Jeroen Aerts licht toe wat al bekend is over de nieuwe verordening: gemeenschappelijke output- en "
              "resultaatindicatoren, een jaarlijkse rapportering. Katrien heeft de lijst met contactpersonen al "
              "bijgewerkt.")
    para(doc, "Het POD stuurt de eerste informatie over de nieuwe oproep zodra die beschikbaar is.")
    para(doc, "Elk OCMW bezorgt vóór 31 mei zijn aantal deelnemers van 2020.")
    doc.add_heading("4. Rondvraag", 1)
    para(doc, "Brussel vraagt of de volgende bijeenkomst opnieuw fysiek kan. Iedereen is daar voorstander van.")
    doc.add_heading("5. Afspraken", 1)
    para(doc, "OCMW Gent zoekt een zaal voor de volgende bijeenkomst.")
    para(doc, "Volgende bijeenkomst: donderdag 30 september 2021, indien mogelijk fysiek in Gent.", bold=True)

    page_break(doc)
    # ---- Version française (traduction intégrale)
    doc.add_heading("Rapport de la rencontre réseau FAMI (en ligne)", 0)
    para(doc, "Traduction provisoire – à relire", italic=True, color="C00000")
    para(doc, "Jeudi 22 avril 2021, 10h00 – 12h30, via Microsoft Teams", bold=True)
    para(doc, "Pas d'interprète ; chacun a parlé dans sa langue et le chat a été utilisé dans les deux langues.",
         italic=True)
    para(doc, "Présents : voir la version néerlandaise. Ordre du jour : accueil, un an de trajets numériques, "
              "nouvelle période de programmation, tour de table.", italic=True)
    doc.add_heading("1. Accueil", 1)
    para(doc, "Jonas De Smet prend la parole au nom du CPAS de Gand, qui organise cette rencontre en ligne. "
              "Bram Dewulf est parti à la retraite ; Jonas lui succède comme coordinateur.")
    doc.add_heading("2. Un an de trajets numériques", 1)
    doc.add_heading("2.1 Ce qui a fonctionné", 2)
    para(doc, "Des groupes WhatsApp par atelier, de courtes vidéos avec la consigne de la semaine et des entretiens "
              "individuels par téléphone. Fatma Yilmaz a rédigé un guide pour les collègues qui veulent lancer "
              "des groupes WhatsApp.")
    para(doc, "Fatma envoie le guide des groupes WhatsApp à tous les CPAS.")
    doc.add_heading("2.2 Ce qui est resté difficile", 2)
    para(doc, "Tout le monde n'a pas de smartphone ou assez de données. Les participants peu alphabétisés "
              "décrochent plus vite. Anvers a fait l'entretien d'admission à distance, avec des résultats variables.")
    para(doc, "Els et Sofie rédigent une courte fiche sur l'admission à distance à Anvers.")
    para(doc, "Convenu : les groupes restent pour l'instant à 4 + 1.")
    doc.add_heading("3. Nouvelle période de programmation 2021-2027", 1)
    para(doc, "Jeroen Aerts explique ce que l'on sait déjà du nouveau règlement : des indicateurs communs de "
              "réalisation et de résultat, un rapportage annuel. Katrien a déjà mis à jour la liste des contacts.")
    para(doc, "Le SPP envoie les premières informations sur le nouvel appel dès qu'elles sont disponibles.")
    para(doc, "Chaque CPAS transmet avant le 31 mai son nombre de participants de 2020.")
    doc.add_heading("4. Tour de table", 1)
    para(doc, "Bruxelles demande si la prochaine rencontre peut de nouveau avoir lieu en présentiel. "
              "Tout le monde y est favorable.")
    doc.add_heading("5. Accords", 1)
    para(doc, "Le CPAS de Gand cherche une salle pour la prochaine rencontre.")
    para(doc, "Prochaine rencontre : jeudi 30 septembre 2021, si possible en présentiel à Gand.", bold=True)
    save(doc, "552_verslag_gent_online_2021.docx")


# ---------------------------------------------------------------- 553
def report_553():
    """POD MI (Flemish staff), hybrid meeting at CPAS Liège, October 2022, with interpretation.
    Written by Katrien Verhulst. NL with a French summary at the end, people as initials with a legend
    table, agenda table '10:00-10:15', unnumbered Heading 2 headings, tasks '→ KV ...'."""
    doc = new_doc("Calibri", 11)
    header_text(doc, ["POD Maatschappelijke Integratie", TAG_NL], size=8, italic=True)
    footer_page(doc, before="p. ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    para(doc, "4 oktober 2022 – 4 octobre 2022")
    para(doc, "Hybride: CPAS Luik (huis van Mod' Actions) en via Teams. Simultaanvertaling NL/FR in de zaal en online.")
    para(doc, "")
    para(doc, "Aanwezig (initialen gebruikt in dit verslag):", bold=True)
    grid_table(doc, [
        ["Initialen", "Naam, organisatie"],
        ["KV", "Katrien Verhulst, POD MI"],
        ["ML", "Mathieu Lambotte, POD MI"],
        ["CH", "Céline Hardy, CPAS Luik"],
        ["KB", "Karim Benali, CPAS Luik"],
        ["JDS", "Jonas De Smet, OCMW Gent"],
        ["LVH", "Lotte Van Hecke, OCMW Gent (online)"],
        ["SJ", "Sofie Janssens, OCMW Antwerpen (online)"],
        ["IM", "Ilse Maes, OCMW Mortsel (online)"],
        ["LG", "Laetitia Gilson, CPAS Charleroi"],
        ["JD", "Julie Demaret, CPAS Binche (online)"],
        ["SM", "Stijn Mertens, OCMW Brussel"],
    ], widths=[Cm(2.5), Cm(12)])
    para(doc, "Tolken: Sophie Renard en Koen Dierckx")
    para(doc, "Verontschuldigd: Thomas Vandenbroucke (OCMW Brussel), Els Wouters (OCMW Antwerpen)")
    para(doc, "")
    grid_table(doc, [
        ["Tijd", "Onderwerp"],
        ["10:00-10:15", "Welkom door CPAS Luik"],
        ["10:15-11:00", "Gemeenschappelijke indicatoren AMIF 2021-2027"],
        ["11:00-11:45", "Groepsgrootte: van 4+1 naar 6+1?"],
        ["11:45-12:15", "Bewaring van documenten en persoonsgegevens"],
        ["12:15-12:30", "Varia"],
    ], widths=[Cm(3), Cm(11.5)])

    doc.add_heading("Welkom", 2)
    para(doc, "CH en KB ontvangen de groep in het huis van Mod' Actions. Zeven mensen zijn ter plaatse, vier volgen "
              "online. De tolken werken vanuit de zaal; online kan je de taal kiezen in Teams.")
    doc.add_heading("Gemeenschappelijke indicatoren", 2)
    para(doc, "ML stelt de gemeenschappelijke indicatoren van de verordening voor: deelnemers aan "
              "ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke begeleiding), "
              "deelnemers die minstens één ERK-niveau stegen, en deelnemers die zeggen dat de activiteit hun "
              "integratie hielp. Zie bijlage (nog toe te voegen).")
    para(doc, "Het ERK-niveau wordt niet in elk OCMW gemeten; JDS vraagt hoe je dat dan rapporteert. "
              "Het POD heeft dit al voorgelegd aan de verantwoordelijke autoriteit.")
    para(doc, "→ KV bezorgt het invulsjabloon voor de indicatoren tegen 15 november.")
    para(doc, "→ Alle OCMW's: indicatoren 2022 aanleveren vóór 31 januari 2023.")
    doc.add_heading("Groepsgrootte", 2)
    para(doc, "Luik en Charleroi werken nu met 6 deelnemers + 1 begeleider, Gent nog met 4 + 1. "
              "Beslissing: elk OCMW kiest zelf tussen 4+1 en 6+1 volgens de lokale regels.")
    para(doc, "→ CH en LG: protocol 6+1 samen herschrijven en rondsturen.")
    doc.add_heading("Bewaring van documenten", 2)
    para(doc, "Documenten van een AMIF-project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van "
              "de laatste betaling. Persoonsgegevens niet langer dan nodig. Gent heeft hiervoor een bewaarlijst.")
    para(doc, "→ POD: nota over bewaartermijnen (5 jaar vanaf 31 december van de laatste betaling) opstellen.")
    para(doc, "→ OCMW Gent: voorbeeld van hun bewaarlijst delen.")
    doc.add_heading("Varia", 2)
    para(doc, "Voorstel van SM: een gezamenlijke vorming over de GDPR in 2023.")
    para(doc, "Volgende bijeenkomst: voorjaar 2023 in Antwerpen – datum volgt.", bold=True)

    doc.add_heading("Résumé en français", 2)
    para(doc, "Réunion hybride au CPAS de Liège avec interprétation simultanée. Le SPP a présenté les indicateurs "
              "communs du FAMI 2021-2027 et enverra un modèle à compléter pour le 15 novembre ; les CPAS "
              "transmettent leurs indicateurs 2022 avant le 31 janvier 2023. Chaque CPAS choisit entre des groupes "
              "de 4+1 et de 6+1 ; Liège et Charleroi réécrivent ensemble le protocole 6+1. Le SPP rédige une note "
              "sur les délais de conservation et Gand partage sa liste. Prochaine rencontre au printemps 2023 à "
              "Anvers.", italic=True)
    save(doc, "553_verslag_pod_luik_hybride_2022.docx")


# ---------------------------------------------------------------- 554
def report_554():
    """Social worker of OCMW Antwerpen standing in for the coordinator, May 2023, in person in Antwerpen.
    Written by Sofie Janssens, who rarely writes reports. NL only, plain paragraphs, headings as plain
    lines ending in a colon, agenda told in a sentence (start times only), tasks written loosely."""
    doc = new_doc("Arial", 11)
    header_text(doc, ["OCMW Antwerpen"], size=9)

    para(doc, "Verslag netwerkdag AMIF – donderdag 25/05/2023", bold=True)
    para(doc, "Ik neem het verslag over van Els (met verlof), dus excuses als er iets ontbreekt of niet klopt.")
    para(doc, "Plaats: OCMW Antwerpen, Atrium. We begonnen om 9u30 met koffie, om 10u kwam de voorstelling van "
              "Schoten en na de middag (13u30) de workshop over de tevredenheidsenquête.")
    para(doc, "Aanwezig: Mathieu Lambotte en Katrien Verhulst (POD), Jonas De Smet en Lotte Van Hecke (Gent), "
              "Céline Hardy (Luik), Laetitia Gilson (Charleroi), Stijn Mertens (Brussel), Ann Peeters (Schoten), "
              "Ilse Maes (Mortsel), Youssef El Amrani en Sofie Janssens (Antwerpen)")
    para(doc, "Verontschuldigd: Els Wouters (verlof), Julie Demaret (Binche), Tom Verbruggen (Edegem)")
    para(doc, "")
    para(doc, "Voorstelling Schoten:")
    para(doc, "Ann Peeters vertelde hoe Schoten sinds vorig jaar zelf een kleine groep heeft (6 mensen) in het "
              "sociaal huis, zodat ze niet meer naar Antwerpen moeten. Ze werken met een taalatelier en één "
              "uitstap per maand. Veel vragen over hoe ze de kinderopvang regelen (via een vrijwilliger).")
    para(doc, "Ann stuurt haar presentatie nog door naar iedereen.")
    para(doc, "")
    para(doc, "Workshop tevredenheidsenquête:")
    para(doc, "In groepjes hebben we de vragen van de enquête herschreven in makkelijke taal. Woorden als "
              "'autonomie' of 'zelfredzaamheid' begrijpen de deelnemers niet. Gent heeft pictogrammen gemaakt "
              "(smileys + tekeningen). Stijn heeft de Franse versie van de enquête al aangepast.")
    para(doc, "Lotte en Jonas testen de pictogrammen met een groep in Gent en laten weten hoe het ging.")
    para(doc, "De nieuwe versie van de enquête in makkelijke taal: wie dit trekt is nog te bepalen.")
    para(doc, "")
    para(doc, "Rondje OCMW's:")
    para(doc, "Luik: twee nieuwe groepen sinds maart. Charleroi: cijfers van Charleroi: ??? (vraag ik nog na). "
              "Mortsel: Ilse is nieuw en neemt over van Nathalie. Brussel: zoekt nog een maatschappelijk werker "
              "voor het Nederlandstalige luik.")
    para(doc, "Vragen over de indicatoren op een rij zetten (Mathieu).")
    para(doc, "OCMW Mortsel bekijkt of ze de workshop in het najaar kunnen hosten.")
    para(doc, "")
    para(doc, "Afspraken:")
    para(doc, "Iedereen zou graag meer tijd hebben om ervaringen uit te wisselen, dus volgende keer minder "
              "presentaties en meer praten.")
    para(doc, "Volgende keer: ergens in oktober, waarschijnlijk in Brussel?")
    para(doc, "Foto's van de workshop volgen nog.")
    para(doc, "")
    para(doc, "Sofie (maatschappelijk werker, OCMW Antwerpen)")
    save(doc, "554_verslag_netwerkdag_antwerpen_2023.docx")


# ---------------------------------------------------------------- 555
def report_555():
    """CPAS de Bruxelles bilingual team, hybrid meeting September 2024, no interpretation.
    Written by Stijn Mertens. FR then NL paragraph by paragraph, agenda bullets '10h00' start times,
    people table per organisation with Présents / Excusés columns, bold headings typed 'A.',
    tasks with the owner after in brackets."""
    doc = new_doc("Calibri", 10.5)
    header_text(doc, ["CPAS de Bruxelles – OCMW Brussel"], align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    footer_page(doc, extra_lines=[TAG_FR + " / " + TAG_NL], before="")

    para(doc, "Rencontre du réseau FAMI / Bijeenkomst AMIF-netwerk", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jeudi 19 septembre 2024 / Donderdag 19 september 2024 – CPAS de Bruxelles et via Teams / "
              "OCMW Brussel en via Teams", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Pas d'interprétation : réunion bilingue / Geen tolken: tweetalige vergadering",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    t = grid_table(doc, [
        ["Organisation / Organisatie", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
        ["SPP IS / POD MI", "Mathieu Lambotte, Katrien Verhulst (en ligne / online)", "—"],
        ["CPAS de Bruxelles / OCMW Brussel", "Stijn Mertens, Aurélie Collard", "Thomas Vandenbroucke"],
        ["CPAS de Liège / OCMW Luik", "Céline Hardy (en ligne / online)", "Karim Benali"],
        ["CPAS de Charleroi", "Laetitia Gilson, Samir Ouali", "—"],
        ["CPAS de Binche", "—", "Julie Demaret"],
        ["OCMW Gent / CPAS de Gand", "Lotte Van Hecke (online)", "Jonas De Smet"],
        ["OCMW Antwerpen / CPAS d'Anvers", "Sofie Janssens (online)", "—"],
        ["OCMW Edegem", "Tom Verbruggen (online)", "—"],
    ], widths=[Cm(5.5), Cm(6.5), Cm(4)])
    para(doc, "")
    para(doc, "Ordre du jour / Agenda", bold=True)
    for line in ["10h00 Accueil / Onthaal",
                 "10h20 Retour sur les indicateurs 2023 / Terugblik op de indicatoren 2023",
                 "11h00 Droit d'accès des participants (RGPD art. 15) / Inzagerecht van deelnemers (AVG art. 15)",
                 "11h45 Calendrier 2025 / Kalender 2025",
                 "12h15 Fin / Einde"]:
        para(doc, line, style="List Bullet")
    para(doc, "")

    def frnl(fr, nl):
        para(doc, fr, space_after=2)
        para(doc, nl, italic=True, color="595959")

    def h(text):
        para(doc, text, bold=True, size=11, color="1F3864")

    h("A. Accueil / Onthaal")
    frnl("Stijn Mertens accueille les participants sur place et en ligne. Aurélie Collard présente le nouveau "
         "local de l'équipe FAMI à la rue Haute.",
         "Stijn Mertens verwelkomt de deelnemers ter plaatse en online. Aurélie Collard stelt het nieuwe lokaal "
         "van het AMIF-team in de Hoogstraat voor.")
    h("B. Indicateurs 2023 / Indicatoren 2023")
    frnl("Mathieu Lambotte présente les chiffres consolidés : 412 participants aux activités de soutien, dont "
         "238 en cours de langue. Les chiffres de Charleroi contiennent une erreur de saisie.",
         "Mathieu Lambotte stelt de samengevoegde cijfers voor: 412 deelnemers aan ondersteunende activiteiten, "
         "van wie 238 in een taalcursus. De cijfers van Charleroi bevatten een invoerfout.")
    h("C. Droit d'accès (RGPD art. 15) / Inzagerecht (AVG art. 15)")
    frnl("Un participant a demandé à voir tout ce que le CPAS de Bruxelles garde sur lui. L'équipe a répondu "
         "dans le mois, avec l'aide du DPO. Le CPAS de Liège a déjà publié une fiche d'information en langage clair.",
         "Een deelnemer vroeg om alles in te kijken wat OCMW Brussel over hem bijhoudt. Het team antwoordde "
         "binnen de maand, met hulp van de DPO. OCMW Luik heeft al een infofiche in eenvoudige taal gepubliceerd.")
    h("D. Calendrier 2025 / Kalender 2025")
    frnl("Décision : en 2025, trois rencontres, dont une en présentiel à Charleroi.",
         "Beslissing: in 2025 drie bijeenkomsten, waarvan één fysiek in Charleroi.")
    h("E. Actions / Acties")
    for fr, nl in [
        ("Adapter le modèle de réponse à une demande d'accès (CPAS de Bruxelles).",
         "Het antwoordmodel voor een inzageverzoek aanpassen (OCMW Brussel)."),
        ("Vérifier avec le DPO de chaque CPAS quelles données sont gardées et combien de temps (chaque CPAS).",
         "Met de DPO van elk OCMW nagaan welke gegevens bewaard worden en hoelang (elk OCMW)."),
        ("Proposer trois dates pour 2025 (Katrien Verhulst et Mathieu Lambotte).",
         "Drie data voorstellen voor 2025 (Katrien Verhulst en Mathieu Lambotte)."),
        ("Corriger les chiffres 2023 de Charleroi dans le tableau commun (Samir Ouali).",
         "De cijfers 2023 van Charleroi in de gemeenschappelijke tabel corrigeren (Samir Ouali)."),
        ("Envoyer le tableau consolidé des indicateurs à tous les partenaires (SPP).",
         "De samengevoegde tabel van de indicatoren naar alle partners sturen (POD)."),
    ]:
        para(doc, fr, style="List Bullet", space_after=0)
        p = para(doc, nl, italic=True, color="595959")
        p.paragraph_format.left_indent = Cm(1.27)
    para(doc, "")
    para(doc, "Prochaine rencontre / Volgende bijeenkomst : décembre 2024, date à fixer / december 2024, "
              "datum vast te leggen.", bold=True)
    para(doc, "Annexe : présentation du SPP sur les indicateurs (à joindre)", italic=True)
    para(doc, "Bijlage: presentatie van de POD over de indicatoren (toe te voegen)", italic=True, color="595959")
    save(doc, "555_rencontre_bruxelles_hybride_2024.docx")


# ---------------------------------------------------------------- 556
def report_556():
    """POD MI (Flemish staff), online February 2026 with interpretation. Written by Ruben De Clercq.
    NL | FR in two columns (bordered table), headings as Heading 2 typed '1.' inside each column,
    people table with a status column, agenda lines '10.00 – 10.20', tasks 'Naam: ...' in a bullet list."""
    doc = new_doc("Calibri", 10)
    header_text(doc, ["POD Maatschappelijke Integratie – SPP Intégration Sociale"], size=8)
    footer_page(doc, extra_lines=[TAG_NL + " – " + TAG_FR], before="", total=True)

    para(doc, "Versie ter goedkeuring – version pour approbation", italic=True, color="7F7F7F",
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Dinsdag 10 februari 2026 – mardi 10 février 2026 – online (Teams)", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Simultaanvertaling / interprétation simultanée: Hanne Goris, Luc Fontaine",
         align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    para(doc, "")
    grid_table(doc, [
        ["Organisatie / Organisation", "Naam / Nom", "Status"],
        ["POD MI – SPP IS", "Ruben De Clercq", "aanwezig / présent"],
        ["POD MI – SPP IS", "Mathieu Lambotte", "aanwezig / présent"],
        ["OCMW Gent", "Lotte Van Hecke", "aanwezig / présente"],
        ["OCMW Gent", "Fatma Yilmaz", "verontschuldigd / excusée"],
        ["OCMW Antwerpen", "Youssef El Amrani", "aanwezig / présent"],
        ["OCMW Schoten", "Ann Peeters", "aanwezig / présente"],
        ["OCMW Mortsel", "Ilse Maes", "verontschuldigd / excusée"],
        ["CPAS Luik – Liège", "Céline Hardy", "aanwezig / présente"],
        ["CPAS Charleroi", "Samir Ouali", "aanwezig / présent"],
        ["CPAS Binche", "Julie Demaret", "aanwezig / présente"],
        ["OCMW Brussel – CPAS de Bruxelles", "Aurélie Collard", "aanwezig / présente"],
    ], widths=[Cm(6), Cm(5), Cm(5)])
    para(doc, "")

    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"

    def row(nl, fr, heading=False):
        cells = tb.add_row().cells
        for cell, items, color in ((cells[0], nl, None), (cells[1], fr, "404040")):
            for item in (items if isinstance(items, list) else [items]):
                if heading:
                    cell_par(cell, item, style="Heading 2")
                elif item.startswith("• "):
                    cell_par(cell, item[2:], style="List Bullet", color=color)
                else:
                    cell_par(cell, item, color=color)

    row(["Agenda", "10.00 – 10.20 Welkom en nieuwe collega's", "10.20 – 11.00 Tussentijdse evaluatie AMIF 2021-2027",
         "11.00 – 11.40 Archivering en bewaartermijnen", "11.40 – 12.00 Planning 2026"],
        ["Ordre du jour", "10.00 – 10.20 Accueil et nouveaux collègues",
         "10.20 – 11.00 Évaluation intermédiaire FAMI 2021-2027", "11.00 – 11.40 Archivage et délais de conservation",
         "11.40 – 12.00 Planning 2026"])
    row("1. Welkom en nieuwe collega's", "1. Accueil et nouveaux collègues", heading=True)
    row("Ruben De Clercq volgt Katrien Verhulst op bij het POD. Aurélie Collard coördineert voortaan het "
        "Brusselse project.",
        "Ruben De Clercq succède à Katrien Verhulst au SPP. Aurélie Collard coordonne désormais le projet bruxellois.")
    row("2. Tussentijdse evaluatie", "2. Évaluation intermédiaire", heading=True)
    row(["Het POD verzamelt voor de tussentijdse evaluatie per OCMW de cijfers en twee getuigenissen van "
         "deelnemers. Voorstel van Céline: een gedeelde map per jaar.",
         "[Link naar de presentatie invoegen]"],
        ["Pour l'évaluation intermédiaire, le SPP rassemble par CPAS les chiffres et deux témoignages de "
         "participants. Proposition de Céline : un dossier partagé par année.",
         "[Insérer le lien vers la présentation]"])
    row("3. Archivering en bewaartermijnen", "3. Archivage et délais de conservation", heading=True)
    row("Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling; "
        "persoonsgegevens niet langer dan nodig. Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.",
        "Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; les "
        "données personnelles pas plus longtemps que nécessaire. Chaque CPAS reste propriétaire des données de "
        "ses participants.")
    row("4. Planning 2026", "4. Planning 2026", heading=True)
    row(["Beslist: de slotdag van het programma vindt plaats in Brussel.",
         "Wie doet wat?",
         "• Ruben De Clercq: de vragenlijst voor de tussentijdse evaluatie versturen vóór 1 maart.",
         "• Alle OCMW's: de lijst van bewaarde documenten per project nakijken.",
         "• Ann Peeters en Youssef El Amrani: samen één archieflijst opmaken voor het partnerschap Antwerpen.",
         "• POD: de datum van de laatste betaling per project bevestigen.",
         "• CPAS Binche: getuigenis van een deelnemer voorbereiden voor de slotdag.",
         "• Een moderator zoeken voor de slotdag in 2027 — nog te bepalen.",
         "Volgende bijeenkomst: dinsdag 12 mei 2026 in Charleroi (fysiek)."],
        ["Décidé : la journée de clôture du programme aura lieu à Bruxelles.",
         "Qui fait quoi ?",
         "• Ruben De Clercq : envoyer le questionnaire de l'évaluation intermédiaire avant le 1er mars.",
         "• Tous les CPAS : vérifier la liste des documents conservés par projet.",
         "• Ann Peeters et Youssef El Amrani : établir ensemble une liste d'archives pour le partenariat d'Anvers.",
         "• SPP : confirmer la date du dernier paiement par projet.",
         "• CPAS de Binche : préparer le témoignage d'un participant pour la journée de clôture.",
         "• Trouver un modérateur pour la journée de clôture en 2027 — à définir.",
         "Prochaine rencontre : mardi 12 mai 2026 à Charleroi (en présentiel)."])
    save(doc, "556_verslag_pod_online_2026.docx")


def main():
    for f in (report_547, report_548, report_549, report_550, report_551, report_552, report_553, report_554,
              report_555, report_556):
        f()


if __name__ == "__main__":
    main()
