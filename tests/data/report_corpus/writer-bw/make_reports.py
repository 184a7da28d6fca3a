# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 757-766 of the AMIF network (writer-bw).

Run with the venv beside given/:  ../venv/bin/python make_reports.py
One function per report; each report has its own writer, habits, font and layout.
The expected files are written by hand, not by this script.
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, author="", title="", created=None, margins_cm=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.2)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.comments = ""
    if created:
        cp.created = created
        cp.modified = created
    return doc


def heading_font(doc, font, color=None, sizes=None):
    """Make the built-in heading styles use the writer's font."""
    sizes = sizes or {}
    for lvl in (1, 2, 3):
        st = doc.styles["Heading %d" % lvl]
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(att), font)
        for th in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(th)) is not None:
                del rfonts.attrib[qn(th)]
        if color is not None:
            st.font.color.rgb = color
        if lvl in sizes:
            st.font.size = Pt(sizes[lvl])


def run_fmt(r, bold=None, italic=None, underline=None, size=None, color=None, highlight=None, font=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size is not None:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if highlight is not None:
        r.font.highlight_color = highlight
    if font is not None:
        r.font.name = font
    return r


def para(where, text="", style=None, align=None, space_after=None, space_before=None, indent_cm=None, **fmt):
    """Add a paragraph with one run (text may be empty)."""
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    if text:
        run_fmt(p.add_run(text), **fmt)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    return p


def runs(where, parts, style=None, align=None, space_after=None, indent_cm=None):
    """Paragraph from a list of (text, fmt-dict) or plain strings."""
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            txt, f = part
            run_fmt(p.add_run(txt), **f)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace the first paragraph of a cell with text."""
    p = cell.paragraphs[0]
    if text:
        run_fmt(p.add_run(text), bold=bold, italic=italic, size=size, color=color)
    if align:
        p.alignment = align
    return p


def shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def grid(doc, rows, widths_cm=None, style="Table Grid", header=True, header_fill=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and header_fill:
                shade(c, header_fill)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_lines(section, lines, size=8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, color=None):
    hdr = section.header
    hdr.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        run_fmt(p.add_run(ln), size=size, italic=italic, color=color)
        p.alignment = align


def footer_lines(section, lines, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, page_number=False):
    ftr = section.footer
    ftr.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = ftr.paragraphs[0] if first else ftr.add_paragraph()
        first = False
        run_fmt(p.add_run(ln), size=size)
        p.alignment = align
    if page_number:
        p = ftr.add_paragraph()
        p.alignment = align
        r = p.add_run()
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
        r.font.size = Pt(size)


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


def dt(y, m, d, h=17):
    return datetime.datetime(y, m, d, h, 0, 0)


BLUE = RGBColor(0x1F, 0x3A, 0x68)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
DARKBLUE = RGBColor(0x1F, 0x4E, 0x79)
GREEN = RGBColor(0x38, 0x76, 0x1D)


# ---------------------------------------------------------------- 757
def r757():
    """Griet Vanhoutte, POD MI (Flemish staff). First meeting hosted by OCMW Gent, Dutch only.
    Heading styles with typed numbers, tables for people, agenda and actions."""
    doc = new_doc("Calibri", 11, author="Griet Vanhoutte", title="Verslag bijeenkomst OCMW's 13/10/2016",
                  created=dt(2016, 10, 18))
    heading_font(doc, "Calibri", color=BLUE, sizes={1: 13, 2: 11})
    header_lines(doc.sections[0], [TAG_NL, "POD Maatschappelijke Integratie"], size=8)
    footer_lines(doc.sections[0], ["Verslag AMIF-netwerk – 13 oktober 2016"], size=8, page_number=True)

    para(doc, "Verslag bijeenkomst OCMW's – AMIF-netwerk", bold=True, size=16, color=BLUE, space_after=2)
    para(doc, "Donderdag 13 oktober 2016", bold=True, size=12, space_after=2)
    para(doc, "OCMW Gent, Onderbergen 86, 9000 Gent – vergaderzaal 2de verdieping", italic=True, space_after=10)

    para(doc, "Aanwezigen en verontschuldigden", bold=True, space_after=4)
    t = grid(doc, [
        ["Naam", "Organisatie", ""],
        ["Griet Vanhoutte", "POD Maatschappelijke Integratie", "aanwezig"],
        ["Jeroen De Smedt", "POD Maatschappelijke Integratie", "aanwezig"],
        ["Pieter Claeys", "OCMW Gent", "aanwezig"],
        ["Hanne Verstraete", "OCMW Gent", "aanwezig"],
        ["Yusuf Demir", "OCMW Gent", "aanwezig"],
        ["Kobe Janssens", "OCMW Antwerpen", "aanwezig"],
        ["Fatima Ouali", "OCMW Antwerpen", "aanwezig"],
        ["Marie-Claire Nkulu", "OCMW Brussel", "aanwezig"],
        ["Jean-Marc Lejeune", "OCMW Luik", "aanwezig"],
        ["Giuseppe Rinaldi", "OCMW Charleroi", "verontschuldigd"],
        ["Ann Peeters", "OCMW Antwerpen", "verontschuldigd"],
    ], widths_cm=[5.5, 7, 3.5], header_fill="D9E2F3", size=10)
    para(doc, "", space_after=4)

    para(doc, "Agenda", bold=True, space_after=4)
    grid(doc, [
        ["Uur", "Onderwerp"],
        ["10u00 – 10u15", "Onthaal en kennismaking"],
        ["10u15 – 11u00", "Voorstelling van het project \u201cNieuwe Start\u201d van OCMW Gent"],
        ["11u00 – 11u45", "Stand van zaken per OCMW"],
        ["11u45 – 12u30", "Projectfiches: afspraken en timing"],
        ["12u30 – 13u00", "Varia en volgende bijeenkomst"],
    ], widths_cm=[3.5, 12.5], header_fill="D9E2F3", size=10)

    doc.add_heading("1. Onthaal en kennismaking", level=1)
    para(doc, "Pieter Claeys verwelkomt iedereen in de lokalen van OCMW Gent. Omdat dit de eerste "
              "bijeenkomst van het netwerk is, stelt elke deelnemer zich kort voor: functie, team en "
              "rol in het AMIF-project.")
    para(doc, "Griet Vanhoutte licht de bedoeling van het netwerk toe: de OCMW's die een AMIF-project "
              "uitvoeren leren van elkaar, wisselen methodieken uit en stemmen af over de rapportering "
              "aan het POD. Er worden twee à drie bijeenkomsten per jaar voorzien, telkens bij een ander "
              "OCMW.")
    para(doc, "De vergadering verloopt in het Nederlands. Jean-Marc Lejeune volgt mee; Marie-Claire "
              "Nkulu vat waar nodig in het Frans samen.")

    doc.add_heading("2. Voorstelling van het project van OCMW Gent", level=1)
    para(doc, "Hanne Verstraete en Yusuf Demir stellen \u201cNieuwe Start\u201d voor. Het project richt "
              "zich op nieuwkomers die al lang leefloon ontvangen en weinig Nederlands spreken. De "
              "maatschappelijk werkers van de sociale diensten verwijzen door; daarna volgt een "
              "intakegesprek met een oriëntatiebalans.")
    para(doc, "Het aanbod bestaat uit:")
    for b in ("individuele begeleiding, om de twee weken;",
              "een wekelijkse groepsmodule \u201cWegwijs in Gent\u201d (wonen, mobiliteit, bank en verzekering);",
              "een creatief atelier en een computeratelier;",
              "maandelijkse socio-culturele uitstappen."):
        para(doc, b, style="List Bullet")
    para(doc, "Yusuf werkt als intercultureel bemiddelaar en treedt op als sociaal tolk tijdens de "
              "intakegesprekken. Dat blijkt volgens het team de drempel sterk te verlagen.")

    doc.add_heading("3. Stand van zaken per OCMW", level=1)
    doc.add_heading("3.1 OCMW Antwerpen", level=2)
    p = para(doc, "Kobe Janssens meldt dat het project in september gestart is, samen met de "
                  "partnergemeenten Schoten, Edegem en Mortsel. De eerste groep telt ")
    run_fmt(p.add_run("[Kobe: aantal doorverwijzingen aanvullen aub]"), highlight=WD_COLOR_INDEX.YELLOW)
    p.add_run(" deelnemers. De rekrutering via de sociale centra loopt trager dan verwacht.")
    doc.add_heading("3.2 OCMW Brussel", level=2)
    para(doc, "Marie-Claire Nkulu: het Brusselse team werkt tweetalig. De groepen worden per taal "
              "samengesteld, de individuele begeleiding gebeurt in de taal van de deelnemer of met een "
              "bemiddelaar.")
    doc.add_heading("3.3 OCMW Luik", level=2)
    para(doc, "Jean-Marc Lejeune schetst kort de werking in Luik: drie contracten per deelnemer "
              "(met de maatschappelijk werker, met de intaker en met de verantwoordelijke van elke "
              "module). Hij nodigt het netwerk uit om in het voorjaar een bijeenkomst in Luik te houden.")

    doc.add_heading("4. Projectfiches", level=1)
    para(doc, "Het POD werkt met één projectfiche per OCMW, op een vast sjabloon met tweetalige titels: "
              "doelgroep, rekruteringsmethode, modules met minstens drie subdoelstellingen per module, "
              "kosten in VTE, praktische aspecten en kritische succesfactoren.")
    para(doc, "Afgesproken wordt dat de fiches ingevuld worden vóór eind november, zodat ze op de "
              "volgende bijeenkomst kunnen worden besproken.")

    doc.add_heading("5. Varia", level=1)
    para(doc, "Fatima Ouali vraagt of het POD een gemeenschappelijke tevredenheidsenquête kan "
              "voorstellen. Dit wordt meegenomen naar een volgende bijeenkomst.")

    doc.add_heading("Actiepunten", level=1)
    grid(doc, [
        ["Wie", "Wat", "Tegen"],
        ["Alle OCMW's", "Ingevulde projectfiche bezorgen aan het POD", "30/11/2016"],
        ["POD MI", "Sjabloon van de projectfiche in het Nederlands en het Frans rondsturen", "21/10/2016"],
        ["Pieter Claeys", "Weekrooster van Nieuwe Start delen met het netwerk", "volgende bijeenkomst"],
        ["OCMW Antwerpen", "Locatie en uur van de volgende bijeenkomst bevestigen", "december 2016"],
    ], widths_cm=[3.5, 9.5, 3.5], header_fill="D9E2F3", size=10)

    para(doc, "", space_after=2)
    runs(doc, [("Volgende bijeenkomst: ", {"bold": True}),
               "donderdag 9 februari 2017, OCMW Antwerpen (uur nog te bevestigen)"])
    para(doc, "Verslag: Griet Vanhoutte, POD MI", italic=True, size=9, color=GREY, space_before=12)
    save(doc, "757_gent_oktober_2016.docx")


# ---------------------------------------------------------------- 758
def _roman_heading(doc, num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    run_fmt(p.add_run(num + ".\t" + title), bold=True, underline=True)
    return p


def r758():
    """Jeroen De Smedt, POD MI. Exchange hosted by OCMW Antwerpen and its partners; a consecutive
    interpreter (tolk) was booked for the Walloon colleagues. Written twice: Dutch, then French.
    Arial 10, Roman numerals in bold underlined lines, people in running text."""
    doc = new_doc("Arial", 10, author="Jeroen De Smedt", title="Verslag uitwisseling Antwerpen 23-03-2017",
                  created=dt(2017, 3, 30))
    header_lines(doc.sections[0], [TAG_NL, TAG_FR], size=7, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY)

    para(doc, "POD | Maatschappelijke Integratie", size=9, color=GREY, space_after=0)
    para(doc, "SPP | Intégration Sociale", size=9, color=GREY, space_after=12)
    para(doc, "Verslag uitwisseling OCMW's – Antwerpen", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=2)
    para(doc, "23 maart 2017", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen", align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=12)

    runs(doc, [("Aanwezig: ", {"bold": True}),
               "Jeroen De Smedt (POD MI), Griet Vanhoutte (POD MI), Kobe Janssens (OCMW Antwerpen), "
               "Ann Peeters (OCMW Antwerpen), Bart Van den Bossche (OCMW Schoten), Inge Wouters (OCMW Edegem), "
               "Dirk Goossens (OCMW Mortsel), Pieter Claeys (OCMW Gent), Ana Pereira (OCMW Luik), "
               "Fabienne Dethier (OCMW Charleroi), Véronique Hanotiau (OCMW Binche), Katrien Mertens (tolk)"],
         space_after=4)
    runs(doc, [("Verontschuldigd: ", {"bold": True}),
               "Marie-Claire Nkulu (OCMW Brussel), Jean-Marc Lejeune (OCMW Luik)"], space_after=8)

    para(doc, "Agenda", bold=True, space_after=2)
    for ln in ("09.30 u.\tOnthaal met koffie",
               "10.00 u.\tVoorstelling van het project van OCMW Antwerpen en de partnergemeenten",
               "11.15 u.\tBezoek aan de lokalen",
               "12.30 u.\tLunch",
               "13.30 u.\tUitwisseling: rekrutering van deelnemers",
               "15.00 u.\tAfsluiting"):
        para(doc, ln, space_after=0, indent_cm=0.5)

    _roman_heading(doc, "I", "Onthaal")
    para(doc, "Kobe Janssens verwelkomt de collega's in Antwerpen. Katrien Mertens tolkt consecutief "
              "Nederlands-Frans voor de collega's van Luik, Charleroi en Binche.")

    _roman_heading(doc, "II", "Het project van OCMW Antwerpen en de partnergemeenten")
    para(doc, "OCMW Antwerpen voert het project uit samen met de OCMW's van Schoten, Edegem en Mortsel. "
              "Antwerpen neemt de coördinatie en de rapportering naar het POD op zich; de partners "
              "leiden elk deelnemers toe en organiseren een deel van de groepsactiviteiten in de eigen "
              "gemeente.")
    para(doc, "Ann Peeters stelt de modules voor: een intake met oriëntatiebalans, individuele "
              "trajectbegeleiding, een groepsmodule \u201cSamen op weg\u201d (twee halve dagen per week) en "
              "infosessies over wonen, gezondheid en onderwijs. De groepen zijn gemengd en tellen "
              "maximaal twaalf deelnemers.")
    para(doc, "Bart Van den Bossche, Inge Wouters en Dirk Goossens vertellen hoe dat loopt in een kleinere "
              "gemeente: weinig deelnemers per jaar, maar een zeer persoonlijke opvolging. Het vervoer "
              "naar Antwerpen is voor sommige deelnemers een drempel.")

    _roman_heading(doc, "III", "Bezoek aan de lokalen")
    para(doc, "Na de voorstelling bezoeken we de lokalen van het project: een leslokaal, een "
              "computerklas en een ontmoetingsruimte waar deelnemers ook buiten de lessen terecht kunnen.")

    _roman_heading(doc, "IV", "Uitwisseling over rekrutering")
    para(doc, "Fabienne Dethier en Véronique Hanotiau lichten de aanpak in Charleroi toe: een lijst van "
              "potentiële deelnemers, opgemaakt met het lokale observatorium, wordt door de "
              "maatschappelijk werkers gefilterd, waarna de geselecteerde personen worden uitgenodigd op "
              "een infosessie. Slechts een derde van de uitgenodigden komt effectief opdagen.")
    para(doc, "Pieter Claeys merkt op dat in Gent de maatschappelijk werker de deelnemer persoonlijk "
              "meeneemt naar de eerste afspraak. Dat verhoogt de opkomst, maar kost meer tijd.")
    para(doc, "Ana Pereira: in Luik kan men op elk moment instappen. Nieuwe deelnemers zijn altijd "
              "welkom, wat volgens haar de motivatie hoog houdt.")

    _roman_heading(doc, "V", "Afspraken")
    para(doc, "Kobe Janssens stuurt de presentatie door naar alle deelnemers.", style="List Bullet")
    para(doc, "Fabienne Dethier en Véronique Hanotiau bezorgen de cijfers van de infosessies in Charleroi "
              "en Binche aan het POD.", style="List Bullet")
    para(doc, "Het POD bekijkt of er ook voor de volgende bijeenkomst een tolk kan worden voorzien.",
         style="List Bullet")
    para(doc, "")
    runs(doc, [("Volgende bijeenkomst: ", {"bold": True}), "juni 2017 in Brussel (datum volgt)."])

    # ---- French version
    page_break(doc)
    p = para(doc, "[Franse versie – vertaling nog na te lezen door Griet]", italic=True, color=RED, space_after=8)
    para(doc, "Rapport échange entre CPAS – Anvers", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=2)
    para(doc, "23 mars 2017", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "CPAS d'Anvers, Lange Gasthuisstraat 39, 2000 Anvers", align=WD_ALIGN_PARAGRAPH.CENTER,
         space_after=12)
    runs(doc, [("Présents : ", {"bold": True}),
               "Jeroen De Smedt (SPP IS), Griet Vanhoutte (SPP IS), Kobe Janssens (CPAS Anvers), "
               "Ann Peeters (CPAS Anvers), Bart Van den Bossche (CPAS Schoten), Inge Wouters (CPAS Edegem), "
               "Dirk Goossens (CPAS Mortsel), Pieter Claeys (CPAS Gand), Ana Pereira (CPAS Liège), "
               "Fabienne Dethier (CPAS Charleroi), Véronique Hanotiau (CPAS Binche), Katrien Mertens (interprète)"],
         space_after=4)
    runs(doc, [("Excusés : ", {"bold": True}),
               "Marie-Claire Nkulu (CPAS Bruxelles), Jean-Marc Lejeune (CPAS Liège)"], space_after=8)
    para(doc, "Ordre du jour", bold=True, space_after=2)
    for ln in ("09h30\tAccueil et café",
               "10h00\tPrésentation du projet du CPAS d'Anvers et des communes partenaires",
               "11h15\tVisite des locaux",
               "12h30\tLunch",
               "13h30\tÉchange : recrutement des participants",
               "15h00\tClôture"):
        para(doc, ln, space_after=0, indent_cm=0.5)

    _roman_heading(doc, "I", "Accueil")
    para(doc, "Kobe Janssens accueille les collègues à Anvers. Katrien Mertens assure l'interprétation "
              "consécutive néerlandais-français pour les collègues de Liège, Charleroi et Binche.")
    _roman_heading(doc, "II", "Le projet du CPAS d'Anvers et des communes partenaires")
    para(doc, "Le CPAS d'Anvers mène le projet avec les CPAS de Schoten, Edegem et Mortsel. Anvers "
              "assure la coordination et le rapportage vers le SPP ; les partenaires orientent chacun des "
              "participants et organisent une partie des activités collectives dans leur commune.")
    para(doc, "Ann Peeters présente les modules : un entretien d'admission avec bilan d'orientation, un "
              "accompagnement individuel, un module collectif « Samen op weg » (deux demi-journées par "
              "semaine) et des séances d'information sur le logement, la santé et l'enseignement. Les "
              "groupes sont mixtes, douze participants au maximum.")
    para(doc, "Bart Van den Bossche, Inge Wouters et Dirk Goossens expliquent la situation d'une plus "
              "petite commune : peu de participants par an, mais un suivi très personnel. Le déplacement "
              "vers Anvers reste un obstacle pour certains participants.")
    _roman_heading(doc, "III", "Visite des locaux")
    para(doc, "Après la présentation, nous visitons les locaux du projet : une salle de cours, une salle "
              "informatique et un espace de rencontre ouvert aux participants en dehors des cours.")
    _roman_heading(doc, "IV", "Échange sur le recrutement")
    para(doc, "Fabienne Dethier et Véronique Hanotiau expliquent l'approche de Charleroi : une liste de "
              "participants potentiels, établie avec l'observatoire local, est filtrée par les assistants "
              "sociaux ; les personnes retenues sont invitées à une séance d'information. Seul un tiers "
              "des personnes invitées s'y présente.")
    para(doc, "Pieter Claeys fait remarquer qu'à Gand, l'assistant social accompagne personnellement le "
              "participant au premier rendez-vous. La participation augmente, mais cela prend plus de temps.")
    para(doc, "Ana Pereira : à Liège, l'inscription est possible à tout moment. Les nouvelles personnes "
              "sont toujours les bienvenues, ce qui selon elle maintient la motivation.")
    _roman_heading(doc, "V", "Accords")
    para(doc, "Kobe Janssens envoie la présentation à tous les participants.", style="List Bullet")
    para(doc, "Fabienne Dethier et Véronique Hanotiau transmettent au SPP les chiffres des séances "
              "d'information à Charleroi et Binche.", style="List Bullet")
    para(doc, "Le SPP examine si un interprète peut aussi être prévu pour la prochaine rencontre.",
         style="List Bullet")
    para(doc, "")
    runs(doc, [("Prochaine rencontre : ", {"bold": True}), "juin 2017 à Bruxelles (date à confirmer)."])
    save(doc, "758_antwerpen_uitwisseling_2017.docx")


# ---------------------------------------------------------------- 759
def r759():
    """Lotte Verhaegen, trainee (stagiaire) at the POD MI, writes her first report. Dutch only.
    No heading styles: bold lines without numbers; agenda as bullets; actions with arrows and
    first names; a yellow-highlighted question to her mentor left in the text."""
    doc = new_doc("Calibri", 11, author="Lotte Verhaegen", title="verslag netwerk juni",
                  created=dt(2018, 6, 25))
    para(doc, "Verslag netwerkvergadering AMIF", bold=True, size=14, space_after=0)
    para(doc, "Donderdag 21 juni 2018 – POD MI, Koning Albert II-laan 30, Brussel (zaal 4.12)", space_after=0)
    para(doc, "Verslag: Lotte Verhaegen (stagiaire)", italic=True, space_after=10)

    runs(doc, [("Aanwezig: ", {"bold": True}),
               "Griet Vanhoutte, Karim Bouzidi en ik (POD MI), Pieter Claeys en Nadia El Khattabi (OCMW Gent), "
               "Kobe Janssens (OCMW Antwerpen), Samira Amrani (OCMW Mortsel), Thomas Verbeeck en Leila Haddou "
               "(OCMW Brussel), Ana Pereira (OCMW Luik), Giuseppe Rinaldi (OCMW Charleroi) + als gast: "
               "Elke Dierickx (Agentschap Integratie en Inburgering)"], space_after=4)
    runs(doc, [("Verontschuldigd: ", {"bold": True}),
               "Hanne Verstraete (OCMW Gent), Fabienne Dethier (Charleroi)"], space_after=10)

    para(doc, "Agenda", bold=True, space_after=2)
    for ln in ("10.00 u – 10.15 u: Welkom en goedkeuring vorig verslag",
               "10.15 u – 11.00 u: Inburgering in Vlaanderen en Brussel (gast: Agentschap Integratie en Inburgering)",
               "11.00 u – 12.00 u: Tevredenheidsenquête: eerste resultaten",
               "12.00 u – 12.30 u: Rondje van de OCMW's"):
        para(doc, ln, style="List Bullet", space_after=0)
    para(doc, "")

    para(doc, "Welkom en vorig verslag", bold=True, space_after=2)
    para(doc, "Griet heet iedereen welkom en stelt mij voor: ik loop tot eind augustus stage bij het POD "
              "en maak vandaag het verslag. Het verslag van de vorige vergadering (Brussel, februari) "
              "wordt goedgekeurd zonder opmerkingen.")
    para(doc, "Karim vertaalt af en toe voor Ana en Giuseppe, die liever Frans spreken.")

    para(doc, "Voorstelling Agentschap Integratie en Inburgering", bold=True, space_after=2)
    para(doc, "Elke Dierickx legt uit hoe het inburgeringstraject werkt: een cursus maatschappelijke "
              "oriëntatie, een cursus Nederlands als tweede taal, trajectbegeleiding en sinds kort ook een "
              "luik rond werk. In Brussel is het traject niet verplicht voor iedereen, in Vlaanderen wel "
              "voor de meeste nieuwkomers.")
    para(doc, "Vragen uit de groep:")
    para(doc, "Kunnen deelnemers tegelijk het inburgeringstraject en een AMIF-module volgen? Ja, zolang de "
              "uren niet overlappen. Het Agentschap vraagt om goed af te stemmen met de trajectbegeleider.",
         style="List Bullet")
    para(doc, "Telt een AMIF-module mee als maatschappelijke oriëntatie? Nee, het zijn aparte dingen.",
         style="List Bullet")
    p = para(doc, "Samira vraagt of het Agentschap ook in Mortsel komt. Er is een zitdag in Mortsel één keer "
                  "per maand ")
    run_fmt(p.add_run("(nakijken bij Griet of dit klopt?)"), highlight=WD_COLOR_INDEX.YELLOW)

    para(doc, "Tevredenheidsenquête", bold=True, space_after=2)
    para(doc, "Griet toont de eerste resultaten van de tevredenheidsenquête. Alle OCMW's vinden dat de "
              "enquête te moeilijk is voor de doelgroep: woorden als \u201cautonomie\u201d of "
              "\u201cmaatschappelijke participatie\u201d zijn te abstract. Veel deelnemers vullen de enquête in "
              "met hulp van een begeleider, wat de antwoorden beïnvloedt.")
    para(doc, "Voorstellen:")
    para(doc, "pictogrammen of smileys gebruiken", style="List Bullet")
    para(doc, "de enquête ook in het Arabisch, Dari en Tigrinya aanbieden", style="List Bullet")
    para(doc, "de enquête mondeling afnemen in kleine groepjes", style="List Bullet")
    p = para(doc, "")
    run_fmt(p.add_run("[foto's van de flipcharts nog toevoegen]"), italic=True, color=RED)

    para(doc, "Rondje van de OCMW's", bold=True, space_after=2)
    para(doc, "Gent (Pieter, Nadia): de groep van dit voorjaar is bijna volledig, één deelnemer is "
              "doorgestroomd naar een opleiding. Nadia merkt dat deelnemers met kinderen moeilijk "
              "kunnen komen in de schoolvakanties.")
    para(doc, "Antwerpen (Kobe, Samira): in Mortsel werd een tweede groep opgestart. De samenwerking met "
              "de sociale dienst loopt goed.")
    para(doc, "Brussel (Thomas, Leila): de groepen worden nu gemengd Nederlands-Frans samengesteld, met "
              "een begeleider die beide talen spreekt. Dat werkt beter dan verwacht.")
    para(doc, "Luik (Ana): de drie contracten per deelnemer blijven goed werken om afspraken over "
              "aanwezigheid en stiptheid te maken.")
    para(doc, "Charleroi (Giuseppe): nieuwe infosessies in september, een nieuwe lijst met potentiële "
              "deelnemers wordt opgemaakt.")

    para(doc, "Wat moet er nog gebeuren?", bold=True, underline=True, space_after=2)
    para(doc, "\u2192 Griet: stuurt de presentatie van het Agentschap door naar iedereen", space_after=0)
    para(doc, "\u2192 Thomas en Leila: vragen na wat een vertaling van de enquête in het Arabisch kost",
         space_after=0)
    para(doc, "\u2192 alle OCMW's: feedback op de enquête doorsturen voor 15 september", space_after=0)
    para(doc, "\u2192 ?: zaal reserveren voor de volgende vergadering", space_after=8)

    para(doc, "De volgende vergadering is in oktober, in Charleroi denk ik.")
    save(doc, "759_stageverslag_brussel_2018.docx")


# ---------------------------------------------------------------- 760
def _bi(doc, fr, nl):
    """One paragraph in French, then the same in Dutch (italic, blue)."""
    para(doc, fr, space_after=2)
    para(doc, nl, italic=True, color=DARKBLUE, space_after=8)


def r760():
    """Thomas Verbeeck, bilingual team of CPAS de Bruxelles / OCMW Brussel. Each paragraph in French,
    then in Dutch. Cambria 10, Heading 2 with typed numbers and bilingual titles; people in one
    table with a status column (present and excused mixed)."""
    doc = new_doc("Cambria", 10, author="Thomas Verbeeck", title="Rapport - Verslag 28/11/2019",
                  created=dt(2019, 12, 3))
    heading_font(doc, "Cambria", color=RGBColor(0x7B, 0x1F, 0x3A), sizes={2: 12, 3: 10.5})
    header_lines(doc.sections[0], ["CPAS de Bruxelles – OCMW Brussel", "Projet FAMI / AMIF-project"], size=8)
    footer_lines(doc.sections[0], [TAG_FR + " – " + TAG_NL], size=7)

    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "28 novembre 2019 – 28 november 2019", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – OCMW Brussel, Hoogstraat 298a, 1000 Brussel",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=9, space_after=10)

    para(doc, "Participants / Deelnemers", bold=True, space_after=3)
    grid(doc, [
        ["Nom / Naam", "Organisation / Organisatie", "Présent·e / Aanwezig"],
        ["Thomas Verbeeck", "CPAS de Bruxelles / OCMW Brussel", "oui / ja"],
        ["Leila Haddou", "CPAS de Bruxelles / OCMW Brussel", "oui / ja"],
        ["Aurélie Dumont", "CPAS de Bruxelles / OCMW Brussel", "oui / ja"],
        ["Griet Vanhoutte", "SPP IS / POD MI", "oui / ja"],
        ["Karim Bouzidi", "SPP IS / POD MI", "oui / ja"],
        ["Pieter Claeys", "CPAS de Gand / OCMW Gent", "excusé / verontschuldigd"],
        ["Nadia El Khattabi", "CPAS de Gand / OCMW Gent", "oui / ja"],
        ["Fatima Ouali", "CPAS d'Anvers / OCMW Antwerpen", "oui / ja"],
        ["Jean-Marc Lejeune", "CPAS de Liège / OCMW Luik", "oui / ja"],
        ["Giuseppe Rinaldi", "CPAS de Charleroi / OCMW Charleroi", "excusé / verontschuldigd"],
        ["Véronique Hanotiau", "CPAS de Binche / OCMW Binche", "oui / ja"],
    ], widths_cm=[4.5, 7.5, 4.5], header_fill="F2DCDB", size=9)
    para(doc, "", space_after=2)

    para(doc, "Ordre du jour / Agenda", bold=True, space_after=3)
    grid(doc, [
        ["Heure / Uur", "Point / Punt"],
        ["09h30 – 10h00", "Accueil / Onthaal"],
        ["10h00 – 10h45", "Le projet « Trait d'Union » / Het project \u201cTrait d'Union\u201d"],
        ["10h45 – 11h30", "Les médiateurs interculturels comme interprètes sociaux / "
                          "Interculturele bemiddelaars als sociaal tolk"],
        ["11h30 – 12h15", "Enquête de satisfaction : nouvelle version / Tevredenheidsenquête: nieuwe versie"],
        ["12h15 – 12h30", "Divers / Varia"],
    ], widths_cm=[3.2, 13.3], header_fill="F2DCDB", size=9)

    doc.add_heading("1. Accueil / Onthaal", level=2)
    _bi(doc, "Thomas Verbeeck accueille les collègues au CPAS de Bruxelles. Il n'y a pas d'interprète : "
             "chacun parle sa langue et les collègues bilingues résument si nécessaire.",
        "Thomas Verbeeck verwelkomt de collega's in het OCMW Brussel. Er is geen tolk: iedereen spreekt "
        "zijn eigen taal en de tweetalige collega's vatten samen waar nodig.")

    doc.add_heading("2. Le projet « Trait d'Union » / Het project \u201cTrait d'Union\u201d", level=2)
    _bi(doc, "Leila Haddou présente le projet bruxellois. Les participants sont orientés par les "
             "assistants sociaux des antennes sociales. Après un entretien d'admission, ils suivent un "
             "parcours de six à neuf mois : accompagnement individuel tous les quinze jours, ateliers "
             "collectifs hebdomadaires et une sortie socio-culturelle par mois.",
        "Leila Haddou stelt het Brusselse project voor. De deelnemers worden doorverwezen door de "
        "maatschappelijk werkers van de sociale antennes. Na een intakegesprek volgen ze een traject van "
        "zes tot negen maanden: individuele begeleiding om de twee weken, wekelijkse groepsateliers en "
        "één socio-culturele uitstap per maand.")
    _bi(doc, "Les groupes sont désormais constitués par niveau de langue et non plus par langue. Un "
             "animateur bilingue accompagne chaque groupe.",
        "De groepen worden voortaan samengesteld volgens taalniveau en niet langer per taal. Elke groep "
        "wordt begeleid door een tweetalige animator.")

    doc.add_heading("3. Médiateurs interculturels / Interculturele bemiddelaars", level=2)
    _bi(doc, "Aurélie Dumont explique le rôle des médiateurs interculturels, qui interviennent comme "
             "interprètes sociaux lors des entretiens. Ils ne traduisent pas seulement les mots, mais "
             "aussi les codes culturels. Le CPAS de Liège utilise une charte pour leurs interventions.",
        "Aurélie Dumont legt de rol uit van de interculturele bemiddelaars, die als sociaal tolk optreden "
        "tijdens de gesprekken. Ze vertalen niet alleen woorden, maar ook culturele codes. Het OCMW Luik "
        "werkt met een charter voor hun tussenkomsten.")
    _bi(doc, "Nadia El Khattabi souligne qu'à Gand, le médiateur ne peut jamais être un membre de la "
             "famille du participant.",
        "Nadia El Khattabi benadrukt dat in Gent de bemiddelaar nooit een familielid van de deelnemer mag zijn.")

    doc.add_heading("4. Enquête de satisfaction / Tevredenheidsenquête", level=2)
    _bi(doc, "La nouvelle version de l'enquête est discutée. Elle utilise des pictogrammes et des phrases "
             "plus courtes. Le SPP dispose d'un budget limité pour la traduction "
             "[Karim : peux-tu vérifier le montant ? / Karim: kan jij het bedrag nakijken?].",
        "De nieuwe versie van de enquête wordt besproken. Ze gebruikt pictogrammen en kortere zinnen. "
        "Het POD beschikt over een beperkt budget voor vertaling.")
    doc.add_heading("4.1 Points forts / Sterke punten", level=3)
    _bi(doc, "Plus visuelle, plus courte, utilisable en groupe.",
        "Visueler, korter, bruikbaar in groep.")
    doc.add_heading("4.2 Points à améliorer / Werkpunten", level=3)
    _bi(doc, "Certains pictogrammes restent ambigus ; il manque une version en arabe, en dari et en tigrinya.",
        "Sommige pictogrammen blijven dubbelzinnig; er ontbreekt een versie in het Arabisch, Dari en Tigrinya.")

    doc.add_heading("5. Divers / Varia", level=2)
    _bi(doc, "Véronique Hanotiau annonce que Binche organisera une séance d'information commune avec "
             "Charleroi au printemps.",
        "Véronique Hanotiau kondigt aan dat Binche in het voorjaar samen met Charleroi een infosessie organiseert.")

    doc.add_heading("6. Actions / Acties", level=2)
    t = doc.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    rows = [
        ("Qui / Wie", ["Quoi / Wat"], "Quand / Wanneer"),
        ("Leila Haddou", ["Envoie la nouvelle version de l'enquête à tous les CPAS.",
                          "Bezorgt de nieuwe versie van de enquête aan alle OCMW's."], "13/12/2019"),
        ("SPP IS / POD MI", ["Demande un devis pour la traduction de l'enquête en arabe, dari et tigrinya.",
                             "Vraagt een offerte voor de vertaling van de enquête in het Arabisch, Dari en Tigrinya."],
         "janvier / januari 2020"),
        ("Chaque CPAS / Elk OCMW", ["Teste la nouvelle enquête avec cinq participants au moins.",
                                    "Test de nieuwe enquête met minstens vijf deelnemers."], "29/02/2020"),
        ("CPAS de Liège / OCMW Luik", ["Partage sa charte des médiateurs interculturels.",
                                       "Deelt zijn charter voor interculturele bemiddelaars."], "/"),
    ]
    for i, (who, what, when) in enumerate(rows):
        cell_text(t.cell(i, 0), who, bold=(i == 0), size=9)
        c = t.cell(i, 1)
        cell_text(c, what[0], bold=(i == 0), size=9)
        for extra in what[1:]:
            run_fmt(c.add_paragraph().add_run(extra), italic=True, size=9, color=DARKBLUE)
        cell_text(t.cell(i, 2), when, bold=(i == 0), size=9)
        if i == 0:
            for j in range(3):
                shade(t.cell(0, j), "F2DCDB")
    for row in t.rows:
        for j, w in enumerate((4.0, 9.5, 3.0)):
            row.cells[j].width = Cm(w)

    para(doc, "", space_after=2)
    runs(doc, [("Prochaine réunion / Volgende vergadering : ", {"bold": True}),
               "jeudi 12 mars 2020 à Gand / donderdag 12 maart 2020 in Gent"])
    para(doc, "Rédaction / Verslag : Thomas Verbeeck", italic=True, size=8, color=GREY, space_before=10)
    save(doc, "760_bruxelles_bilingue_2019.docx")


# ---------------------------------------------------------------- 761
def _letter_heading(doc, text):
    p = para(doc, text, bold=True, size=12, color=GREEN, space_before=10, space_after=3)
    p.paragraph_format.keep_with_next = True
    return p


def r761():
    """Nadia El Khattabi, maatschappelijk werker at OCMW Gent, writes up the first online meeting
    (Teams, June 2020). Dutch only. Arial 11, lettered bold headings, people grouped per OCMW,
    agenda in Word numbering without times, actions as 'Actie X:' lines, a red TODO."""
    doc = new_doc("Arial", 11, author="Nadia El Khattabi", title="Verslag online netwerk 16 juni",
                  created=dt(2020, 6, 17, 9))
    footer_lines(doc.sections[0], ["OCMW Gent – Dienst Nieuwkomers – intern verslag AMIF-netwerk"], size=8)

    para(doc, "Verslag online bijeenkomst AMIF-netwerk", bold=True, size=15, color=GREEN, space_after=0)
    para(doc, "dinsdag 16 juni 2020, 10u00 – 12u00, via Microsoft Teams", space_after=10)

    para(doc, "Aanwezig (via Teams):", bold=True, space_after=2)
    for ln in ("OCMW Gent: Nadia El Khattabi (verslag), Hanne Verstraete, Yusuf Demir",
               "OCMW Antwerpen: Fatima Ouali",
               "OCMW Brussel: Thomas Verbeeck",
               "POD MI: Griet Vanhoutte",
               "CPAS Charleroi: Giuseppe Rinaldi"):
        para(doc, ln, style="List Bullet", space_after=0)
    para(doc, "")
    runs(doc, [("Verontschuldigd: ", {"bold": True}),
               "Pieter Claeys (OCMW Gent, met verlof), Jean-Marc Lejeune (CPAS Luik)"], space_after=8)

    para(doc, "Agenda", bold=True, space_after=2)
    for ln in ("Hoe lopen de modules tijdens corona?",
               "Groepsgrootte en hygiëneregels",
               "Contact met deelnemers op afstand",
               "Varia"):
        para(doc, ln, style="List Number", space_after=0)
    para(doc, "")
    para(doc, "De bijeenkomst in Gent van 12 maart werd afgelast omwille van de coronamaatregelen. "
              "Dit is de eerste keer dat het netwerk online samenkomt. Giuseppe Rinaldi volgt in het "
              "Nederlands; Thomas helpt hem waar nodig via de chat.", italic=True)

    _letter_heading(doc, "A. Hoe lopen de modules?")
    para(doc, "Gent: de groepsmodules lagen stil van half maart tot eind mei. De individuele "
              "begeleiding ging door via telefoon en WhatsApp. Sinds 2 juni zijn de groepen opnieuw "
              "gestart in kleine bubbels.")
    para(doc, "Antwerpen: de partnergemeenten hebben de activiteiten voorlopig stopgezet, behalve "
              "Edegem waar één deelnemer per keer langskomt.")
    para(doc, "Brussel: het team heeft tablets uitgeleend aan een tiental deelnemers. Veel deelnemers "
              "hebben geen laptop en geen stabiele internetverbinding.")
    para(doc, "Charleroi: enkel individuele afspraken, de infosessies zijn uitgesteld naar september.")

    _letter_heading(doc, "B. Groepsgrootte")
    para(doc, "Elk OCMW hanteert een eigen regel, afhankelijk van de grootte van de lokalen:")
    grid(doc, [
        ["OCMW", "Regel sinds juni 2020"],
        ["Gent", "4 deelnemers + 1 begeleider"],
        ["Charleroi", "3 deelnemers + 1 begeleider"],
        ["Antwerpen", "5 deelnemers + 1 begeleider"],
        ["Brussel", "4 deelnemers + 1 begeleider, mondmasker verplicht"],
    ], widths_cm=[4, 11], header_fill="E2EFD9", size=10)
    p = para(doc, "", space_before=4)
    run_fmt(p.add_run("(Fatima, klopt het dat Antwerpen 5 + 1 doet?)"), italic=True, color=RED)
    para(doc, "Griet merkt op dat de regels in de zomer waarschijnlijk versoepeld worden; misschien "
              "wordt 6 + 1 mogelijk in september.")

    _letter_heading(doc, "C. Contact op afstand")
    para(doc, "Yusuf vertelt dat de bemiddelaars korte spraakberichten in de eigen taal van de deelnemers "
              "sturen. Dat werkt beter dan geschreven berichten, zeker voor deelnemers die niet of "
              "weinig kunnen lezen.")
    para(doc, "Hanne: het is moeilijk om aanwezigheid en stiptheid te registreren bij online sessies. "
              "Moeten we een online sessie tellen als een gewone sessie?")
    p = para(doc, "")
    run_fmt(p.add_run("TODO: link naar de presentatie van Charleroi toevoegen"), bold=True, color=RED)

    _letter_heading(doc, "D. Varia")
    para(doc, "Thomas vraagt of de termijnen voor de rapportering aan het POD verschoven worden. Griet "
              "antwoordt dat dit nog niet beslist is.")

    _letter_heading(doc, "E. Afspraken")
    para(doc, "Actie OCMW Gent: deelt het draaiboek voor groepssessies met 4 + 1 met de andere OCMW's.",
         space_after=2)
    para(doc, "Actie Griet: vraagt na bij de beheersautoriteit of online sessies meetellen in de "
              "rapportering.", space_after=2)
    para(doc, "Actie alle OCMW's: noteren per sessie wie online aanwezig was en hoe lang.", space_after=2)
    para(doc, "Actie Hanne en Yusuf: maken een korte handleiding over het gebruik van WhatsApp-groepen "
              "met deelnemers.", space_after=8)

    runs(doc, [("Volgende vergadering: ", {"bold": True}), "eind september, datum via Doodle."])
    save(doc, "761_online_corona_2020.docx")


# ---------------------------------------------------------------- 762
def r762():
    """Sarah Lambrechts, POD MI. Online (Webex) meeting with two simultaneous interpreters.
    Dutch version, then French version in a new section with its own header. Calibri Light,
    Heading 1/2 with numbers typed without final dot; people in a two-column table; agenda with
    tabs and time ranges; actions in a typed numbered list."""
    doc = new_doc("Calibri Light", 10.5, author="Sarah Lambrechts", title="Verslag - Rapport 18/03/2021",
                  created=dt(2021, 3, 24))
    heading_font(doc, "Calibri Light", color=RGBColor(0x2E, 0x74, 0xB5), sizes={1: 13, 2: 11})
    sec = doc.sections[0]
    header_lines(sec, ["POD Maatschappelijke Integratie – AMIF-netwerk", "Nederlandstalige versie"], size=8)
    footer_lines(sec, [TAG_NL], size=7, page_number=True)

    def meta(title, date, place):
        para(doc, title, bold=True, size=15, space_after=2)
        para(doc, date, bold=True, space_after=2)
        para(doc, place, italic=True, space_after=8)

    meta("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", "18 maart 2021 – 18 mars 2021",
         "Online (Webex), met simultaanvertaling Nederlands-Frans")

    def people_table(lab_p, lab_e, org_tr):
        pres = [("Sarah Lambrechts", "POD MI"), ("Griet Vanhoutte", "POD MI"), ("Karim Bouzidi", "POD MI"),
                ("Pieter Claeys", "OCMW Gent"), ("Hanne Verstraete", "OCMW Gent"),
                ("Kobe Janssens", "OCMW Antwerpen"), ("Inge Wouters", "OCMW Edegem"),
                ("Marie-Claire Nkulu", "OCMW Brussel"), ("Jean-Marc Lejeune", "OCMW Luik"),
                ("Sébastien Collard", "OCMW Luik"), ("Fabienne Dethier", "OCMW Charleroi"),
                ("Olivier Delvaux", "tolk"), ("Katrien Mertens", "tolk")]
        exc = [("Bart Van den Bossche", "OCMW Schoten"), ("Dirk Goossens", "OCMW Mortsel"),
               ("Giuseppe Rinaldi", "OCMW Charleroi")]
        t = doc.add_table(rows=1 + max(len(pres), len(exc)), cols=2)
        t.style = "Light List Accent 1"
        cell_text(t.cell(0, 0), lab_p, bold=True)
        cell_text(t.cell(0, 1), lab_e, bold=True)
        for i, (n, o) in enumerate(pres):
            cell_text(t.cell(i + 1, 0), "%s (%s)" % (n, org_tr(o)), size=9.5)
        for i, (n, o) in enumerate(exc):
            cell_text(t.cell(i + 1, 1), "%s (%s)" % (n, org_tr(o)), size=9.5)

    people_table("Aanwezig", "Verontschuldigd", lambda o: o)
    para(doc, "")
    para(doc, "Agenda", bold=True, space_after=2)
    for ln in ("13:30 – 13:40\tWelkom en technische afspraken",
               "13:40 – 14:30\tStand van zaken per OCMW",
               "14:30 – 15:00\tNieuwe AMIF-programmaperiode 2021–2027",
               "15:00 – 15:15\tPauze",
               "15:15 – 15:45\tBrainstorm: deelnemers opvolgen na het traject",
               "15:45 – 16:00\tRondvraag"):
        para(doc, ln, space_after=0)

    doc.add_heading("1 Welkom", level=1)
    para(doc, "Sarah Lambrechts verwelkomt iedereen. De vergadering wordt simultaan vertaald door "
              "Olivier Delvaux en Katrien Mertens; kies in Webex het juiste taalkanaal. Micro's uit als je "
              "niet spreekt.")
    doc.add_heading("2 Stand van zaken per OCMW", level=1)
    nl_status = [
        ("2.1 Gent", "De groepen draaien opnieuw met 4 deelnemers + 1 begeleider. De wachtlijst groeit: "
                     "de maatschappelijk werkers blijven doorverwijzen, maar er zijn te weinig plaatsen."),
        ("2.2 Antwerpen en partners", "Antwerpen en Edegem werken met kleine groepen; Schoten en Mortsel "
                                      "bieden enkel individuele begeleiding aan tot de zomer."),
        ("2.3 Brussel", "Het Brusselse team combineert online en fysieke sessies. De uitleen van tablets "
                        "loopt verder."),
        ("2.4 Luik", "Groepen van 3 + 1. Sébastien Collard is sinds januari de nieuwe coördinator."),
        ("2.5 Charleroi", "De infosessies gingen door in kleine groepen; de opkomst lag rond 30 %."),
    ]
    for h, txt in nl_status:
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("3 Nieuwe programmaperiode", level=1)
    para(doc, "Karim Bouzidi licht toe wat bekend is over het nieuwe AMIF-programma 2021–2027. De "
              "Europese Commissie werkt met gemeenschappelijke output- en resultaatindicatoren: onder meer "
              "het aantal deelnemers aan taalcursussen, maatschappelijke oriëntatie en professionele "
              "begeleiding, en het aantal deelnemers dat zegt dat de activiteit hen geholpen heeft. De "
              "OCMW's zullen die cijfers jaarlijks aan het POD moeten bezorgen.")
    doc.add_heading("4 Brainstorm", level=1)
    para(doc, "Hoe volgen we deelnemers op nadat hun traject afgelopen is? Ideeën uit de brainstorm:")
    for b in ("een kort telefoongesprek na drie en na zes maanden;",
              "een terugkomdag voor oud-deelnemers;",
              "een gemeenschappelijke opvolgingsfiche voor alle OCMW's."):
        para(doc, b, style="List Bullet", space_after=0)
    doc.add_heading("5 Rondvraag", level=1)
    para(doc, "Inge Wouters vraagt of kleine partners een vereenvoudigde rapportering kunnen krijgen. "
              "Karim antwoordt dat dit al voorzien is in het nieuwe programma.")
    doc.add_heading("6 Actiepunten", level=1)
    for ln in ("1. Het POD bezorgt de ontwerptekst van het nieuwe programma aan alle OCMW's.",
               "2. Elk OCMW stuurt tegen 30 april de cijfers van 2020 (aantal deelnemers per module).",
               "3. Sébastien Collard en Hanne Verstraete werken een voorstel uit voor een gemeenschappelijke "
               "opvolgingsfiche.",
               "4. OCMW Antwerpen vraagt de cijfers van 2020 op bij Schoten, Edegem en Mortsel."):
        para(doc, ln, space_after=2, indent_cm=0.4)
    para(doc, "")
    runs(doc, [("Volgende bijeenkomst: ", {"bold": True}), "dinsdag 22 juni 2021 (online, 13u30)."])
    para(doc, "[Opmerkingen van de OCMW's worden nog toegevoegd]", italic=True, color=GREY)

    # ---- French version in a new section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    header_lines(sec2, ["SPP Intégration Sociale – réseau FAMI", "Version française"], size=8)
    footer_lines(sec2, [TAG_FR], size=7, page_number=True)
    meta("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", "18 mars 2021 – 18 maart 2021",
         "En ligne (Webex), avec interprétation simultanée néerlandais-français")
    fr_org = {"POD MI": "SPP IS", "OCMW Gent": "CPAS Gand", "OCMW Antwerpen": "CPAS Anvers",
              "OCMW Edegem": "CPAS Edegem", "OCMW Brussel": "CPAS Bruxelles", "OCMW Luik": "CPAS Liège",
              "OCMW Charleroi": "CPAS Charleroi", "tolk": "interprète", "OCMW Schoten": "CPAS Schoten",
              "OCMW Mortsel": "CPAS Mortsel"}
    people_table("Présents", "Excusés", lambda o: fr_org[o])
    para(doc, "")
    para(doc, "Ordre du jour", bold=True, space_after=2)
    for ln in ("13:30 – 13:40\tAccueil et consignes techniques",
               "13:40 – 14:30\tÉtat des lieux par CPAS",
               "14:30 – 15:00\tNouvelle période de programmation FAMI 2021–2027",
               "15:00 – 15:15\tPause",
               "15:15 – 15:45\tBrainstorming : le suivi des participants après le parcours",
               "15:45 – 16:00\tTour de table"):
        para(doc, ln, space_after=0)
    doc.add_heading("1 Accueil", level=1)
    para(doc, "Sarah Lambrechts souhaite la bienvenue à tous. La réunion est interprétée en simultané par "
              "Olivier Delvaux et Katrien Mertens ; choisissez le bon canal de langue dans Webex. Micros "
              "coupés quand vous ne parlez pas.")
    doc.add_heading("2 État des lieux par CPAS", level=1)
    fr_status = [
        ("2.1 Gand", "Les groupes ont repris avec 4 participants + 1 accompagnateur. La liste d'attente "
                     "s'allonge : les assistants sociaux continuent d'orienter, mais les places manquent."),
        ("2.2 Anvers et partenaires", "Anvers et Edegem travaillent en petits groupes ; Schoten et Mortsel "
                                      "ne proposent que l'accompagnement individuel jusqu'à l'été."),
        ("2.3 Bruxelles", "L'équipe bruxelloise combine séances en ligne et en présentiel. Le prêt de "
                          "tablettes se poursuit."),
        ("2.4 Liège", "Groupes de 3 + 1. Sébastien Collard est le nouveau coordinateur depuis janvier."),
        ("2.5 Charleroi", "Les séances d'information ont eu lieu en petits groupes ; la participation "
                          "était d'environ 30 %."),
    ]
    for h, txt in fr_status:
        doc.add_heading(h, level=2)
        para(doc, txt)
    doc.add_heading("3 Nouvelle période de programmation", level=1)
    para(doc, "Karim Bouzidi présente ce que l'on sait du nouveau programme FAMI 2021–2027. La Commission "
              "européenne travaille avec des indicateurs communs de réalisation et de résultat : entre "
              "autres le nombre de participants aux cours de langue, à l'orientation civique et à "
              "l'accompagnement professionnel, et le nombre de participants qui déclarent que l'activité "
              "les a aidés. Les CPAS devront transmettre ces chiffres chaque année au SPP.")
    doc.add_heading("4 Brainstorming", level=1)
    para(doc, "Comment suivre les participants après la fin de leur parcours ? Idées :")
    for b in ("un court appel téléphonique après trois et après six mois ;",
              "une journée de retrouvailles pour les anciens participants ;",
              "une fiche de suivi commune à tous les CPAS."):
        para(doc, b, style="List Bullet", space_after=0)
    doc.add_heading("5 Tour de table", level=1)
    para(doc, "Inge Wouters demande si les petits partenaires peuvent avoir un rapportage simplifié. "
              "Karim répond que c'est déjà prévu dans le nouveau programme.")
    doc.add_heading("6 Points d'action", level=1)
    for ln in ("1. Le SPP transmet le projet de texte du nouveau programme à tous les CPAS.",
               "2. Chaque CPAS envoie pour le 30 avril les chiffres de 2020 (nombre de participants par module).",
               "3. Sébastien Collard et Hanne Verstraete élaborent une proposition de fiche de suivi commune.",
               "4. Le CPAS d'Anvers demande les chiffres de 2020 à Schoten, Edegem et Mortsel."):
        para(doc, ln, space_after=2, indent_cm=0.4)
    para(doc, "")
    runs(doc, [("Prochaine rencontre : ", {"bold": True}), "mardi 22 juin 2021 (en ligne, 13h30)."])
    para(doc, "[Les commentaires des CPAS doivent encore être ajoutés]", italic=True, color=GREY)
    save(doc, "762_online_tolken_2021.docx")


# ---------------------------------------------------------------- 763
def r763():
    """Sébastien Collard, coordinator at CPAS de Liège, asked to write the report in both languages:
    French first, then his own Dutch version. Times New Roman 12, typed '1)' and 'a)' bold headings,
    people one per line with dashes, agenda with start times only."""
    doc = new_doc("Times New Roman", 12, author="Sébastien Collard", title="Rapport rencontre CPAS Liège",
                  created=dt(2022, 5, 19), margins_cm=2.2)
    header_lines(doc.sections[0], ["CPAS de Liège – Service Insertion – projet Mod' Actions"], size=9,
                 align=WD_ALIGN_PARAGRAPH.LEFT, italic=False)
    footer_lines(doc.sections[0], [TAG_FR + " / " + TAG_NL], size=8)

    def h(txt):
        p = para(doc, txt, bold=True, space_before=8, space_after=3)
        p.paragraph_format.keep_with_next = True

    def sub(txt):
        p = para(doc, txt, bold=True, italic=True, space_after=2, indent_cm=0.6)
        p.paragraph_format.keep_with_next = True

    para(doc, "Rapport de la rencontre des CPAS – Verslag van de bijeenkomst van de OCMW's", bold=True,
         size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    para(doc, "Liège, le 12 mai 2022", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    runs(doc, [("Lieu : ", {"bold": True}), "L'Échelle des Mots, rue Général Bertrand 35, 4000 Liège"])

    para(doc, "Présents :", bold=True, space_after=0)
    for ln in ("- Sébastien Collard, CPAS de Liège (rédaction)",
               "- Ana Pereira, CPAS de Liège",
               "- Jean-Marc Lejeune, CPAS de Liège",
               "- Sarah Lambrechts, SPP Intégration Sociale",
               "- Pieter Claeys, CPAS de Gand",
               "- Nadia El Khattabi, CPAS de Gand",
               "- Kobe Janssens, CPAS d'Anvers",
               "- Dirk Goossens, CPAS de Mortsel",
               "- Leila Haddou, CPAS de Bruxelles",
               "- Fabienne Dethier, CPAS de Charleroi",
               "- Véronique Hanotiau, CPAS de Binche"):
        para(doc, ln, space_after=0, indent_cm=0.5)
    para(doc, "Excusés :", bold=True, space_after=0, space_before=4)
    for ln in ("- Griet Vanhoutte, SPP Intégration Sociale",
               "- Inge Wouters, CPAS d'Edegem"):
        para(doc, ln, space_after=0, indent_cm=0.5)
    para(doc, "Pas d'interprète cette fois ; Leila et Sarah ont aidé pour la traduction.", italic=True,
         space_before=4)

    para(doc, "Ordre du jour", bold=True, space_after=0)
    for ln in ("9h30 Accueil et café",
               "10h00 Six mois après : que deviennent nos participants ?",
               "11h00 Atelier : les contrats et le taux de présence",
               "12h30 Repas à la ferme du CPAS",
               "13h30 Les indicateurs du nouveau programme FAMI",
               "15h00 Fin"):
        para(doc, ln, space_after=0, indent_cm=0.5)

    h("1) Accueil")
    para(doc, "Nous avons accueilli les collègues dans notre maison d'activation sociale. Après le café, "
              "visite rapide des locaux et de l'atelier créatif.")
    h("2) Que deviennent nos participants ?")
    para(doc, "Chaque CPAS a présenté ce que deviennent les participants six mois après la fin du parcours.")
    sub("a) Liège")
    para(doc, "Sur 42 participants sortis en 2021, 11 suivent une formation, 6 ont un emploi (article 60 "
              "compris) et 9 sont en ISP. Pour les autres, nous n'avons pas de nouvelles.")
    sub("b) Gand")
    para(doc, "Pieter Claeys et Nadia El Khattabi expliquent qu'à Gand, la maîtrise du néerlandais reste "
              "l'obstacle principal. Beaucoup de participants continuent un cours de langue après le trajet.")
    sub("c) Charleroi et Binche")
    para(doc, "Fabienne Dethier : environ un tiers des participants passe vers l'ISP. Binche n'a pas encore "
              "ses chiffres [chiffres de Binche à compléter].")
    h("3) Les contrats et le taux de présence")
    para(doc, "Ana Pereira a expliqué nos trois contrats : avec l'assistant social, avec la personne qui "
              "fait l'entretien d'admission et avec le responsable de chaque module. Les règles sur le "
              "taux de présence et la ponctualité y sont fixées. Kobe Janssens trouve l'idée intéressante "
              "mais se demande si trois contrats ne font pas peur aux participants.")
    h("4) Les indicateurs du FAMI 2021-2027")
    para(doc, "Sarah Lambrechts présente les indicateurs communs : nombre de participants aux activités de "
              "soutien, aux cours de langue, à l'orientation civique et à l'accompagnement professionnel "
              "personnel ; participants qui ont progressé d'au moins un niveau du CECR ; participants qui "
              "déclarent que l'activité a aidé leur intégration. La question est de savoir comment compter "
              "le niveau de langue quand il n'y a pas de test officiel.")
    h("5) À faire")
    for ln in ("- Ana Pereira envoie le modèle des trois contrats à tous les CPAS.",
               "- Le SPP précise pour septembre comment compter les participants « qui ont progressé d'au "
               "moins un niveau ».",
               "- Le CPAS de Charleroi partage son tableau de suivi du recrutement (listing, invitations, présents).",
               "- Encore à désigner : organiser une visite de terrain à Gand en automne."):
        para(doc, ln, space_after=2, indent_cm=0.5)
    runs(doc, [("Prochaine réunion : ", {"bold": True}), "à Gand, en octobre 2022 (date à fixer)."],
         space_after=6)

    # ---- Dutch version, written by the same colleague
    page_break(doc)
    p = para(doc, "")
    run_fmt(p.add_run("(traduction NL à vérifier par un collègue néerlandophone svp)"), italic=True,
            highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    para(doc, "Nederlandse versie", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    para(doc, "Luik, 12 mei 2022", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    runs(doc, [("Plaats: ", {"bold": True}), "L'Échelle des Mots, rue Général Bertrand 35, 4000 Luik"])
    para(doc, "Aanwezig:", bold=True, space_after=0)
    for ln in ("- Sébastien Collard, OCMW Luik (verslag)",
               "- Ana Pereira, OCMW Luik",
               "- Jean-Marc Lejeune, OCMW Luik",
               "- Sarah Lambrechts, POD Maatschappelijke Integratie",
               "- Pieter Claeys, OCMW Gent",
               "- Nadia El Khattabi, OCMW Gent",
               "- Kobe Janssens, OCMW Antwerpen",
               "- Dirk Goossens, OCMW Mortsel",
               "- Leila Haddou, OCMW Brussel",
               "- Fabienne Dethier, OCMW Charleroi",
               "- Véronique Hanotiau, OCMW Binche"):
        para(doc, ln, space_after=0, indent_cm=0.5)
    para(doc, "Verontschuldigd:", bold=True, space_after=0, space_before=4)
    for ln in ("- Griet Vanhoutte, POD Maatschappelijke Integratie",
               "- Inge Wouters, OCMW Edegem"):
        para(doc, ln, space_after=0, indent_cm=0.5)
    para(doc, "Geen tolk deze keer; Leila en Sarah hebben geholpen voor de vertaling.", italic=True,
         space_before=4)
    para(doc, "Agenda", bold=True, space_after=0)
    for ln in ("9u30 Onthaal en koffie",
               "10u00 Zes maanden later: wat worden onze deelnemers?",
               "11u00 Atelier: de contracten en de aanwezigheidsgraad",
               "12u30 Maaltijd op de boerderij van het OCMW",
               "13u30 De indicatoren van het nieuwe AMIF-programma",
               "15u00 Einde"):
        para(doc, ln, space_after=0, indent_cm=0.5)
    h("1) Onthaal")
    para(doc, "Wij hebben de collega's ontvangen in ons huis van sociale activering. Na de koffie, korte "
              "bezoek van de lokalen en van het creatief atelier.")
    h("2) Wat worden onze deelnemers?")
    para(doc, "Elk OCMW heeft voorgesteld wat de deelnemers worden zes maanden na het einde van het traject.")
    sub("a) Luik")
    para(doc, "Op 42 deelnemers die in 2021 zijn uitgestroomd, volgen 11 een opleiding, hebben 6 een werk "
              "(artikel 60 inbegrepen) en zijn 9 in ISP. Van de anderen hebben wij geen nieuws.")
    sub("b) Gent")
    para(doc, "Pieter Claeys en Nadia El Khattabi leggen uit dat in Gent het Nederlands de grootste drempel "
              "blijft. Veel deelnemers volgen nog een taalcursus na het traject.")
    sub("c) Charleroi en Binche")
    para(doc, "Fabienne Dethier: ongeveer een derde van de deelnemers gaat naar ISP. Binche heeft nog geen cijfers.")
    h("3) De contracten en de aanwezigheidsgraad")
    para(doc, "Ana Pereira heeft onze drie contracten uitgelegd: met de maatschappelijk werker, met de "
              "persoon van het intakegesprek en met de verantwoordelijke van elke module. De regels over "
              "aanwezigheid en stiptheid staan erin. Kobe Janssens vindt het idee interessant maar vraagt "
              "zich af of drie contracten de deelnemers niet bang maken.")
    h("4) De indicatoren van AMIF 2021-2027")
    para(doc, "Sarah Lambrechts stelt de gemeenschappelijke indicatoren voor: aantal deelnemers aan "
              "ondersteunende activiteiten, taalcursussen, maatschappelijke oriëntatie en persoonlijke "
              "professionele begeleiding; deelnemers die minstens één ERK-niveau gestegen zijn; deelnemers "
              "die zeggen dat de activiteit hun integratie geholpen heeft. De vraag is hoe men het taalniveau "
              "telt als er geen officiële test is.")
    h("5) Te doen")
    for ln in ("- Ana Pereira stuurt het model van de drie contracten naar alle OCMW's.",
               "- Het POD verduidelijkt tegen september hoe men de deelnemers telt \u201cdie minstens één "
               "niveau gestegen zijn\u201d.",
               "- Het OCMW Charleroi deelt zijn opvolgingstabel van de rekrutering (lijst, uitnodigingen, aanwezigen).",
               "- Nog aan te duiden: een terreinbezoek in Gent organiseren in het najaar."):
        para(doc, ln, space_after=2, indent_cm=0.5)
    runs(doc, [("Volgende vergadering: ", {"bold": True}), "in Gent, in oktober 2022 (datum vast te leggen)."])
    save(doc, "763_liege_tweetalig_2022.docx")


# ---------------------------------------------------------------- 764
def r764():
    """Kobe Janssens, teamleider at OCMW Antwerpen, writes up a partner meeting with Schoten, Edegem
    and Mortsel and the POD. Dutch only, terse. Calibri 10, key-value table at the top with initials,
    agenda in one line, Heading 2 with typed numbers, action table (Wat | Trekker | Timing), annex."""
    doc = new_doc("Calibri", 10, author="Kobe Janssens", title="Partneroverleg AMIF 19/09/2023",
                  created=dt(2023, 9, 21), margins_cm=2.0)
    heading_font(doc, "Calibri", color=RGBColor(0xC5, 0x5A, 0x11), sizes={1: 12, 2: 11})
    header_lines(doc.sections[0], ["OCMW Antwerpen – Team Nieuwkomers"], size=8, italic=False,
                 align=WD_ALIGN_PARAGRAPH.LEFT, color=GREY)
    footer_lines(doc.sections[0], ["intern – niet verspreiden buiten het netwerk"], size=7, page_number=True)

    para(doc, "Verslag partneroverleg AMIF – OCMW Antwerpen, Schoten, Edegem, Mortsel", bold=True, size=13,
         space_after=6)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    kv = [
        ("Datum", "dinsdag 19 september 2023, 13u30 – 15u30"),
        ("Locatie", "OCMW Antwerpen, lokaal 3.04"),
        ("Verslag", "Kobe Janssens (KJ)"),
        ("Aanwezig", "Kobe Janssens (KJ), Fatima Ouali (FO), Ann Peeters (AP) – OCMW Antwerpen; "
                     "Bart Van den Bossche (BVdB) – OCMW Schoten; Inge Wouters (IW) – OCMW Edegem; "
                     "Samira Amrani (SA) – OCMW Mortsel; Sarah Lambrechts (SL) – POD MI"),
        ("Verontschuldigd", "Dirk Goossens – OCMW Mortsel"),
    ]
    for i, (k, v) in enumerate(kv):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "FBE4D5")
        cell_text(t.cell(i, 1), v)
    for row in t.rows:
        row.cells[0].width = Cm(3.2)
        row.cells[1].width = Cm(13.8)
    para(doc, "", space_after=0)
    runs(doc, [("Agenda: ", {"bold": True}),
               "(1) cijfers eerste semester, (2) tevredenheidsenquête in het Arabisch en Pasjtoe, "
               "(3) bewaartermijnen dossiers, (4) varia"])

    doc.add_heading("1. Cijfers eerste semester 2023", level=2)
    para(doc, "Antwerpen: 38 nieuwe deelnemers, 24 afgerond traject. Schoten: 6 nieuwe. Mortsel: 5 nieuwe. "
              "Edegem: nog niet doorgegeven (zie bijlage). Het gedeelde Excel-bestand wordt voortaan de enige "
              "bron voor de rapportering naar het POD.")
    para(doc, "SL herinnert eraan dat de jaarcijfers ook de gemeenschappelijke AMIF-indicatoren moeten "
              "bevatten (deelnemers per type activiteit, stijging taalniveau, zelfrapportage).")

    doc.add_heading("2. Tevredenheidsenquête", level=2)
    para(doc, "De vereenvoudigde enquête met pictogrammen is vertaald naar het Arabisch en het Pasjtoe. "
              "FO: in Antwerpen ingevuld door 17 deelnemers, weinig problemen. BVdB stelt voor om de "
              "vertaalde versie eerst in Schoten te testen met een kleine groep.")

    doc.add_heading("3. Bewaartermijnen en privacy", level=2)
    para(doc, "SL licht de regels toe: documenten van een AMIF-project worden bewaard tot vijf jaar na "
              "31 december van het jaar van de laatste betaling. Persoonsgegevens niet langer dan nodig "
              "(AVG art. 5). Elk OCMW blijft eigenaar van de gegevens van zijn eigen deelnemers; het POD "
              "krijgt enkel geanonimiseerde cijfers.")
    para(doc, "Vraag van AP: mogen de papieren dossiers van 2016-2017 nu vernietigd worden? Nog niet duidelijk.")

    doc.add_heading("4. Varia", level=2)
    para(doc, "AP gaat eind oktober met pensioen. De vacature voor trajectbegeleider is nog niet ingevuld.")

    para(doc, "Actielijst", bold=True, size=11, space_before=8, space_after=3)
    grid(doc, [
        ["Wat", "Trekker", "Timing"],
        ["Cijfers Edegem en Mortsel aanvullen in het gedeelde bestand", "IW + SA", "29/09"],
        ["Vertaalde enquête testen met een groep deelnemers", "OCMW Schoten", "oktober"],
        ["Nagaan of de dossiers van 2016-2017 vernietigd mogen worden", "POD MI", "volgend overleg"],
        ["Planning infosessies Q4 doorsturen naar de partners", "FO", "06/10"],
        ["Nieuwe trajectbegeleider inwerken na vertrek AP", "?", "november"],
    ], widths_cm=[10.5, 3.2, 3.3], header_fill="FBE4D5", size=9.5)

    para(doc, "")
    runs(doc, [("Volgend overleg: ", {"bold": True}),
               "dinsdag 12 december 2023, 13u30, OCMW Mortsel (onder voorbehoud)"])

    page_break(doc)
    doc.add_heading("Bijlage 1 – Cijfers per gemeente (eerste semester 2023)", level=2)
    grid(doc, [
        ["Gemeente", "Nieuwe deelnemers", "Traject afgerond", "Doorgestroomd naar ISP/opleiding"],
        ["Antwerpen", "38", "24", "9"],
        ["Schoten", "6", "4", "1"],
        ["Edegem", "–", "–", "–"],
        ["Mortsel", "5", "3", "2"],
    ], widths_cm=[4, 4, 4, 5], header_fill="FBE4D5", size=9.5)
    para(doc, "[Inge, kan jij de cijfers van Edegem hier nog invullen?]", italic=True, color=RED,
         space_before=4)
    save(doc, "764_antwerpen_partners_2023.docx")


# ---------------------------------------------------------------- 765
def r765():
    """Els Van Damme, POD MI. Hybrid meeting hosted by OCMW Gent with two interpreters in the booth
    (also on the online channel). Each section's text in a two-column table, Dutch left, French
    right; bilingual Heading 1 lines numbered '1 –'. People as bullets with '(online)' marks;
    agenda in a three-column table. Draft mark at the top."""
    doc = new_doc("Segoe UI", 9.5, author="Els Van Damme", title="Verslag - Rapport 21/11/2024 (ontwerp)",
                  created=dt(2024, 11, 26), margins_cm=2.0)
    heading_font(doc, "Segoe UI Semibold", color=RGBColor(0x00, 0x5A, 0x70), sizes={1: 12})
    header_lines(doc.sections[0], ["POD Maatschappelijke Integratie | SPP Intégration Sociale"], size=8)
    footer_lines(doc.sections[0], [TAG_NL, TAG_FR], size=7, page_number=True)

    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.RIGHT)
    run_fmt(p.add_run("ONTWERP / PROJET – v0.3"), bold=True, color=RED)
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, space_after=2)
    para(doc, "21 november 2024 – 21 novembre 2024", bold=True, space_after=2)
    para(doc, "OCMW Gent, Onderbergen 86, Gent – hybride / hybride (Teams)", space_after=2)
    para(doc, "Simultaanvertaling / interprétation simultanée: Olivier Delvaux, Margot Lenaerts",
         italic=True, space_after=8)

    para(doc, "Aanwezig / Présents", bold=True, space_after=2)
    for ln in ("Els Van Damme – POD MI / SPP IS",
               "Sarah Lambrechts – POD MI / SPP IS",
               "Hanne Verstraete – OCMW Gent",
               "Yusuf Demir – OCMW Gent",
               "Pieter Claeys – OCMW Gent",
               "Fatima Ouali – OCMW Antwerpen (online)",
               "Bart Van den Bossche – OCMW Schoten (online)",
               "Leila Haddou – OCMW Brussel / CPAS de Bruxelles",
               "Aurélie Dumont – OCMW Brussel / CPAS de Bruxelles",
               "Ana Pereira – CPAS de Liège (online)",
               "Fabienne Dethier – CPAS de Charleroi",
               "Olivier Delvaux – tolk / interprète",
               "Margot Lenaerts – tolk / interprète"):
        para(doc, ln, style="List Bullet", space_after=0)
    para(doc, "Verontschuldigd / Excusés", bold=True, space_after=2, space_before=6)
    for ln in ("Kobe Janssens – OCMW Antwerpen",
               "Véronique Hanotiau – CPAS de Binche",
               "Samira Amrani – OCMW Mortsel"):
        para(doc, ln, style="List Bullet", space_after=0)

    para(doc, "Agenda / Ordre du jour", bold=True, space_after=2, space_before=6)
    grid(doc, [
        ["Tijd / Heure", "NL", "FR"],
        ["10:00 – 10:20", "Verwelkoming", "Accueil"],
        ["10:20 – 11:00", "Voorstelling nieuwe module \u2018Wegwijs in Gent\u2019",
         "Présentation du nouveau module « Wegwijs in Gent »"],
        ["11:00 – 11:45", "Indicatoren 2024: wat tellen we en hoe?", "Indicateurs 2024 : que compte-t-on et comment ?"],
        ["11:45 – 12:30", "Tevredenheidsenquête in eenvoudige taal", "Enquête de satisfaction en langage simple"],
        ["12:30 – 13:00", "Varia en afsluiting", "Divers et clôture"],
    ], widths_cm=[2.8, 7.1, 7.1], header_fill="DAEEF3", size=9)

    def section(title, pairs):
        doc.add_heading(title, level=1)
        t = doc.add_table(rows=len(pairs), cols=2)
        for i, (nl, fr) in enumerate(pairs):
            cell_text(t.cell(i, 0), nl)
            cell_text(t.cell(i, 1), fr, italic=True, color=GREY)
        for row in t.rows:
            row.cells[0].width = Cm(8.5)
            row.cells[1].width = Cm(8.5)
        return t

    section("1 – Verwelkoming / Accueil", [
        ("Pieter Claeys verwelkomt de deelnemers in Gent en online. De tolken werken vanuit de cabine; "
         "de online deelnemers kiezen hun taal in Teams.",
         "Pieter Claeys accueille les participants à Gand et en ligne. Les interprètes travaillent depuis "
         "la cabine ; les participants en ligne choisissent leur langue dans Teams."),
    ])
    section("2 – Module \u2018Wegwijs in Gent\u2019 / Module « Wegwijs in Gent »", [
        ("Hanne Verstraete en Yusuf Demir stellen de vernieuwde module voor: tien sessies over wonen, "
         "gezondheid, school, mobiliteit en geld, telkens met een bezoek ter plaatse. De module is "
         "ontworpen voor deelnemers die weinig of niet kunnen lezen.",
         "Hanne Verstraete et Yusuf Demir présentent le module renouvelé : dix séances sur le logement, "
         "la santé, l'école, la mobilité et l'argent, chaque fois avec une visite sur place. Le module est "
         "conçu pour des participants qui lisent peu ou pas."),
        ("Sterk punt volgens de groep: het vaste ritme en de bezoeken. Werkpunt: communicatie bij "
         "wijzigingen in het lesrooster.",
         "Point fort selon le groupe : le rythme fixe et les visites. Point à améliorer : la communication "
         "en cas de changement d'horaire."),
    ])
    section("3 – Indicatoren / Indicateurs", [
        ("Sarah Lambrechts overloopt de gemeenschappelijke indicatoren van Verordening (EU) 2021/1147. Het "
         "POD verzamelt ze jaarlijks bij de OCMW's. Er is verwarring over wie als deelnemer aan "
         "\u201cmaatschappelijke oriëntatie\u201d telt. Het budget voor de tolkopdrachten bedraagt "
         "ongeveer 4.800 euro per jaar (bedrag nakijken).",
         "Sarah Lambrechts passe en revue les indicateurs communs du Règlement (UE) 2021/1147. Le SPP les "
         "collecte chaque année auprès des CPAS. Il y a de la confusion sur qui compte comme participant à "
         "l'« orientation civique ». Le budget pour l'interprétation s'élève à environ 4.800 euros par an."),
    ])
    section("4 – Tevredenheidsenquête / Enquête de satisfaction", [
        ("Leila Haddou en Aurélie Dumont tonen een versie in eenvoudige taal met pictogrammen. Ana Pereira "
         "vraagt ook een versie in het Oekraïens.",
         "Leila Haddou et Aurélie Dumont montrent une version en langage simple avec pictogrammes. Ana "
         "Pereira demande aussi une version en ukrainien."),
    ])
    section("5 – Varia / Divers", [
        ("Fabienne Dethier nodigt het netwerk uit in Charleroi voor de volgende bijeenkomst.",
         "Fabienne Dethier invite le réseau à Charleroi pour la prochaine rencontre."),
    ])
    section("6 – Afspraken / Accords", [
        ("Hanne Verstraete bezorgt het lesmateriaal van de module aan alle OCMW's.",
         "Hanne Verstraete transmet le matériel pédagogique du module à tous les CPAS."),
        ("Het POD stuurt een rekenblad met de gemeenschappelijke indicatoren en een definitie per indicator.",
         "Le SPP envoie une feuille de calcul avec les indicateurs communs et une définition par indicateur."),
        ("Elk OCMW levert de indicatoren van 2024 aan vóór 31 januari 2025.",
         "Chaque CPAS fournit les indicateurs de 2024 avant le 31 janvier 2025."),
        ("Leila Haddou en Aurélie Dumont testen de vereenvoudigde enquête met twee groepen in Brussel.",
         "Leila Haddou et Aurélie Dumont testent l'enquête simplifiée avec deux groupes à Bruxelles."),
        ("OCMW Antwerpen vraagt de cijfers op bij Schoten, Edegem en Mortsel.",
         "Le CPAS d'Anvers demande les chiffres à Schoten, Edegem et Mortsel."),
    ])
    para(doc, "")
    runs(doc, [("Volgende bijeenkomst / Prochaine rencontre: ", {"bold": True}),
               "voorjaar 2025, in Charleroi / printemps 2025, à Charleroi"])
    save(doc, "765_gent_hybride_2024.docx")


# ---------------------------------------------------------------- 766
def _agenda_line(doc, ln):
    """Agenda line with a hanging indent: time, tab, title (some items have no time)."""
    p = para(doc, ln, space_after=3)
    pf = p.paragraph_format
    pf.left_indent = Cm(1.5)
    pf.first_line_indent = Cm(-1.5)
    pf.tab_stops.add_tab_stop(Cm(1.5))
    return p


def r766():
    """Jeroen De Smedt, POD MI, back in the network. Online (Teams) meeting without interpreters.
    Dutch text, then French text after a page break. Heading 1 without numbers; people in a
    three-column table; agenda with start times for some items only; actions 'Owner: task'.
    Marked as concept, with a placeholder left open."""
    doc = new_doc("Aptos", 10.5, author="Jeroen De Smedt", title="Verslag netwerk 27/01/2026 - concept",
                  created=dt(2026, 1, 29))
    heading_font(doc, "Aptos", color=RGBColor(0x0F, 0x47, 0x61), sizes={1: 12.5})
    footer_lines(doc.sections[0], ["POD MI – AMIF-netwerk – verslag 27.01.2026 – pagina"], size=8,
                 align=WD_ALIGN_PARAGRAPH.RIGHT, page_number=True)

    para(doc, "CONCEPTVERSIE – opmerkingen graag tegen 6 februari", bold=True, color=RED, size=9,
         space_after=6)
    para(doc, "Verslag bijeenkomst OCMW's", bold=True, size=16, space_after=0)
    para(doc, "dinsdag 27 januari 2026 – online (Teams)", size=11, space_after=8)

    people = [
        ("Jeroen De Smedt", "POD MI", "voorzitter, verslag"),
        ("Karim Bouzidi", "POD MI", "projectbeheerder"),
        ("Els Van Damme", "POD MI", "projectbeheerder"),
        ("Lucas Meunier", "POD MI", "functionaris voor gegevensbescherming"),
        ("Hanne Verstraete", "OCMW Gent", "coördinator"),
        ("Yusuf Demir", "OCMW Gent", "intercultureel bemiddelaar"),
        ("Fatima Ouali", "OCMW Antwerpen", "teamleider"),
        ("Inge Wouters", "OCMW Edegem", "maatschappelijk werker"),
        ("Aurélie Dumont", "OCMW Brussel", "coördinator"),
        ("Thomas Verbeeck", "OCMW Brussel", "trajectbegeleider"),
        ("Sébastien Collard", "OCMW Luik", "coördinator"),
        ("Giuseppe Rinaldi", "OCMW Charleroi", "coördinator"),
    ]
    excused = [("Ana Pereira", "OCMW Luik", ""), ("Bart Van den Bossche", "OCMW Schoten", "")]

    def people_table(h, lab_p, lab_e, orgmap, funcmap):
        rows = [h, [lab_p, "", ""]] + [[n, orgmap(o), funcmap(f)] for n, o, f in people] + \
               [[lab_e, "", ""]] + [[n, orgmap(o), funcmap(f)] for n, o, f in excused]
        t = grid(doc, rows, widths_cm=[5, 4.5, 6.5], header_fill="D0E4EE", size=9.5)
        for i, r in enumerate(rows):
            if r[0] in (lab_p, lab_e):
                a = t.cell(i, 0).merge(t.cell(i, 2))
                for run in a.paragraphs[0].runs:
                    run.bold = True
                    run.italic = True
        return t

    people_table(["Naam", "Organisatie", "Functie"], "Aanwezig", "Verontschuldigd", lambda o: o, lambda f: f)
    para(doc, "Er waren geen tolken; de collega's hebben elkaar geholpen waar nodig.", italic=True,
         size=9.5, space_before=4)

    para(doc, "Agenda", bold=True, space_after=2)
    for ln in ("14.00\tWelkom",
               "14.10\tHet nieuwe platform voor de projectopvolging: stand van zaken",
               "\tBewaartermijnen en inzagerecht",
               "15.30\tRondvraag"):
        _agenda_line(doc, ln)

    doc.add_heading("Welkom", level=1)
    para(doc, "Jeroen verwelkomt iedereen en stelt Lucas Meunier voor, de nieuwe functionaris voor "
              "gegevensbescherming van het POD.")
    doc.add_heading("Het nieuwe platform", level=1)
    para(doc, "Sinds 1 januari vervangt het platform de projectfiches in Word en de Excel-lijsten. Elke "
              "stap van een deelnemer wordt er geregistreerd: doorverwijzing, intake met oriëntatiebalans, "
              "contracten, modules en sessies met aanwezigheid, evaluatie en einde van het traject. Het "
              "intakeverslag wordt door een verantwoordelijke goedgekeurd of teruggestuurd.")
    para(doc, "Op dit moment staan er [XX deelnemers – cijfer aan te vullen] in het platform.")
    para(doc, "Elk OCMW ziet alleen zijn eigen deelnemers. Het POD ziet enkel geaggregeerde cijfers, "
              "zonder namen.")
    doc.add_heading("Bewaartermijnen en inzagerecht", level=1)
    para(doc, "Lucas Meunier: projectdocumenten worden bewaard tot vijf jaar na 31 december van het jaar "
              "van de laatste betaling (Verordening (EU) 2021/1060, art. 82). Persoonsgegevens worden niet "
              "langer bijgehouden dan nodig (AVG art. 5, lid 1, e). Een deelnemer kan vragen om alles in te "
              "zien wat over hem of haar bewaard wordt (AVG art. 15).")
    doc.add_heading("Rondvraag", level=1)
    para(doc, "Giuseppe Rinaldi vraagt of het platform ook in het Frans beschikbaar is: ja, beide talen "
              "zijn voorzien. Inge Wouters vraagt of ook de partnergemeenten een eigen toegang krijgen.")
    doc.add_heading("Acties", level=1)
    for ln in ("Karim Bouzidi: plant een demo van het platform voor elk OCMW in februari.",
               "Alle OCMW's: duiden een contactpersoon aan voor het platform.",
               "OCMW Brussel: test een inzageverzoek (art. 15 AVG) in het platform.",
               "Hanne Verstraete en Fatima Ouali: geven feedback op de Nederlandstalige schermen.",
               "Wie?: een bewaarschema per documenttype opstellen."):
        para(doc, ln, style="List Bullet", space_after=0)
    para(doc, "")
    runs(doc, [("Volgende bijeenkomst: ", {"bold": True}), "dinsdag 28 april 2026 in Antwerpen (onder voorbehoud)."])

    # ---- French text
    page_break(doc)
    para(doc, "Rapport rencontre CPAS", bold=True, size=16, space_after=0)
    para(doc, "mardi 27 janvier 2026 – en ligne (Teams)", size=11, space_after=8)
    fr_org = {"POD MI": "SPP IS", "OCMW Gent": "CPAS Gand", "OCMW Antwerpen": "CPAS Anvers",
              "OCMW Edegem": "CPAS Edegem", "OCMW Brussel": "CPAS Bruxelles", "OCMW Luik": "CPAS Liège",
              "OCMW Charleroi": "CPAS Charleroi", "OCMW Schoten": "CPAS Schoten"}
    fr_func = {"voorzitter, verslag": "présidence, rapport", "projectbeheerder": "gestionnaire de projet",
               "functionaris voor gegevensbescherming": "délégué à la protection des données",
               "coördinator": "coordinateur/-trice", "intercultureel bemiddelaar": "médiateur interculturel",
               "teamleider": "cheffe d'équipe", "maatschappelijk werker": "assistante sociale",
               "trajectbegeleider": "accompagnateur de parcours", "": ""}
    people_table(["Nom", "Organisation", "Fonction"], "Présents", "Excusés", lambda o: fr_org[o],
                 lambda f: fr_func[f])
    para(doc, "Il n'y avait pas d'interprètes ; les collègues se sont entraidés.", italic=True, size=9.5,
         space_before=4)
    para(doc, "Ordre du jour", bold=True, space_after=2)
    for ln in ("14h00\tAccueil",
               "14h10\tLa nouvelle plateforme de suivi des projets : état des lieux",
               "\tDurées de conservation et droit d'accès",
               "15h30\tTour de table"):
        _agenda_line(doc, ln)
    doc.add_heading("Accueil", level=1)
    para(doc, "Jeroen souhaite la bienvenue et présente Lucas Meunier, le nouveau délégué à la protection "
              "des données du SPP.")
    doc.add_heading("La nouvelle plateforme", level=1)
    para(doc, "Depuis le 1er janvier, la plateforme remplace les fiches projet en Word et les listes Excel. "
              "Chaque étape d'un participant y est enregistrée : orientation, entretien d'admission avec "
              "bilan d'orientation, contrats, modules et séances avec présences, évaluation et fin du "
              "parcours. Le rapport d'admission est approuvé ou renvoyé par un responsable.")
    para(doc, "Chaque CPAS ne voit que ses propres participants. Le SPP ne voit que des chiffres agrégés, "
              "sans noms.")
    doc.add_heading("Durées de conservation et droit d'accès", level=1)
    para(doc, "Lucas Meunier : les documents du projet sont conservés cinq ans à partir du 31 décembre de "
              "l'année du dernier paiement (Règlement (UE) 2021/1060, art. 82). Les données personnelles ne "
              "sont pas gardées plus longtemps que nécessaire (RGPD art. 5, §1, e). Un participant peut "
              "demander à voir tout ce qui est conservé à son sujet (RGPD art. 15).")
    doc.add_heading("Tour de table", level=1)
    para(doc, "Giuseppe Rinaldi demande si la plateforme existe aussi en français : oui, les deux langues "
              "sont prévues. Inge Wouters demande si les communes partenaires auront aussi leur propre accès.")
    doc.add_heading("Actions", level=1)
    for ln in ("Karim Bouzidi : planifie une démo de la plateforme pour chaque CPAS en février.",
               "Tous les CPAS : désignent une personne de contact pour la plateforme.",
               "CPAS de Bruxelles : teste une demande d'accès (art. 15 RGPD) dans la plateforme.",
               "Hanne Verstraete et Fatima Ouali : donnent leur avis sur les écrans en néerlandais.",
               "Qui ? : établir un calendrier de conservation par type de document."):
        para(doc, ln, style="List Bullet", space_after=0)
    para(doc, "")
    runs(doc, [("Prochaine rencontre : ", {"bold": True}), "mardi 28 avril 2026 à Anvers (sous réserve)."])
    save(doc, "766_online_platform_2026.docx")


ALL = [r757, r758, r759, r760, r761, r762, r763, r764, r765, r766]


def main():
    for f in ALL:
        f()


if __name__ == "__main__":
    main()
