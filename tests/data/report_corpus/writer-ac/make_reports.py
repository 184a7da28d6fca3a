# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network (numbers 297-306), each built with python-docx
the way its (invented) secretary would have typed it in Word, and for each one the expected list
typed by hand from the report itself."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x86, 0x3C)

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins_cm=2.5):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    return doc


def fmt(run, bold=None, italic=None, underline=None, color=None, size=None, caps=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline
    if color is not None:
        run.font.color.rgb = color
    if size is not None:
        run.font.size = Pt(size)
    if caps is not None:
        run.font.all_caps = caps
    return run


def para(doc, text="", style=None, align=None, space_after=None, **kw):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        fmt(p.add_run(text), **kw)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None, align=None, space_after=None):
    """parts: list of (text, dict-of-format) or plain strings."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            fmt(p.add_run(t), **f)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        fmt(p.add_run(line), bold=bold, italic=italic, size=size, color=color)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header=True, shade=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      shade=(shade if header and i == 0 else None))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


def add_field(paragraph, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_text(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, italic=False, size=8, color=GREY):
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = ""
    fmt(hp.add_run(text), italic=italic, size=size, color=color)
    hp.alignment = align
    return hp


def footer_text(doc, text, page=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8, italic=False):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = ""
    fmt(fp.add_run(text), size=size, italic=italic, color=GREY)
    if page:
        fmt(fp.add_run("  –  p. "), size=size, color=GREY)
        add_field(fp, "PAGE")
    fp.alignment = align
    return fp


def tabbed(doc, parts, tab_cm, style=None, **kw):
    """A line with left tab stops at the given positions (cm); parts joined by tabs."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for pos in tab_cm:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.LEFT)
    fmt(p.add_run("\t".join(parts)), **kw)
    p.paragraph_format.space_after = Pt(2)
    return p


def heading(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, expected):
    base = expected["file"][:-5]
    doc.save(os.path.join(HERE, expected["file"]))
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


def P(name, org, status="Present"):
    return [name, status, org]


def E(name, org):
    return [name, "Excused", org]


# ---------------------------------------------------------------- 297
def r297():
    """POD MI, Flemish network coordinator (Katrien Vandenbussche), kick-off meeting 2016.
    Dutch report with a French summary at the end; Heading 1/2 with typed numbers; bullets
    for the present list; agenda and action points in tables."""
    fn = "297_verslag_startvergadering_amif_okt2016.docx"
    doc = new_doc("Calibri", 11, 2.2)
    header_text(doc, "POD Maatschappelijke Integratie  |  SPP Intégration Sociale")
    footer_text(doc, TAG_NL + " – " + TAG_FR, page=False, italic=True)

    para(doc, "Verslag startvergadering AMIF-netwerk OCMW's", bold=True, size=16, color=BLUE, space_after=0)
    para(doc, "Réunion de lancement du réseau FAMI des CPAS", italic=True, size=12, color=GREY)
    runs(doc, [("Datum: ", {"bold": True}), "dinsdag 11 oktober 2016, 9u30 – 15u30"], space_after=0)
    runs(doc, [("Plaats: ", {"bold": True}), "POD MI, Koning Albert II-laan 30, 1000 Brussel – zaal 7.12"],
         space_after=0)
    runs(doc, [("Tolken: ", {"bold": True}),
               "simultaanvertaling NL-FR voorzien door het POD (cabines in zaal 7.12)"])

    para(doc, "Aanwezig:", bold=True, space_after=2)
    for line in ["Katrien Vandenbussche (POD MI) – voorzitter", "Sophie Lemaire (SPP IS)",
                 "Tom Verhaeghe (OCMW Gent)", "Evelien De Smet (OCMW Gent)",
                 "Fabienne Collard (CPAS Liège)", "Mehdi Benali (CPAS Liège)",
                 "Véronique Dupont (CPAS Charleroi)", "Nadia El Khattabi (OCMW Antwerpen)",
                 "Yasmina Bouzid (CPAS Bruxelles / OCMW Brussel)",
                 "Marie-Claire Hoste en Dirk Lenaerts (tolken)"]:
        para(doc, line, style="List Bullet", space_after=0)
    para(doc, "Verontschuldigd:", bold=True, space_after=2)
    for line in ["Samir Haddad (CPAS Charleroi)", "Pieter Janssens (OCMW Antwerpen)"]:
        para(doc, line, style="List Bullet", space_after=0)

    para(doc, "")
    para(doc, "Agenda", bold=True, space_after=2)
    agenda = [("9u30 – 10u00", "Onthaal en koffie"),
              ("10u00 – 10u30", "Verwelkoming en voorstelling van het AMIF-netwerk"),
              ("10u30 – 12u00", "Voorstelling van de projecten per OCMW"),
              ("12u00 – 13u00", "Lunch"),
              ("13u00 – 14u30", "Afspraken rapportering en indicatoren"),
              ("14u30 – 15u30", "Planning 2017 en varia")]
    table(doc, [("Uur", "Onderwerp")] + agenda, widths=[3.5, 12.5], shade="D9E2F3")

    heading(doc, "1. Verwelkoming", 1)
    para(doc, "Katrien heet iedereen welkom op het POD. Het AMIF-project loopt voor de vijf OCMW's "
              "officieel sinds 1 september 2016. Het netwerk wil de OCMW's de kans geven om methodes, "
              "instrumenten en ervaringen uit te wisselen en samen te leren. Een korte ronde maakt "
              "duidelijk dat de meeste teams nog volop aan het aanwerven zijn.")
    heading(doc, "2. Het AMIF-netwerk: doel en werking", 1)
    para(doc, "Het POD organiseert twee à drie bijeenkomsten per jaar, telkens bij een ander OCMW. "
              "De vergaderingen zijn tweetalig; het POD voorziet tolken. Het verslag wordt door het "
              "POD opgemaakt, door de OCMW's nagelezen en daarna in beide talen verspreid.")
    para(doc, "Sophie wijst erop dat de OCMW's eigenaar blijven van de persoonsgegevens van hun "
              "deelnemers: het POD ontvangt enkel geanonimiseerde cijfers.")

    heading(doc, "3. Voorstelling van de projecten", 1)
    heading(doc, "3.1 OCMW Gent", 2)
    para(doc, "Tom en Evelien stellen het project voor: een traject van zes maanden met individuele "
              "begeleiding en een wekelijkse groepsmodule 'Gent leren kennen'. De intercultureel "
              "bemiddelaars van het OCMW treden op als sociaal tolk. De eerste groep start in november.")
    heading(doc, "3.2 CPAS Liège", 2)
    para(doc, "Fabienne et Mehdi présentent Mod'Actions: un accompagnement individuel et quatre ateliers "
              "collectifs (activation sociale, atelier créatif, informatique, réalisation de projet). "
              "Trois contrats sont signés par participant.")
    heading(doc, "3.3 CPAS Charleroi", 2)
    para(doc, "Véronique licht Activ'Up toe. De maatschappelijk werkers van de sociale antennes hebben "
              "een lijst van potentiële deelnemers opgesteld; wie geïnteresseerd is, wordt uitgenodigd "
              "op een infosessie. De directeur, Marc Delvaux, volgt het project van nabij.")
    para(doc, "Aantal deelnemers module 1: [cijfer Charleroi nog aan te vullen]")
    heading(doc, "3.4 OCMW Antwerpen", 2)
    para(doc, "Nadia stelt 'Samen Sterk' voor. Antwerpen werkt samen met de OCMW's van Schoten, Edegem "
              "en Mortsel, die deelnemers kunnen doorverwijzen. De partnerovereenkomsten zijn nog in "
              "opmaak.")
    heading(doc, "3.5 CPAS Bruxelles / OCMW Brussel", 2)
    para(doc, "Yasmina presenteert het tweetalige project. Het team werkt zowel in het Frans als in het "
              "Nederlands; de deelnemers kiezen de taal van de groepsmodule.")

    heading(doc, "4. Rapportering en indicatoren", 1)
    para(doc, "Elk OCMW rapporteert per kwartaal het aantal deelnemers per module, de aanwezigheidsgraad "
              "en het aantal afgeronde trajecten. Het POD bundelt de cijfers voor de Europese "
              "rapportering. Over de tevredenheidsenquête wordt een aparte werkgroep opgericht.")

    heading(doc, "5. Planning 2017", 1)
    para(doc, "In 2017 zijn drie bijeenkomsten gepland: in Gent, in Charleroi en in Antwerpen.")
    para(doc, "Volgende bijeenkomst: donderdag 2 februari 2017 in Gent (onder voorbehoud).", bold=True)

    heading(doc, "6. Actiepunten", 1)
    acts = [("Wat", "Wie", "Tegen"),
            ("Bezorgen van de projectfiches (template POD) aan het POD", "Elk OCMW", "15/11/2016"),
            ("Rondsturen van het template voor de kwartaalrapportering", "Katrien", "31/10/2016"),
            ("Voorstel van data voor 2017 via e-mail", "POD MI", "30/11/2016"),
            ("Contactgegevens van de tolken doorgeven aan CPAS Liège", "Sophie", "asap"),
            ("Verkennen van een bezoek aan Mod'Actions in Luik", "Tom en Nadia", "voorjaar 2017"),
            ("Trekker aanduiden voor de werkgroep tevredenheidsenquête", "nog te bepalen", "volgende bijeenkomst")]
    table(doc, acts, widths=[9.5, 3.5, 3.0], shade="D9E2F3")

    heading(doc, "Résumé en français", 1)
    para(doc, "Le SPP a accueilli les cinq CPAS du projet FAMI pour une première rencontre. Chaque CPAS a "
              "présenté son projet. Le réseau se réunira deux à trois fois par an, avec interprétation.",
         italic=True)
    para(doc, "Actions :", bold=True, italic=True, space_after=0)
    for line in ["Chaque CPAS envoie sa fiche projet au SPP pour le 15/11/2016.",
                 "Katrien envoie le modèle de rapportage trimestriel.",
                 "Le SPP propose des dates pour 2017.",
                 "Sophie transmet les coordonnées des interprètes au CPAS de Liège.",
                 "Tom et Nadia préparent une visite à Mod'Actions.",
                 "Pilote du groupe de travail « enquête de satisfaction » : à désigner."]:
        para(doc, line, style="List Bullet", italic=True, space_after=0)
    para(doc, "Prochaine réunion : jeudi 2 février 2017 à Gand (sous réserve).", italic=True)
    para(doc, "Verslag: Katrien Vandenbussche", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    exp = {
        "file": fn, "languages": ["nl", "fr"], "online": False, "interpretation": True, "date": "2016-10-11",
        "people": [P("Katrien Vandenbussche", "SPP"), P("Sophie Lemaire", "SPP"), P("Tom Verhaeghe", "GENT"),
                   P("Evelien De Smet", "GENT"), P("Fabienne Collard", "LIEGE"), P("Mehdi Benali", "LIEGE"),
                   P("Véronique Dupont", "CHARLEROI"), P("Nadia El Khattabi", "ANTWERPEN"),
                   P("Yasmina Bouzid", "BRUXELLES"), P("Marie-Claire Hoste", None), P("Dirk Lenaerts", None),
                   E("Samir Haddad", "CHARLEROI"), E("Pieter Janssens", "ANTWERPEN")],
        "agenda": [["09:30", "10:00", "Onthaal en koffie"],
                   ["10:00", "10:30", "Verwelkoming en voorstelling van het AMIF-netwerk"],
                   ["10:30", "12:00", "Voorstelling van de projecten per OCMW"],
                   ["12:00", "13:00", "Lunch"],
                   ["13:00", "14:30", "Afspraken rapportering en indicatoren"],
                   ["14:30", "15:30", "Planning 2017 en varia"]],
        "headings": [["1", "Verwelkoming"], ["2", "Het AMIF-netwerk: doel en werking"],
                     ["3", "Voorstelling van de projecten"], ["3.1", "OCMW Gent"], ["3.2", "CPAS Liège"],
                     ["3.3", "CPAS Charleroi"], ["3.4", "OCMW Antwerpen"],
                     ["3.5", "CPAS Bruxelles / OCMW Brussel"], ["4", "Rapportering en indicatoren"],
                     ["5", "Planning 2017"], ["6", "Actiepunten"], ["", "Résumé en français"]],
        "actions": [["CPAS", [], None, "Bezorgen van de projectfiches (template POD)"],
                    ["Network Contact", ["Katrien Vandenbussche"], None,
                     "Rondsturen van het template voor de kwartaalrapportering"],
                    ["SPP", [], None, "Voorstel van data voor 2017"],
                    ["Network Contact", ["Sophie Lemaire"], None, "Contactgegevens van de tolken doorgeven"],
                    ["Several Network Contacts", ["Tom Verhaeghe", "Nadia El Khattabi"], None,
                     "Verkennen van een bezoek aan Mod'Actions"],
                    ["To Be Assigned", [], None, "Trekker aanduiden voor de werkgroep tevredenheidsenquête"]],
        "next_meeting": {"date": "2017-02-02",
                         "text": "Volgende bijeenkomst: donderdag 2 februari 2017 in Gent (onder voorbehoud)."},
        "remarks": ["[cijfer Charleroi nog aan te vullen]"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 298
def r298():
    """OCMW Antwerpen coordinator (Nadia El Khattabi), partner meeting with Schoten, Edegem, Mortsel.
    Arial 10, everything typed by hand: people in one paragraph, agenda with typed letters, section
    titles as bold underlined lines repeating the agenda, arrows for the action points."""
    fn = "298_verslag_partneroverleg_antwerpen_mei2017.docx"
    doc = new_doc("Arial", 10, 2.0)
    footer_text(doc, "OCMW Antwerpen – AMIF-project 'Samen Sterk' – verslag partneroverleg 16/05/2017",
                page=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=7)

    para(doc, "OCMW ANTWERPEN – Departement Sociale Dienstverlening", bold=True, size=9, color=GREY, space_after=0)
    para(doc, "AMIF-project 'Samen Sterk'", size=9, color=GREY)
    para(doc, "Verslag partneroverleg", bold=True, size=14, space_after=0)
    para(doc, "dinsdag 16 mei 2017 – 13u30 – Lokaal 3.04, Lange Gasthuisstraat, Antwerpen", size=10)
    para(doc, "")
    runs(doc, [("Aanwezig: ", {"bold": True}),
               "Nadia El Khattabi, Pieter Janssens, Sofie Wouters (OCMW Antwerpen); Greet Van Dyck (OCMW Schoten); "
               "Wim Claes (OCMW Edegem); Katrien Vandenbussche (POD MI)"], space_after=2)
    runs(doc, [("Verontschuldigd: ", {"bold": True}), "Ilse Martens (OCMW Mortsel)"], space_after=2)
    runs(doc, [("Verslag: ", {"bold": True}), "Nadia"])
    para(doc, "")
    para(doc, "Agenda:", bold=True, space_after=2)
    for line in ["a) Goedkeuring verslag vorige vergadering", "b) Stand van zaken rekrutering",
                 "c) Samenwerking met de partnergemeenten", "d) Bezoek POD", "e) Varia"]:
        p = para(doc, line, space_after=0)
        p.paragraph_format.left_indent = Cm(0.75)
    para(doc, "")

    def title(t):
        para(doc, t, bold=True, underline=True, space_after=4)

    def actie(parts):
        p = runs(doc, parts)
        p.paragraph_format.left_indent = Cm(0.5)
        return p

    title("a) Goedkeuring verslag vorige vergadering")
    para(doc, "Het verslag van 21 maart wordt goedgekeurd zonder opmerkingen.")

    title("b) Stand van zaken rekrutering")
    para(doc, "Antwerpen heeft sinds januari 38 aanmeldingen ontvangen via de maatschappelijk werkers van de "
              "sociale centra. Na het intakegesprek zijn 27 personen gestart in de groepsmodule. De wachtlijst "
              "voor de module 'wonen en werken in België' loopt op; de meeste kandidaten zijn anderstalige "
              "nieuwkomers met een laag taalniveau.")
    para(doc, "Schoten en Edegem hebben elk een handvol kandidaten doorverwezen. Greet merkt op dat de "
              "flyer te veel tekst bevat voor de doelgroep. Sofie heeft al een versie met pictogrammen "
              "gemaakt en heeft de opmerkingen van vandaag tijdens de vergadering verwerkt.")
    actie([("→ Actie: ", {"bold": True}), "Sofie stuurt de aangepaste flyer door naar de partners."])
    actie([("→ Actie: ", {"bold": True}),
           "Arabische vertaling van de flyer laten nalezen – wie: nog te bepalen"])
    para(doc, "Instroomcijfers Mortsel: nog aan te vullen (Ilse was verontschuldigd).", italic=True)

    title("c) Samenwerking met de partnergemeenten")
    para(doc, "De partnergemeenten vragen om de infosessies dichter bij huis te organiseren. Er wordt beslist "
              "dat de infosessies voortaan op dinsdagvoormiddag plaatsvinden, afwisselend in Antwerpen en in "
              "een partnergemeente. Wim heeft de lokalen in Edegem al vastgelegd voor juni.")
    actie([("→ Actie OCMW Schoten: ", {"bold": True}),
           "lijst van potentiële deelnemers opmaken tegen eind juni."])
    actie(["Pieter en Greet plannen een infosessie in Schoten (september)."])

    title("d) Bezoek POD")
    para(doc, "Katrien licht de rol van het POD toe en vraagt hoe de partnergemeenten in de rapportering "
              "opgenomen kunnen worden. Dat is momenteel niet duidelijk: de subsidie loopt via OCMW Antwerpen.")
    actie([("→ Actie POD: ", {"bold": True}), "nakijken of partnergemeenten mee mogen rapporteren."])

    title("e) Varia")
    para(doc, "Wim meldt dat de sociale dienst van Edegem in juli verhuist naar het nieuwe Sociaal Huis.")
    para(doc, "")
    runs(doc, [("Volgend overleg: ", {"bold": True}), "na de zomer, datum volgt."])

    exp = {
        "file": fn, "languages": ["nl"], "online": False, "interpretation": False, "date": "2017-05-16",
        "people": [P("Nadia El Khattabi", "ANTWERPEN"), P("Pieter Janssens", "ANTWERPEN"),
                   P("Sofie Wouters", "ANTWERPEN"), P("Greet Van Dyck", "SCHOTEN"), P("Wim Claes", "EDEGEM"),
                   P("Katrien Vandenbussche", "SPP"), E("Ilse Martens", "MORTSEL")],
        "agenda": [[None, None, "Goedkeuring verslag vorige vergadering"],
                   [None, None, "Stand van zaken rekrutering"],
                   [None, None, "Samenwerking met de partnergemeenten"],
                   [None, None, "Bezoek POD"],
                   [None, None, "Varia"]],
        "headings": [["a", "Goedkeuring verslag vorige vergadering"], ["b", "Stand van zaken rekrutering"],
                     ["c", "Samenwerking met de partnergemeenten"], ["d", "Bezoek POD"], ["e", "Varia"]],
        "actions": [["Network Contact", ["Sofie Wouters"], None, "Sofie stuurt de aangepaste flyer door"],
                    ["To Be Assigned", [], None, "Arabische vertaling van de flyer laten nalezen"],
                    ["CPAS", [], "SCHOTEN", "lijst van potentiële deelnemers opmaken"],
                    ["Several Network Contacts", ["Pieter Janssens", "Greet Van Dyck"], None,
                     "Pieter en Greet plannen een infosessie"],
                    ["SPP", [], None, "nakijken of partnergemeenten mee mogen rapporteren"]],
        "next_meeting": {"date": None, "text": "Volgend overleg: na de zomer, datum volgt."},
        "remarks": ["Instroomcijfers Mortsel: nog aan te vullen (Ilse was verontschuldigd)."],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 299
def r299():
    """CPAS de Binche (Christelle Lambot), writes one report a year. Times New Roman, centred
    capitals, a table of people with titles and a mixed present/excused column, a timetable with
    start times only (tabs after typed bullets), roman-numbered section titles in bold capitals,
    'Qui :' after each action."""
    fn = "299_pv_reunion_reseau_binche_sept2018.docx"
    doc = new_doc("Times New Roman", 12, 2.5)
    header_text(doc, "CPAS de Binche – Service d'insertion sociale", align=WD_ALIGN_PARAGRAPH.LEFT,
                italic=True, size=9)
    footer_text(doc, TAG_FR, page=True, size=9, italic=True)

    para(doc, "PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Binche, le jeudi 20 septembre 2018", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Lieu : CPAS de Binche, salle du Conseil, rue de Robiano 1, 7130 Binche",
         align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    para(doc, "")
    para(doc, "Liste des participants", bold=True, underline=True, space_after=4)
    rows = [("Nom", "Institution", "Présent(e) / Excusé(e)"),
            ("Mme Christelle Lambot", "CPAS de Binche", "Présente"),
            ("M. Jean-Luc Moreau", "CPAS de Binche", "Présent"),
            ("Mme Véronique Dupont", "CPAS de Charleroi", "Présente"),
            ("M. Samir Haddad", "CPAS de Charleroi", "Excusé"),
            ("Mme Fabienne Collard", "CPAS de Liège", "Présente"),
            ("M. Tom Verhaeghe", "OCMW Gent", "Présent"),
            ("Mme Nadia El Khattabi", "OCMW Antwerpen", "Excusée"),
            ("Mme Yasmina Bouzid", "CPAS de Bruxelles", "Présente"),
            ("Mme Sophie Lemaire", "SPP Intégration Sociale", "Présente"),
            ("Mme Katrien Vandenbussche", "SPP IS / POD MI", "Excusée")]
    table(doc, rows, widths=[6.0, 5.5, 4.5], size=11, shade="EDEDED")
    para(doc, "Les collègues néerlandophones ont bien voulu suivre la réunion en français : il n'y avait "
              "pas d'interprète cette fois-ci.", italic=True, size=10)

    para(doc, "Ordre du jour", bold=True, underline=True, space_after=4)
    for t, item in [("9h30", "Accueil et café"), ("10h00", "Tour de table des CPAS"),
                    ("11h00", "Présentation du projet « Cap Intégration » du CPAS de Binche"),
                    ("12h30", "Repas"), ("13h30", "Visite de l'atelier couture"),
                    ("14h30", "Divers et clôture")]:
        tabbed(doc, ["•", t, item], [0.6, 2.2])
    para(doc, "")

    def titre(t):
        para(doc, t, bold=True, space_after=4)

    titre("I. ACCUEIL")
    para(doc, "Jean-Luc Moreau, chef du service d'insertion sociale, souhaite la bienvenue aux participants "
              "au nom du Président du CPAS de Binche. Il rappelle que Binche travaille comme partenaire du "
              "CPAS de Charleroi dans le cadre d'Activ'Up depuis 2017.")

    titre("II. TOUR DE TABLE")
    para(doc, "Pour Gand, Tom Verhaeghe explique que le deuxième groupe a démarré en septembre avec "
              "14 participants ; la collaboration avec les médiateurs interculturels se passe bien.")
    para(doc, "Pour Liège, Fabienne Collard signale que l'atelier créatif a présenté une exposition des "
              "travaux des participants à la ferme du CPAS. Les entretiens d'admission restent chargés.")
    para(doc, "Pour Charleroi, Véronique Dupont indique que 199 personnes ont été retenues par les "
              "assistantes sociales pour le module 2 et que 60 sont venues à la séance d'information.")
    para(doc, "Pour Bruxelles, Yasmina Bouzid précise que les groupes sont désormais organisés dans les deux "
              "langues ; elle demande si d'autres CPAS ont une version simplifiée de l'enquête de satisfaction.")

    titre("III. PRÉSENTATION DU PROJET « CAP INTÉGRATION »")
    para(doc, "Christelle présente le volet binchois du projet : un accueil individuel, un atelier de couture "
              "hebdomadaire, des séances d'information sur la vie en Belgique (logement, mobilité, banque et "
              "assurances) et une sortie socio-culturelle par mois. Les participantes sont surtout des femmes "
              "primo-arrivantes avec peu de contacts en dehors de la famille.")
    para(doc, "Les points forts cités : l'atelier crée un vrai esprit de groupe et permet de parler français "
              "sans pression. À améliorer : la communication quand un atelier est annulé.")

    titre("IV. VISITE DE L'ATELIER COUTURE")
    para(doc, "Les participants ont visité l'atelier, situé au rez-de-chaussée du bâtiment de la rue des "
              "Carmes. Les participantes ont montré les vêtements réalisés pour le défilé de fin d'année.")
    para(doc, "[Photos de la visite à ajouter]", italic=True, color=GREY)

    titre("V. DIVERS")
    para(doc, "Sophie Lemaire a présenté le calendrier du rapport annuel 2018 ; il ne change pas par rapport à 2017.")
    para(doc, "Actions à mener :", bold=True, space_after=2)
    for action, qui in [("Envoyer la présentation du projet à tous les CPAS.", "Christelle."),
                        ("Transmettre au SPP les chiffres de fréquentation du 1er semestre.", "chaque CPAS."),
                        ("Organiser une visite de l'atelier couture pour l'équipe de Gand.", "Jean-Luc et Tom."),
                        ("Vérifier si les partenaires peuvent intégrer leurs chiffres dans le rapport annuel.",
                         "SPP."),
                        ("Trouver une salle pour la réunion de décembre.", "CPAS de Gand.")]:
        p = runs(doc, ["•  " + action + " ", ("Qui : " + qui, {"italic": True})], space_after=2)
        p.paragraph_format.left_indent = Cm(0.6)
    para(doc, "")
    para(doc, "Prochaine réunion : le jeudi 6 décembre à Gand (à confirmer).", bold=True)
    para(doc, "")
    para(doc, "Pour le CPAS de Binche,", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "Christelle Lambot, coordinatrice", align=WD_ALIGN_PARAGRAPH.RIGHT)

    exp = {
        "file": fn, "languages": ["fr"], "online": False, "interpretation": False, "date": "2018-09-20",
        "people": [P("Christelle Lambot", "BINCHE"), P("Jean-Luc Moreau", "BINCHE"),
                   P("Véronique Dupont", "CHARLEROI"), P("Fabienne Collard", "LIEGE"), P("Tom Verhaeghe", "GENT"),
                   P("Yasmina Bouzid", "BRUXELLES"), P("Sophie Lemaire", "SPP"),
                   E("Samir Haddad", "CHARLEROI"), E("Nadia El Khattabi", "ANTWERPEN"),
                   E("Katrien Vandenbussche", "SPP")],
        "agenda": [["09:30", None, "Accueil et café"], ["10:00", None, "Tour de table des CPAS"],
                   ["11:00", None, "Présentation du projet « Cap Intégration » du CPAS de Binche"],
                   ["12:30", None, "Repas"], ["13:30", None, "Visite de l'atelier couture"],
                   ["14:30", None, "Divers et clôture"]],
        "headings": [["I", "ACCUEIL"], ["II", "TOUR DE TABLE"],
                     ["III", "PRÉSENTATION DU PROJET « CAP INTÉGRATION »"],
                     ["IV", "VISITE DE L'ATELIER COUTURE"], ["V", "DIVERS"]],
        "actions": [["Network Contact", ["Christelle Lambot"], None, "Envoyer la présentation du projet à tous"],
                    ["CPAS", [], None, "Transmettre au SPP les chiffres de fréquentation"],
                    ["Several Network Contacts", ["Jean-Luc Moreau", "Tom Verhaeghe"], None,
                     "Organiser une visite de l'atelier couture"],
                    ["SPP", [], None, "Vérifier si les partenaires peuvent intégrer leurs chiffres"],
                    ["CPAS", [], "GENT", "Trouver une salle pour la réunion"]],
        "next_meeting": {"date": "2018-12-06",
                         "text": "Prochaine réunion : le jeudi 6 décembre à Gand (à confirmer)."},
        "remarks": ["[Photos de la visite à ajouter]"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 300
def r300():
    """Bilingual team of the CPAS de Bruxelles / OCMW Brussel (Anouk Vermeulen). Everything in two
    languages, French first: bilingual Heading 1 lines, then a borderless two-column table FR | NL
    for the text of each section; people in a two-cell table (present | excused); action table
    with both languages and an owner column."""
    fn = "300_rapport_verslag_bruxelles_brussel_nov2019.docx"
    doc = new_doc("Calibri", 10.5, 2.0)
    header_text(doc, "CPAS de Bruxelles – OCMW Brussel  ·  Projet FAMI / AMIF-project « Brussels Welcome »",
                size=8)
    footer_text(doc, TAG_FR + "  |  " + TAG_NL, page=True, size=7, italic=True)

    para(doc, "Rapport de la rencontre des CPAS – Verslag van de bijeenkomst van de OCMW's", bold=True,
         size=15, color=RGBColor(0x00, 0x5A, 0x9C), align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "5 novembre 2019 – 5 november 2019", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – OCMW Brussel, Hoogstraat 298a, 1000 Brussel",
         italic=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Interprétation simultanée FR/NL assurée par le SPP – Simultaanvertaling FR/NL verzorgd door het POD",
         italic=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)

    pt = doc.add_table(rows=2, cols=2)
    pt.style = doc.styles["Table Grid"]
    cell_text(pt.cell(0, 0), "Présents / Aanwezig", bold=True, shade="DEEAF6")
    cell_text(pt.cell(0, 1), "Excusés / Verontschuldigd", bold=True, shade="DEEAF6")
    cell_text(pt.cell(1, 0), "\n".join([
        "Yasmina Bouzid – CPAS de Bruxelles / OCMW Brussel",
        "Anouk Vermeulen – CPAS de Bruxelles / OCMW Brussel",
        "Geoffrey Deprez – CPAS de Bruxelles / OCMW Brussel",
        "Sophie Lemaire – SPP IS / POD MI",
        "Katrien Vandenbussche – SPP IS / POD MI",
        "Evelien De Smet – OCMW Gent / CPAS de Gand",
        "Hasan Yildiz – OCMW Gent / CPAS de Gand",
        "Mehdi Benali – CPAS de Liège / OCMW Luik",
        "Véronique Dupont – CPAS de Charleroi",
        "Bram Peeters – OCMW Antwerpen / CPAS d'Anvers",
        "Interprètes / tolken : Marie-Claire Hoste, Dirk Lenaerts"]), size=9.5)
    cell_text(pt.cell(1, 1), "\n".join([
        "Tom Verhaeghe – OCMW Gent",
        "Fabienne Collard – CPAS de Liège",
        "Christelle Lambot – CPAS de Binche"]), size=9.5)
    set_widths(pt, [10.5, 6.5])

    para(doc, "")
    para(doc, "Ordre du jour / Agenda", bold=True, color=RGBColor(0x00, 0x5A, 0x9C), space_after=2)
    ag = [("09:30 – 10:00", "Accueil / Onthaal"),
          ("10:00 – 10:45", "Présentation du projet « Brussels Welcome » / Voorstelling van het project \"Brussels Welcome\""),
          ("10:45 – 12:00", "État des lieux par CPAS / Stand van zaken per OCMW"),
          ("12:00 – 13:00", "Lunch"),
          ("13:00 – 14:30", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"),
          ("14:30 – 15:00", "Divers et prochaine rencontre / Varia en volgende bijeenkomst")]
    at = table(doc, ag, widths=[3.0, 14.0], style=None, header=False, size=9.5)

    def section(title, fr, nl):
        heading(doc, title, 1, color=RGBColor(0x00, 0x5A, 0x9C))
        t = doc.add_table(rows=1, cols=2)
        set_widths(t, [8.5, 8.5])
        for j, paras in enumerate((fr, nl)):
            c = t.cell(0, j)
            c.width = Cm(8.5)
            c.text = ""
            first = True
            for x in paras:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                if isinstance(x, tuple):
                    fmt(p.add_run(x[0]), bold=True)
                    p.add_run(x[1])
                else:
                    p.add_run(x)
                p.paragraph_format.space_after = Pt(4)
        return t

    section("1. Accueil / Onthaal",
            ["Yasmina Bouzid accueille le réseau au nom du CPAS de Bruxelles. Pour la première fois, "
             "l'équipe de Gand est venue avec un médiateur interculturel, Hasan Yildiz."],
            ["Yasmina Bouzid verwelkomt het netwerk namens het OCMW Brussel. Voor het eerst is het Gentse "
             "team met een intercultureel bemiddelaar, Hasan Yildiz, aanwezig."])
    section("2. Présentation du projet « Brussels Welcome » / Voorstelling van het project \"Brussels Welcome\"",
            ["Geoffrey présente le parcours : un entretien d'admission dans la langue choisie par le "
             "participant (français ou néerlandais), un bilan d'orientation, puis des ateliers collectifs "
             "deux fois par semaine. Les groupes sont mixtes ; une garderie est prévue le mardi.",
             "Le projet a accueilli 86 participants depuis janvier ; 52 ont terminé au moins un module."],
            ["Geoffrey stelt het traject voor: een intakegesprek in de taal die de deelnemer kiest (Frans of "
             "Nederlands), een oriëntatiebalans en daarna twee keer per week groepsateliers. De groepen zijn "
             "gemengd; op dinsdag is er kinderopvang.",
             "Sinds januari werden 86 deelnemers opgevangen; 52 rondden minstens één module af."])
    section("3. État des lieux par CPAS / Stand van zaken per OCMW",
            [("Gand : ", "nouveau groupe « Gent leren kennen » depuis septembre, 15 participants."),
             ("Liège : ", "Mehdi signale une forte demande pour l'atelier informatique."),
             ("Charleroi : ", "module 3 en cours ; le recrutement via les antennes sociales reste lourd."),
             ("Anvers : ", "[chiffres d'Anvers à compléter]")],
            [("Gent: ", "nieuwe groep 'Gent leren kennen' sinds september, 15 deelnemers."),
             ("Luik: ", "Mehdi meldt een grote vraag naar het computeratelier."),
             ("Charleroi: ", "module 3 loopt; de rekrutering via de sociale antennes blijft zwaar."),
             ("Antwerpen: ", "[cijfers Antwerpen nog aan te vullen]")])
    section("4. Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête",
            ["Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Les participants "
             "proposent des pictogrammes, moins de questions et une version orale avec un médiateur.",
             "Points forts : l'enquête est courte. Points à améliorer : vocabulaire, langues disponibles."],
            ["Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. De deelnemers stellen "
             "pictogrammen voor, minder vragen en een mondelinge versie met een bemiddelaar.",
             "Sterktes: de enquête is kort. Verbeterpunten: woordenschat, beschikbare talen."])

    heading(doc, "5. Actions / Acties", 1, color=RGBColor(0x00, 0x5A, 0x9C))
    acts = [("Action", "Actie", "Responsable / Verantwoordelijke"),
            ("Envoyer la présentation « Brussels Welcome » aux CPAS",
             "De presentatie \"Brussels Welcome\" naar de OCMW's sturen", "Geoffrey"),
            ("Proposer une version simplifiée de l'enquête de satisfaction",
             "Een vereenvoudigde versie van de tevredenheidsenquête voorstellen", "Evelien + Véronique"),
            ("Faire traduire l'enquête en arabe, dari et tigrinya",
             "De enquête laten vertalen in het Arabisch, Dari en Tigrinya", "SPP IS / POD MI"),
            ("Compléter le tableau des indicateurs 2019", "De indicatorentabel 2019 invullen",
             "Tous les CPAS / alle OCMW's"),
            ("Réserver une salle à Liège pour mars 2020", "Een zaal in Luik reserveren voor maart 2020",
             "CPAS de Liège / OCMW Luik"),
            ("Désigner un interlocuteur pour le groupe de travail « outils visuels »",
             "Een aanspreekpunt aanduiden voor de werkgroep 'visuele hulpmiddelen'",
             "À définir / Nog te bepalen")]
    table(doc, acts, widths=[7.0, 6.5, 3.5], size=9.5, shade="DEEAF6")

    heading(doc, "6. Divers et prochaine rencontre / Varia en volgende bijeenkomst", 1,
            color=RGBColor(0x00, 0x5A, 0x9C))
    para(doc, "Le SPP remercie le CPAS de Bruxelles pour l'accueil. / Het POD dankt het OCMW Brussel voor de "
              "ontvangst.")
    para(doc, "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 à Liège / donderdag 12 maart 2020 in Luik",
         bold=True)
    para(doc, "Rapport : Anouk Vermeulen – Verslag: Anouk Vermeulen", size=8.5, color=GREY,
         align=WD_ALIGN_PARAGRAPH.RIGHT)

    exp = {
        "file": fn, "languages": ["fr", "nl"], "online": False, "interpretation": True, "date": "2019-11-05",
        "people": [P("Yasmina Bouzid", "BRUXELLES"), P("Anouk Vermeulen", "BRUXELLES"),
                   P("Geoffrey Deprez", "BRUXELLES"), P("Sophie Lemaire", "SPP"),
                   P("Katrien Vandenbussche", "SPP"), P("Evelien De Smet", "GENT"), P("Hasan Yildiz", "GENT"),
                   P("Mehdi Benali", "LIEGE"), P("Véronique Dupont", "CHARLEROI"), P("Bram Peeters", "ANTWERPEN"),
                   P("Marie-Claire Hoste", None), P("Dirk Lenaerts", None),
                   E("Tom Verhaeghe", "GENT"), E("Fabienne Collard", "LIEGE"), E("Christelle Lambot", "BINCHE")],
        "agenda": [["09:30", "10:00", "Accueil / Onthaal"],
                   ["10:00", "10:45",
                    "Présentation du projet « Brussels Welcome » / Voorstelling van het project \"Brussels Welcome\""],
                   ["10:45", "12:00", "État des lieux par CPAS / Stand van zaken per OCMW"],
                   ["12:00", "13:00", "Lunch"],
                   ["13:00", "14:30", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"],
                   ["14:30", "15:00", "Divers et prochaine rencontre / Varia en volgende bijeenkomst"]],
        "headings": [["1", "Accueil / Onthaal"],
                     ["2", "Présentation du projet « Brussels Welcome » / Voorstelling van het project \"Brussels Welcome\""],
                     ["3", "État des lieux par CPAS / Stand van zaken per OCMW"],
                     ["4", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"],
                     ["5", "Actions / Acties"],
                     ["6", "Divers et prochaine rencontre / Varia en volgende bijeenkomst"]],
        "actions": [["Network Contact", ["Geoffrey Deprez"], None, "Envoyer la présentation « Brussels Welcome »"],
                    ["Several Network Contacts", ["Evelien De Smet", "Véronique Dupont"], None,
                     "Proposer une version simplifiée de l'enquête"],
                    ["SPP", [], None, "Faire traduire l'enquête en arabe"],
                    ["CPAS", [], None, "Compléter le tableau des indicateurs 2019"],
                    ["CPAS", [], "LIEGE", "Réserver une salle à Liège"],
                    ["To Be Assigned", [], None, "Désigner un interlocuteur pour le groupe de travail"]],
        "next_meeting": {"date": "2020-03-12",
                         "text": "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 à Liège / donderdag 12 maart 2020 in Luik"},
        "remarks": ["[chiffres d'Anvers à compléter]", "[cijfers Antwerpen nog aan te vullen]"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 301
def r301():
    """POD MI (Nathalie Dewulf), first online meeting during the lockdown. Draft with a red line at
    the top; people in a table with an 'x' column; agenda as tabbed lines with 'u' times; Heading 2
    with typed numbers 1. / 2.1; the French updates of Liège and Charleroi pasted as sent; an action
    table 'Wie | Wat | Tegen'."""
    fn = "301_verslag_online_netwerk_mei2020.docx"
    doc = new_doc("Calibri", 11, 2.3)
    header_text(doc, "POD MI – AMIF-netwerk – ONTWERPVERSIE", size=8, color=RED)
    footer_text(doc, "POD Maatschappelijke Integratie – SPP Intégration Sociale", page=True, size=8)

    para(doc, "ONTWERP – opmerkingen van de OCMW's worden nog toegevoegd", bold=True, italic=True, color=RED)
    para(doc, "Verslag online bijeenkomst AMIF-netwerk (Teams)", bold=True, size=15, space_after=0)
    para(doc, "Donderdag 14 mei 2020, 10u00 – 12u00", size=11, space_after=0)
    para(doc, "Online via Microsoft Teams. Simultaanvertaling NL/FR via een apart tolkkanaal (telefoonbrug).",
         italic=True, size=10)

    para(doc, "Deelnemers", bold=True, space_after=2)
    rows = [("Naam", "Organisatie", "Aanwezig"),
            ("Nathalie Dewulf", "POD MI", "x"),
            ("Katrien Vandenbussche", "POD MI", "x"),
            ("Tom Verhaeghe", "OCMW Gent", "x"),
            ("Evelien De Smet", "OCMW Gent", "x"),
            ("Fabienne Collard", "CPAS Liège", "x"),
            ("Samir Haddad", "CPAS Charleroi", "x"),
            ("Véronique Dupont", "CPAS Charleroi", "verontschuldigd"),
            ("Nadia El Khattabi", "OCMW Antwerpen", "x"),
            ("Anouk Vermeulen", "OCMW Brussel", "x"),
            ("Yasmina Bouzid", "OCMW Brussel", "verontschuldigd"),
            ("Marie-Claire Hoste", "tolk", "x"),
            ("Lucie Fontaine", "tolk", "x")]
    table(doc, rows, widths=[5.5, 5.5, 4.0], size=10, shade="E2EFD9")

    para(doc, "")
    para(doc, "Agenda", bold=True, space_after=2)
    for t, item in [("10u00 – 10u15", "Opening en technische afspraken"),
                    ("10u15 – 11u15", "Stand van zaken per OCMW tijdens de lockdown"),
                    ("11u15 – 11u45", "Groepsgrootte en heropstart van de modules"),
                    ("11u45 – 12u00", "Varia")]:
        tabbed(doc, [t, item], [3.2])
    para(doc, "")

    heading(doc, "1. Opening", 2)
    para(doc, "Nathalie opent de vergadering. Microfoons uit wanneer je niet spreekt; wie wil tussenkomen, "
              "gebruikt de chat of het handje. De tolken werken via een aparte telefoonlijn: wie vertaling "
              "wil, belt in op het nummer uit de uitnodiging.")

    heading(doc, "2. Stand van zaken per OCMW", 2)
    heading(doc, "2.1 Gent", 3)
    para(doc, "Sinds 16 maart geen groepssessies meer. De trajectbegeleiders bellen de deelnemers wekelijks "
              "op en sturen oefeningen via WhatsApp. Vanaf 18 mei opnieuw kleine groepjes: 4 deelnemers + "
              "1 begeleider, met mondmasker.")
    heading(doc, "2.2 Liège", 3)
    para(doc, "(texte transmis par le CPAS de Liège)", italic=True, size=9, color=GREY, space_after=0)
    para(doc, "Depuis le 16 mars, les ateliers collectifs sont suspendus. Les animateurs gardent le contact "
              "par téléphone ; l'atelier créatif envoie chaque semaine un petit défi par vidéo. Reprise prévue "
              "en juin par groupes de 3 participants + 1 formateur.")
    heading(doc, "2.3 Charleroi", 3)
    para(doc, "(texte transmis par le CPAS de Charleroi)", italic=True, size=9, color=GREY, space_after=0)
    para(doc, "Le coaching individuel continue par téléphone. Les séances d'information « se débrouiller en "
              "Belgique » sont reportées. Nombre de participants joints pendant le confinement : "
              "[chiffres de Charleroi à compléter]")
    heading(doc, "2.4 Antwerpen", 3)
    para(doc, "Nadia meldt dat veel deelnemers geen laptop of data hebben. Antwerpen leent tablets uit via "
              "de sociale centra. De partnergemeenten Schoten, Edegem en Mortsel volgen dezelfde aanpak.")
    heading(doc, "2.5 Brussel", 3)
    para(doc, "Anouk: de tweetalige groepen zijn omgezet naar korte videogesprekken per taal. De opkomst is "
              "laag (ongeveer een derde van de deelnemers).")

    heading(doc, "3. Groepsgrootte en heropstart", 2)
    para(doc, "De regels verschillen per OCMW: Gent werkt met 4 + 1, Liège en Charleroi met 3 deelnemers + "
              "1 formateur. Het POD wijst erop dat de lokale regels voorgaan. Iedereen is het erover eens "
              "dat de activiteiten vooraf goed gecommuniceerd moeten worden aan de deelnemers, omdat "
              "uurroosters vaak wijzigen.")

    heading(doc, "4. Varia", 2)
    para(doc, "De termijn voor het jaarrapport 2019 werd door de Europese Commissie verlengd.")

    heading(doc, "5. Actiepunten", 2)
    acts = [("Wie", "Wat", "Tegen"),
            ("POD", "Een overzicht van de groepsregels per OCMW opmaken en rondsturen", "28/05"),
            ("Alle OCMW's", "Heropstartplan bezorgen aan het POD", "05/06"),
            ("Gent", "Handleiding voor videobellen met deelnemers delen met het netwerk", "volgende week"),
            ("Fabienne + Tom", "Ervaringen met digitale ateliers uitwisselen (kort overleg)", "eind mei"),
            ("Anouk", "Franstalige versie van de flyer 'thuis leren' nalezen", "22/05")]
    table(doc, acts, widths=[3.5, 10.0, 2.5], size=10, shade="E2EFD9")
    para(doc, "")
    para(doc, "Volgende online bijeenkomst: dinsdag 23 juni 2020 om 10u (Teams-link volgt).", bold=True)

    exp = {
        "file": fn, "languages": ["nl", "fr"], "online": True, "interpretation": True, "date": "2020-05-14",
        "people": [P("Nathalie Dewulf", "SPP"), P("Katrien Vandenbussche", "SPP"), P("Tom Verhaeghe", "GENT"),
                   P("Evelien De Smet", "GENT"), P("Fabienne Collard", "LIEGE"), P("Samir Haddad", "CHARLEROI"),
                   P("Nadia El Khattabi", "ANTWERPEN"), P("Anouk Vermeulen", "BRUXELLES"),
                   P("Marie-Claire Hoste", None), P("Lucie Fontaine", None),
                   E("Véronique Dupont", "CHARLEROI"), E("Yasmina Bouzid", "BRUXELLES")],
        "agenda": [["10:00", "10:15", "Opening en technische afspraken"],
                   ["10:15", "11:15", "Stand van zaken per OCMW tijdens de lockdown"],
                   ["11:15", "11:45", "Groepsgrootte en heropstart van de modules"],
                   ["11:45", "12:00", "Varia"]],
        "headings": [["1", "Opening"], ["2", "Stand van zaken per OCMW"], ["2.1", "Gent"], ["2.2", "Liège"],
                     ["2.3", "Charleroi"], ["2.4", "Antwerpen"], ["2.5", "Brussel"],
                     ["3", "Groepsgrootte en heropstart"], ["4", "Varia"], ["5", "Actiepunten"]],
        "actions": [["SPP", [], None, "Een overzicht van de groepsregels per OCMW"],
                    ["CPAS", [], None, "Heropstartplan bezorgen aan het POD"],
                    ["CPAS", [], "GENT", "Handleiding voor videobellen met deelnemers delen"],
                    ["Several Network Contacts", ["Fabienne Collard", "Tom Verhaeghe"], None,
                     "Ervaringen met digitale ateliers uitwisselen"],
                    ["Network Contact", ["Anouk Vermeulen"], None,
                     "Franstalige versie van de flyer 'thuis leren' nalezen"]],
        "next_meeting": {"date": "2020-06-23",
                         "text": "Volgende online bijeenkomst: dinsdag 23 juni 2020 om 10u (Teams-link volgt)."},
        "remarks": ["ONTWERP – opmerkingen van de OCMW's worden nog toegevoegd",
                    "[chiffres de Charleroi à compléter]"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 302
def r302():
    """OCMW Gent (Evelien De Smet), short report of a working group on Zoom, written like an e-mail:
    first names only, bold unnumbered section titles, typed '- ' dashes, no agenda, an 'XXX' to fill."""
    fn = "302_verslag_werkgroep_enquete_gent_maart2021.docx"
    doc = new_doc("Verdana", 9.5, 2.0)

    para(doc, "Verslag werkgroep tevredenheidsenquête (Zoom) – 23/03/2021", bold=True, size=12,
         color=RGBColor(0x00, 0x70, 0xC0))
    para(doc, "Aanwezig: Evelien, Hasan en Tom (OCMW Gent), Bram (OCMW Antwerpen), Anouk (OCMW Brussel), "
              "Katrien (POD)", space_after=0)
    para(doc, "Afwezig met kennisgeving: Mehdi (OCMW Luik)", space_after=0)
    para(doc, "Voertaal Nederlands, Anouk volgde zonder tolk. Duur: 14u – 15u30.", italic=True, size=8.5,
         color=GREY)

    def kop(t):
        para(doc, t, bold=True, space_after=2)

    kop("Context")
    para(doc, "Op de netwerkdag in Brussel (november 2019) bleek dat alle OCMW's de tevredenheidsenquête te "
              "moeilijk vinden voor onze deelnemers. Door corona is de werkgroep pas nu echt gestart. "
              "Doel: een eenvoudige versie, bruikbaar in elke module, met pictogrammen en in meer talen.")

    kop("Wat we besproken hebben")
    for line in ["- Gent heeft de oude vragenlijst met een groep getest: woorden als 'tevredenheid', "
                 "'verwachtingen' en 'competenties' worden niet begrepen.",
                 "- Antwerpen gebruikt sinds januari smileys (vijf gezichtjes). Dat werkt goed, ook voor "
                 "mensen die niet kunnen lezen. Bram: 41 ingevulde enquêtes sinds januari.",
                 "- Brussel vraagt een Franse en een Nederlandse versie met exact dezelfde vragen, zodat de "
                 "resultaten vergelijkbaar blijven.",
                 "- Katrien: het POD heeft voor de Europese rapportering vooral de vraag nodig of de activiteit "
                 "de deelnemer geholpen heeft bij zijn integratie.",
                 "- We houden de vijfpuntenschaal met smileys. Maximaal tien vragen."]:
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(0.4)
    para(doc, "Aantal ingevulde enquêtes in Gent: XXX", color=RED)
    para(doc, "Tom heeft de oude enquête vorige week al naar iedereen doorgestuurd, ter vergelijking.")

    kop("Afspraken")
    for line in ["- Evelien past de vragenlijst aan met pictogrammen (tegen 9/4).",
                 "- Hasan en Bram testen de nieuwe versie met een groep deelnemers.",
                 "- Katrien vraagt na of het POD een vertaling naar het Arabisch en het Dari kan betalen.",
                 "- Elk OCMW bezorgt de ingevulde enquêtes van 2020 aan Evelien (geanonimiseerd!)."]:
        p = para(doc, line, space_after=2)
        p.paragraph_format.left_indent = Cm(0.4)

    kop("Volgende keer")
    para(doc, "Volgende werkgroep: dinsdag 20/4 om 14u, zelfde Zoom-link.")
    para(doc, "Vragen? Laat maar weten!", space_after=0)
    para(doc, "Groetjes,", space_after=0)
    para(doc, "Evelien")
    para(doc, "OCMW Gent – Dienst Maatschappelijke Integratie – AMIF-project", size=7.5, color=GREY)

    exp = {
        "file": fn, "languages": ["nl"], "online": True, "interpretation": False, "date": "2021-03-23",
        "people": [P("Evelien", "GENT"), P("Hasan", "GENT"), P("Tom", "GENT"), P("Bram", "ANTWERPEN"),
                   P("Anouk", "BRUXELLES"), P("Katrien", "SPP"), E("Mehdi", "LIEGE")],
        "agenda": [],
        "headings": [["", "Context"], ["", "Wat we besproken hebben"], ["", "Afspraken"], ["", "Volgende keer"]],
        "actions": [["Network Contact", ["Evelien"], None, "Evelien past de vragenlijst aan met pictogrammen"],
                    ["Several Network Contacts", ["Hasan", "Bram"], None, "Hasan en Bram testen de nieuwe versie"],
                    ["Network Contact", ["Katrien"], None, "Katrien vraagt na of het POD"],
                    ["CPAS", [], None, "Elk OCMW bezorgt de ingevulde enquêtes"]],
        "next_meeting": {"date": "2021-04-20", "text": "Volgende werkgroep: dinsdag 20/4 om 14u, zelfde Zoom-link."},
        "remarks": ["Aantal ingevulde enquêtes in Gent: XXX"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 303
def r303():
    """CPAS de Charleroi (Samir Haddad), who writes a report once a year. Hybrid meeting (room +
    Teams for the Antwerp partners), consecutive interpretation. Blue bold titles numbered '1)',
    italic sub-titles 'a)', an agenda table with a speaker column and start times only, actions as
    'Action : ... → Responsable : ...'."""
    fn = "303_compte_rendu_reseau_charleroi_oct2022.docx"
    doc = new_doc("Arial", 10, 2.2)
    header_text(doc, "CPAS de Charleroi – Service Action Migrants – Projet Activ'Up (FAMI)",
                align=WD_ALIGN_PARAGRAPH.LEFT, size=8)
    footer_text(doc, TAG_FR, page=True, size=8, italic=True)

    para(doc, "Compte rendu", bold=True, size=16, color=BLUE, space_after=0)
    para(doc, "Rencontre du réseau FAMI – Charleroi, 17 octobre 2022", bold=True, size=12, space_after=0)
    para(doc, "Lundi 17 octobre 2022, de 13h30 à 16h30 – Espace Citoyen, boulevard Joseph II, Charleroi "
              "(et en ligne via Teams)", size=9.5, space_after=0)
    para(doc, "Réunion hybride : les collègues d'Anvers et de Mortsel ont suivi à distance. Une interprète a "
              "assuré la traduction consécutive FR/NL.", italic=True, size=9.5)

    para(doc, "Présents :", bold=True, space_after=0)
    for line in ["Samir Haddad (CPAS de Charleroi)", "Véronique Dupont (CPAS de Charleroi)",
                 "Christelle Lambot (CPAS de Binche)", "Fabienne Collard (CPAS de Liège)",
                 "Joris Van Acker (SPP IS)", "Sophie Lemaire (SPP IS)",
                 "Bram Peeters (CPAS d'Anvers) – en ligne", "Ilse Martens (CPAS de Mortsel) – en ligne",
                 "Geoffrey Deprez (CPAS de Bruxelles)", "Lucie Fontaine, interprète"]:
        p = para(doc, "- " + line, space_after=0)
        p.paragraph_format.left_indent = Cm(0.5)
    para(doc, "Excusés :", bold=True, space_after=0)
    for line in ["Evelien De Smet (CPAS de Gand)", "Tom Verhaeghe (CPAS de Gand)", "Mehdi Benali (CPAS de Liège)"]:
        p = para(doc, "- " + line, space_after=0)
        p.paragraph_format.left_indent = Cm(0.5)
    para(doc, "")

    para(doc, "Programme", bold=True, space_after=2)
    rows = [("Heure", "Point", "Intervenant"),
            ("13h30", "Accueil", "CPAS de Charleroi"),
            ("13h45", "Bilan du module 2021-2022 d'Activ'Up", "Véronique Dupont"),
            ("14h30", "Nouvelle programmation FAMI 2021-2027 : indicateurs communs", "SPP IS"),
            ("15h15", "Pause", ""),
            ("15h30", "Échanges entre CPAS", "tous"),
            ("16h30", "Fin de la rencontre", "")]
    table(doc, rows, widths=[2.0, 10.0, 4.0], size=9.5, shade="BDD7EE")
    para(doc, "")

    def t1(t):
        para(doc, t, bold=True, color=BLUE, size=11, space_after=3)

    def t2(t):
        p = para(doc, t, italic=True, bold=True, space_after=2)
        p.paragraph_format.left_indent = Cm(0.5)

    t1("1) Accueil")
    para(doc, "Samir souhaite la bienvenue. C'est la première rencontre en présentiel depuis février 2020. "
              "Joris Van Acker se présente : il reprend la coordination du réseau au SPP après le départ de "
              "Katrien Vandenbussche.")
    t1("2) Bilan du module 2021-2022 d'Activ'Up")
    t2("a) Recrutement")
    para(doc, "240 personnes ont été listées avec l'aide des antennes sociales ; 96 sont venues à la séance "
              "d'information (40 %) et 58 ont commencé le module. Le taux est meilleur qu'avant la crise "
              "sanitaire grâce aux rappels par SMS.")
    t2("b) Présences et ponctualité")
    para(doc, "Taux de présence moyen : [à compléter après l'encodage de septembre]")
    para(doc, "Les retards restent fréquents le lundi matin. Les groupes sont revenus à leur taille normale "
              "(12 personnes) après la période du « 6 + 1 ».")
    t1("3) Nouvelle programmation FAMI 2021-2027")
    para(doc, "Sophie présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de participants "
              "aux activités de soutien, participants aux cours de langue ayant progressé d'au moins un "
              "niveau du CECR, participants qui déclarent que l'activité les a aidés à s'intégrer. Les CPAS "
              "s'inquiètent du temps d'encodage.")
    t1("4) Échanges entre CPAS")
    para(doc, "Binche propose de mutualiser les sorties socio-culturelles avec Charleroi. Anvers explique "
              "comment les partenaires (Schoten, Edegem, Mortsel) envoient leurs chiffres. Bruxelles "
              "signale que l'enquête de satisfaction illustrée fonctionne bien dans les deux langues.")
    t1("5) Actions")
    for action, resp in [("envoyer aux CPAS la fiche des indicateurs communs", "SPP IS"),
                         ("partager le modèle de liste de recrutement avec Anvers", "Véronique"),
                         ("vérifier si Binche peut reprendre les ateliers de couture en 2023", "CPAS de Binche"),
                         ("tester la fiche indicateurs sur 10 dossiers", "Bram et Christelle"),
                         ("organiser la prochaine rencontre du réseau", "à définir")]:
        p = runs(doc, [("Action : ", {"bold": True}), action + " ", ("→ Responsable : " + resp, {"italic": True})],
                 space_after=2)
        p.paragraph_format.left_indent = Cm(0.5)
    para(doc, "")
    para(doc, "La prochaine rencontre aura lieu au printemps 2023, à Anvers.", bold=True)
    para(doc, "Rédaction : Samir Haddad", size=8.5, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    exp = {
        "file": fn, "languages": ["fr"], "online": True, "interpretation": True, "date": "2022-10-17",
        "people": [P("Samir Haddad", "CHARLEROI"), P("Véronique Dupont", "CHARLEROI"),
                   P("Christelle Lambot", "BINCHE"), P("Fabienne Collard", "LIEGE"), P("Joris Van Acker", "SPP"),
                   P("Sophie Lemaire", "SPP"), P("Bram Peeters", "ANTWERPEN"), P("Ilse Martens", "MORTSEL"),
                   P("Geoffrey Deprez", "BRUXELLES"), P("Lucie Fontaine", None),
                   E("Evelien De Smet", "GENT"), E("Tom Verhaeghe", "GENT"), E("Mehdi Benali", "LIEGE")],
        "agenda": [["13:30", None, "Accueil"], ["13:45", None, "Bilan du module 2021-2022 d'Activ'Up"],
                   ["14:30", None, "Nouvelle programmation FAMI 2021-2027 : indicateurs communs"],
                   ["15:15", None, "Pause"], ["15:30", None, "Échanges entre CPAS"],
                   ["16:30", None, "Fin de la rencontre"]],
        "headings": [["1", "Accueil"], ["2", "Bilan du module 2021-2022 d'Activ'Up"], ["a", "Recrutement"],
                     ["b", "Présences et ponctualité"], ["3", "Nouvelle programmation FAMI 2021-2027"],
                     ["4", "Échanges entre CPAS"], ["5", "Actions"]],
        "actions": [["SPP", [], None, "envoyer aux CPAS la fiche des indicateurs communs"],
                    ["Network Contact", ["Véronique Dupont"], None, "partager le modèle de liste de recrutement"],
                    ["CPAS", [], "BINCHE", "vérifier si Binche peut reprendre les ateliers"],
                    ["Several Network Contacts", ["Bram Peeters", "Christelle Lambot"], None,
                     "tester la fiche indicateurs sur 10 dossiers"],
                    ["To Be Assigned", [], None, "organiser la prochaine rencontre du réseau"]],
        "next_meeting": {"date": None, "text": "La prochaine rencontre aura lieu au printemps 2023, à Anvers."},
        "remarks": ["[à compléter après l'encodage de septembre]"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 304
def r304():
    """POD MI (Joris Van Acker), the network's standard report form as in 2019, updated: tagline
    block, bilingual title and date, people in one paragraph per status, agenda with '10.00 u.' times,
    then the full Dutch text followed (after a page break) by the full French translation with its own
    numbered sections. Draft line at the top."""
    fn = "304_verslag_bijeenkomst_ocmws_antwerpen_maart2023.docx"
    doc = new_doc("Calibri", 10.5, 2.2)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = ""
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("POD | Maatschappelijke Integratie\nSPP | Intégration Sociale"), bold=True, size=8,
        color=RGBColor(0x2E, 0x75, 0xB6))
    footer_text(doc, TAG_NL + " / " + TAG_FR, page=True, size=7, italic=True)

    para(doc, TAG_NL, italic=True, size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, TAG_FR, italic=True, size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Ontwerpverslag – opmerkingen van de deelnemers nog toe te voegen", italic=True, color=RED, size=9)
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16,
         color=RGBColor(0x2E, 0x75, 0xB6), space_after=0)
    para(doc, "AMIF 30 maart 2023 – FAMI 30 mars 2023", bold=True, size=12, space_after=0)
    para(doc, "OCMW Antwerpen, Campus Sint-Bernardus, zaal 2 – met simultaanvertaling / avec interprétation "
              "simultanée", size=10)

    runs(doc, [("Aanwezig / Présents : ", {"bold": True}),
               "Joris Van Acker (POD MI), Sophie Lemaire (SPP IS), Bram Peeters (OCMW Antwerpen), "
               "Nadia El Khattabi (OCMW Antwerpen), Greet Van Dyck (OCMW Schoten), Wim Claes (OCMW Edegem), "
               "Evelien De Smet (OCMW Gent), Fabienne Collard (CPAS Liège), Samir Haddad (CPAS Charleroi), "
               "Geoffrey Deprez (OCMW Brussel), Dirk Lenaerts en Lucie Fontaine (tolken / interprètes)"],
         space_after=3)
    runs(doc, [("Verontschuldigd / Excusés : ", {"bold": True}),
               "Ilse Martens (OCMW Mortsel), Mehdi Benali (CPAS Liège)"])

    para(doc, "Agenda / Ordre du jour", bold=True, space_after=2)
    for t, item in [("10.00 u. – 10.30 u.", "Welkom / Accueil"),
                    ("10.30 u. – 11.30 u.", "Voorstelling 'Samen Sterk' door OCMW Antwerpen en partners / "
                                            "Présentation « Samen Sterk » par le CPAS d'Anvers et ses partenaires"),
                    ("11.30 u. – 12.30 u.", "Indicatoren AMIF 2021-2027 / Indicateurs FAMI 2021-2027"),
                    ("12.30 u. – 13.30 u.", "Lunch"),
                    ("13.30 u. – 15.00 u.", "Feedback: sterktes en verbeterpunten / Feed-back : points forts et "
                                            "points à améliorer")]:
        p = tabbed(doc, [t, item], [3.6], size=10)
        p.paragraph_format.left_indent = Cm(3.6)
        p.paragraph_format.first_line_indent = Cm(-3.6)

    # ---- Dutch
    heading(doc, "1. Welkom", 1)
    para(doc, "Bram Peeters verwelkomt het netwerk namens OCMW Antwerpen. Joris Van Acker herinnert aan de "
              "afspraken: het verslag wordt eerst in het Nederlands opgemaakt en daarna vertaald.")
    heading(doc, "2. Voorstelling 'Samen Sterk'", 1)
    para(doc, "Antwerpen en de partners Schoten en Edegem stellen hun samenwerking voor. De partners verwijzen "
              "door via hun maatschappelijk werkers; de groepsmodules vinden plaats in Antwerpen, de individuele "
              "begeleiding in de eigen gemeente. In 2022 namen 112 personen deel, waarvan 31 uit de "
              "partnergemeenten.")
    para(doc, "Greet Van Dyck benadrukt dat de vervoerskosten voor deelnemers uit Schoten een drempel blijven.")
    heading(doc, "3. Indicatoren AMIF 2021-2027", 1)
    para(doc, "Sophie Lemaire licht de gemeenschappelijke output- en resultaatindicatoren toe (taalcursus, "
              "maatschappelijke oriëntatie, persoonlijke professionele begeleiding). Het POD verzamelt de "
              "cijfers jaarlijks bij de OCMW's. Het ERK-niveau wordt gemeten bij de start en op het einde van "
              "de taalcursus.")
    heading(doc, "4. Feedback", 1)
    heading(doc, "4.1 Sterktes", 2)
    for x in ["intensief werken met de deelnemers, bijna elke dag van de week",
              "de band tussen begeleiders en deelnemers en tussen de deelnemers onderling",
              "groepsgevoel op het einde van een module"]:
        para(doc, x, style="List Bullet", space_after=0)
    heading(doc, "4.2 Verbeterpunten", 2)
    for x in ["communicatie naar de deelnemers bij gewijzigde uurroosters of geannuleerde lessen",
              "evenwichtige uurroosters tussen oude en nieuwe deelnemers",
              "activiteiten vroeger plannen: administratieve procedures duren steeds langer"]:
        para(doc, x, style="List Bullet", space_after=0)
    heading(doc, "5. Actiepunten", 1)
    for x in ["Actie POD: de definitieve indicatorenfiche bezorgen aan alle OCMW's.",
              "Actie Antwerpen: de presentatie en de partnerovereenkomst delen.",
              "Bram en Greet werken een fiche 'partnerwerking' uit voor de website.",
              "Actie alle OCMW's: de indicatoren 2022 invullen tegen 30 april.",
              "Samir bezorgt het rekruteringsmodel van Charleroi aan Wim."]:
        para(doc, x, style="List Number", space_after=0)
    heading(doc, "6. Volgende bijeenkomst", 1)
    para(doc, "De volgende bijeenkomst vindt plaats op donderdag 15 juni 2023 in Gent.")

    # ---- French
    page_break(doc)
    para(doc, "Rapport rencontre CPAS – 30 mars 2023 (version française)", bold=True, size=14,
         color=RGBColor(0x2E, 0x75, 0xB6))
    heading(doc, "1. Accueil", 1)
    para(doc, "Bram Peeters accueille le réseau au nom du CPAS d'Anvers. Joris Van Acker rappelle que le rapport "
              "est d'abord rédigé en néerlandais, puis traduit.")
    heading(doc, "2. Présentation « Samen Sterk »", 1)
    para(doc, "Anvers et ses partenaires Schoten et Edegem présentent leur collaboration. Les partenaires "
              "orientent via leurs assistants sociaux ; les modules collectifs ont lieu à Anvers, "
              "l'accompagnement individuel dans la commune. En 2022, 112 personnes ont participé, dont 31 des "
              "communes partenaires.")
    heading(doc, "3. Indicateurs FAMI 2021-2027", 1)
    para(doc, "Sophie Lemaire présente les indicateurs communs de réalisation et de résultat. Le SPP les "
              "collecte chaque année auprès des CPAS.")
    heading(doc, "4. Feed-back", 1)
    heading(doc, "4.1 Points forts", 2)
    para(doc, "Travail intensif avec le public ; liens entre agents et participants ; esprit de groupe.")
    heading(doc, "4.2 Points à améliorer", 2)
    para(doc, "Communication envers les participants ; horaires équilibrés ; anticiper les activités.")
    heading(doc, "5. Actions", 1)
    for x in ["Action SPP : envoyer la fiche définitive des indicateurs à tous les CPAS.",
              "Action Anvers : partager la présentation et la convention de partenariat.",
              "Bram et Greet rédigent une fiche « partenariat » pour le site web.",
              "Action tous les CPAS : compléter les indicateurs 2022 pour le 30 avril.",
              "Samir transmet le modèle de recrutement de Charleroi à Wim."]:
        para(doc, x, style="List Number", space_after=0)
    heading(doc, "6. Prochaine rencontre", 1)
    para(doc, "La prochaine rencontre aura lieu le jeudi 15 juin 2023 à Gand.")

    exp = {
        "file": fn, "languages": ["nl", "fr"], "online": False, "interpretation": True, "date": "2023-03-30",
        "people": [P("Joris Van Acker", "SPP"), P("Sophie Lemaire", "SPP"), P("Bram Peeters", "ANTWERPEN"),
                   P("Nadia El Khattabi", "ANTWERPEN"), P("Greet Van Dyck", "SCHOTEN"), P("Wim Claes", "EDEGEM"),
                   P("Evelien De Smet", "GENT"), P("Fabienne Collard", "LIEGE"), P("Samir Haddad", "CHARLEROI"),
                   P("Geoffrey Deprez", "BRUXELLES"), P("Dirk Lenaerts", None), P("Lucie Fontaine", None),
                   E("Ilse Martens", "MORTSEL"), E("Mehdi Benali", "LIEGE")],
        "agenda": [["10:00", "10:30", "Welkom / Accueil"],
                   ["10:30", "11:30", "Voorstelling 'Samen Sterk' door OCMW Antwerpen en partners / "
                                      "Présentation « Samen Sterk » par le CPAS d'Anvers et ses partenaires"],
                   ["11:30", "12:30", "Indicatoren AMIF 2021-2027 / Indicateurs FAMI 2021-2027"],
                   ["12:30", "13:30", "Lunch"],
                   ["13:30", "15:00", "Feedback: sterktes en verbeterpunten / Feed-back : points forts et "
                                      "points à améliorer"]],
        "headings": [["1", "Welkom"], ["2", "Voorstelling 'Samen Sterk'"], ["3", "Indicatoren AMIF 2021-2027"],
                     ["4", "Feedback"], ["4.1", "Sterktes"], ["4.2", "Verbeterpunten"], ["5", "Actiepunten"],
                     ["6", "Volgende bijeenkomst"],
                     ["1", "Accueil"], ["2", "Présentation « Samen Sterk »"], ["3", "Indicateurs FAMI 2021-2027"],
                     ["4", "Feed-back"], ["4.1", "Points forts"], ["4.2", "Points à améliorer"], ["5", "Actions"],
                     ["6", "Prochaine rencontre"]],
        "actions": [["SPP", [], None, "de definitieve indicatorenfiche bezorgen aan alle OCMW's"],
                    ["CPAS", [], "ANTWERPEN", "de presentatie en de partnerovereenkomst delen"],
                    ["Several Network Contacts", ["Bram Peeters", "Greet Van Dyck"], None,
                     "Bram en Greet werken een fiche"],
                    ["CPAS", [], None, "de indicatoren 2022 invullen tegen"],
                    ["Network Contact", ["Samir Haddad"], None, "Samir bezorgt het rekruteringsmodel van Charleroi"]],
        "next_meeting": {"date": "2023-06-15",
                         "text": "De volgende bijeenkomst vindt plaats op donderdag 15 juni 2023 in Gent."},
        "remarks": ["Ontwerpverslag – opmerkingen van de deelnemers nog toe te voegen"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 305
def r305():
    """Sociaal Huis Edegem (Wim Claes), writes the partner meeting report once a year. People in a
    table with initials; agenda in Word's automatic List Number with times; numbered sections typed as
    bold lines with a tab ('2.1<tab>Schoten'); actions with initials of the owner after the task,
    repeated in a summary table at the end."""
    fn = "305_verslag_partneroverleg_edegem_dec2024.docx"
    doc = new_doc("Calibri", 10.5, 2.0)
    header_text(doc, "Sociaal Huis Edegem – OCMW Edegem", align=WD_ALIGN_PARAGRAPH.LEFT, size=8, color=GREEN)
    footer_text(doc, "Partneroverleg AMIF Antwerpen-regio – 03/12/2024", page=True, size=8,
                align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Verslag partneroverleg AMIF – regio Antwerpen", bold=True, size=15, color=GREEN, space_after=0)
    para(doc, "Dinsdag 3 december 2024 – 14u00 tot 15u45 – Sociaal Huis Edegem, vergaderzaal 1 (+ Teams)",
         space_after=0)
    para(doc, "Greet Van Dyck volgde de vergadering online via Teams.", italic=True, size=9.5)

    para(doc, "Aanwezigen", bold=True, space_after=2)
    rows = [("Init.", "Naam", "Organisatie"),
            ("WC", "Wim Claes", "OCMW Edegem (Sociaal Huis Edegem)"),
            ("BP", "Bram Peeters", "OCMW Antwerpen"),
            ("NEK", "Nadia El Khattabi", "OCMW Antwerpen"),
            ("GVD", "Greet Van Dyck", "OCMW Schoten (online)"),
            ("LV", "Lotte Verbist", "OCMW Mortsel"),
            ("JVA", "Joris Van Acker", "POD MI")]
    table(doc, rows, widths=[1.6, 5.0, 9.4], size=10, shade="E2EFD9")
    runs(doc, [("Verontschuldigd: ", {"bold": True}), "Ilse Martens (Mortsel), Sofie Wouters (Antwerpen)"])

    para(doc, "Agenda", bold=True, space_after=2)
    for line in ["14:00–14:10\tWelkom en goedkeuring verslag vorig overleg",
                 "14:10–14:45\tStand van zaken instroom per gemeente",
                 "14:45–15:15\tEindrapportering AMIF 2024",
                 "15:15–15:30\tPlanning 2025",
                 "15:30\tRondvraag"]:
        p = para(doc, line, style="List Number", space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.LEFT)
    para(doc, "")

    def kop(num, t, sub=False):
        p = para(doc, num + "\t" + t, bold=True, size=(10.5 if sub else 12), color=(None if sub else GREEN),
                 space_after=3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0), WD_TAB_ALIGNMENT.LEFT)

    def actie(text, who):
        p = runs(doc, [("Actie: ", {"bold": True, "color": RED}), text + " ", ("(" + who + ")", {"bold": True})])
        p.paragraph_format.left_indent = Cm(1.0)

    kop("1.", "Welkom en goedkeuring verslag")
    para(doc, "Wim verwelkomt iedereen in het nieuwe Sociaal Huis. Het verslag van 12/09 wordt goedgekeurd. "
              "Lotte Verbist is de nieuwe contactpersoon van Mortsel naast Ilse.")

    kop("2.", "Instroom per gemeente")
    kop("2.1", "Antwerpen", sub=True)
    para(doc, "Bram: 96 nieuwe deelnemers in 2024, vooral via de sociale centra Noord en Deurne. De wachtlijst "
              "voor de taalactivering is weggewerkt sinds er een tweede groep is.")
    actie("lokaal reserveren voor de infosessie van februari", "OCMW Antwerpen")
    kop("2.2", "Schoten", sub=True)
    para(doc, "Greet: 11 doorverwijzingen, 8 gestart. De vervoerskosten blijven een probleem; Schoten betaalt "
              "voortaan een busabonnement voor deelnemers.")
    actie("instroomcijfers Q4 doorsturen naar Bram", "GVD")
    kop("2.3", "Edegem", sub=True)
    para(doc, "Wim: 9 doorverwijzingen, 7 gestart, 5 trajecten afgerond. Twee deelnemers stromen door naar "
              "een opleiding bij de VDAB.")
    kop("2.4", "Mortsel", sub=True)
    para(doc, "Instroom Mortsel 2024: … (aan te vullen)")

    kop("3.", "Eindrapportering AMIF 2024")
    para(doc, "Joris licht de timing toe: het POD verwacht het eindrapport van OCMW Antwerpen eind februari; de "
              "partners leveren hun deel aan bij Antwerpen. Persoonsgegevens blijven bij het eigen OCMW; enkel "
              "geaggregeerde cijfers worden doorgegeven.")
    actie("sjabloon eindrapport 2024 bezorgen aan de partners", "JVA")
    actie("elke gemeente levert haar deel van het eindrapport aan tegen 31/01/2025", "allen")

    kop("4.", "Planning 2025")
    para(doc, "De infosessies blijven op dinsdagvoormiddag, afwisselend in Antwerpen en bij een partner. "
              "Voorstel: vier infosessies in 2025.")
    actie("datumvoorstel voor de infosessies 2025", "BP + NEK")

    kop("5.", "Rondvraag")
    para(doc, "Nadia vraagt of er nog interesse is in een gezamenlijke nieuwsbrief voor de maatschappelijk "
              "werkers. Iedereen vindt dit nuttig, maar niemand heeft er op dit moment tijd voor.")
    actie("verantwoordelijke voor de nieuwsbrief aanduiden", "?")

    kop("6.", "Overzicht actiepunten")
    rows = [("Wat", "Wie", "Deadline"),
            ("Lokaal infosessie februari reserveren", "OCMW Antwerpen", "20/12"),
            ("Instroomcijfers Q4 naar Bram", "GVD", "10/01"),
            ("Sjabloon eindrapport naar partners", "JVA", "15/12"),
            ("Deel eindrapport aanleveren", "allen", "31/01/2025"),
            ("Datumvoorstel infosessies 2025", "BP + NEK", "volgend overleg"),
            ("Verantwoordelijke nieuwsbrief", "?", "–")]
    table(doc, rows, widths=[9.0, 4.0, 3.0], size=9.5, shade="E2EFD9")
    para(doc, "")
    runs(doc, [("Volgend overleg: do 13/02/2025 om 14u00 in Mortsel (Sociaal Huis)", {"bold": True})])
    para(doc, "Verslag: WC", size=8.5, color=GREY)

    exp = {
        "file": fn, "languages": ["nl"], "online": True, "interpretation": False, "date": "2024-12-03",
        "people": [P("Wim Claes", "EDEGEM"), P("Bram Peeters", "ANTWERPEN"), P("Nadia El Khattabi", "ANTWERPEN"),
                   P("Greet Van Dyck", "SCHOTEN"), P("Lotte Verbist", "MORTSEL"), P("Joris Van Acker", "SPP"),
                   E("Ilse Martens", "MORTSEL"), E("Sofie Wouters", "ANTWERPEN")],
        "agenda": [["14:00", "14:10", "Welkom en goedkeuring verslag vorig overleg"],
                   ["14:10", "14:45", "Stand van zaken instroom per gemeente"],
                   ["14:45", "15:15", "Eindrapportering AMIF 2024"],
                   ["15:15", "15:30", "Planning 2025"],
                   ["15:30", None, "Rondvraag"]],
        "headings": [["1", "Welkom en goedkeuring verslag"], ["2", "Instroom per gemeente"], ["2.1", "Antwerpen"],
                     ["2.2", "Schoten"], ["2.3", "Edegem"], ["2.4", "Mortsel"], ["3", "Eindrapportering AMIF 2024"],
                     ["4", "Planning 2025"], ["5", "Rondvraag"], ["6", "Overzicht actiepunten"]],
        "actions": [["CPAS", [], "ANTWERPEN", "lokaal reserveren voor de infosessie van februari"],
                    ["Network Contact", ["Greet Van Dyck"], None, "instroomcijfers Q4 doorsturen naar Bram"],
                    ["Network Contact", ["Joris Van Acker"], None, "sjabloon eindrapport 2024 bezorgen aan de partners"],
                    ["CPAS", [], None, "elke gemeente levert haar deel van het eindrapport"],
                    ["Several Network Contacts", ["Bram Peeters", "Nadia El Khattabi"], None,
                     "datumvoorstel voor de infosessies 2025"],
                    ["To Be Assigned", [], None, "verantwoordelijke voor de nieuwsbrief aanduiden"]],
        "next_meeting": {"date": "2025-02-13",
                         "text": "Volgend overleg: do 13/02/2025 om 14u00 in Mortsel (Sociaal Huis)"},
        "remarks": ["(aan te vullen)"],
    }
    save(doc, exp)


# ---------------------------------------------------------------- 306
def r306():
    """CPAS de Liège (Mehdi Benali), writes the report of the network once a year; online on Webex with
    an interpretation channel. Roman-numbered titles as in the 2019 report, people on one paragraph
    with line breaks, agenda as bullets with '9.30' times, actions written in the running text
    ('Pour le SPP :', subject-owner sentences, 'responsable à définir'), provisional version line."""
    fn = "306_compte_rendu_visio_reseau_liege_janv2026.docx"
    doc = new_doc("Cambria", 11, 2.5)
    header_text(doc, "CPAS de Liège – Mod'Actions – FAMI", size=8, italic=True)
    footer_text(doc, TAG_FR + " / " + TAG_NL, page=True, size=7.5, italic=True)

    para(doc, "Version provisoire – les remarques des collègues néerlandophones doivent encore être ajoutées.",
         italic=True, color=RED, size=9.5)
    para(doc, "Réunion du réseau FAMI – visioconférence (Webex)", bold=True, size=15, space_after=0)
    para(doc, "Netwerkvergadering AMIF – videoconferentie", italic=True, size=11, color=GREY, space_after=0)
    para(doc, "Mardi 27 janvier 2026, de 9h30 à 12h00", size=11, space_after=0)
    para(doc, "Interprétation FR/NL via le canal d'interprétation de Webex (deux interprètes).", size=10,
         italic=True)

    p = doc.add_paragraph()
    fmt(p.add_run("Présents : "), bold=True)
    names = ["Mehdi Benali, CPAS de Liège", "Fabienne Collard, CPAS de Liège", "Joris Van Acker, SPP IS",
             "Amélie Renard, SPP IS", "Evelien De Smet, CPAS de Gand", "Bram Peeters, CPAS d'Anvers",
             "Geoffrey Deprez, CPAS de Bruxelles", "Samir Haddad, CPAS de Charleroi",
             "Dirk Lenaerts et Lucie Fontaine, interprètes"]
    for i, n in enumerate(names):
        r = p.add_run(n)
        if i < len(names) - 1:
            r.add_break()
    p2 = doc.add_paragraph()
    fmt(p2.add_run("Excusés : "), bold=True)
    r = p2.add_run("Christelle Lambot, CPAS de Binche")
    r.add_break()
    p2.add_run("Greet Van Dyck, CPAS de Schoten")

    para(doc, "Ordre du jour", bold=True, underline=True, space_after=2)
    for t in ["9.30 – 9.45 : Introduction", "9.45 – 10.45 : Tour des CPAS",
              "10.45 – 11.15 : Indicateurs de résultat 2025",
              "11.15 – 11.45 : Enquête de satisfaction : nouvelle version", "11.45 – 12.00 : Divers"]:
        para(doc, t, style="List Bullet", space_after=0)
    para(doc, "")

    def titre(t):
        para(doc, t, bold=True, size=12, color=RGBColor(0x7F, 0x00, 0x00), space_after=3)

    titre("I. Introduction")
    para(doc, "Joris ouvre la réunion et présente Amélie Renard, qui rejoint l'équipe FAMI du SPP. Il rappelle "
              "que les documents du projet doivent être conservés cinq ans à partir du 31 décembre de l'année "
              "du dernier paiement, et que les données personnelles ne peuvent pas être gardées plus "
              "longtemps que nécessaire.")
    titre("II. Tour des CPAS")
    para(doc, "Liège : 64 participants en 2025, trois contrats par participant comme avant. Claudine, qui "
              "menait les entretiens d'admission depuis le début, part à la retraite en mars ; son "
              "remplacement est en cours.")
    para(doc, "Gand : le guide d'accueil existe maintenant en anglais. Gand partagera son guide d'accueil "
              "traduit en anglais avec les autres CPAS.")
    para(doc, "Anvers : les partenaires Schoten, Edegem et Mortsel envoient leurs chiffres via Anvers ; "
              "la collaboration est stable.")
    para(doc, "Bruxelles : forte demande pour les groupes en néerlandais.")
    para(doc, "Charleroi : [chiffres 2025 à compléter]")
    titre("III. Indicateurs de résultat 2025")
    para(doc, "Le SPP présente les premiers résultats : la plupart des participants déclarent que l'activité "
              "les a aidés dans leur intégration. Pour les cours de langue, la progression d'au moins un niveau "
              "du CECR est difficile à mesurer pour les participants analphabètes.")
    runs(doc, [("Pour le SPP : ", {"bold": True}),
               "transmettre le calendrier de rapportage 2026 avant le 15 février."])
    para(doc, "Chaque CPAS vérifie les chiffres CECR de ses participants avant l'envoi.")
    titre("IV. Enquête de satisfaction : nouvelle version")
    para(doc, "La version illustrée testée à Gand et à Liège est bien comprise. Les équipes demandent "
              "surtout le tigrinya et le pachto, deux langues souvent parlées par les nouveaux participants.")
    para(doc, "Evelien et Mehdi finalisent la version illustrée de l'enquête pour le mois de mars.")
    para(doc, "Faire traduire l'enquête en tigrinya et en pachto – responsable à définir.")
    titre("V. Divers")
    para(doc, "Geoffrey envoie la date de la journée d'étude à Bruxelles dès qu'elle est fixée.")
    para(doc, "")
    para(doc, "Prochaine réunion : à fixer (en principe en mai 2026, en présentiel à Gand).", bold=True)
    para(doc, "Rédaction : Mehdi Benali (CPAS de Liège)", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)

    exp = {
        "file": fn, "languages": ["fr"], "online": True, "interpretation": True, "date": "2026-01-27",
        "people": [P("Mehdi Benali", "LIEGE"), P("Fabienne Collard", "LIEGE"), P("Joris Van Acker", "SPP"),
                   P("Amélie Renard", "SPP"), P("Evelien De Smet", "GENT"), P("Bram Peeters", "ANTWERPEN"),
                   P("Geoffrey Deprez", "BRUXELLES"), P("Samir Haddad", "CHARLEROI"), P("Dirk Lenaerts", None),
                   P("Lucie Fontaine", None), E("Christelle Lambot", "BINCHE"), E("Greet Van Dyck", "SCHOTEN")],
        "agenda": [["09:30", "09:45", "Introduction"], ["09:45", "10:45", "Tour des CPAS"],
                   ["10:45", "11:15", "Indicateurs de résultat 2025"],
                   ["11:15", "11:45", "Enquête de satisfaction : nouvelle version"],
                   ["11:45", "12:00", "Divers"]],
        "headings": [["I", "Introduction"], ["II", "Tour des CPAS"], ["III", "Indicateurs de résultat 2025"],
                     ["IV", "Enquête de satisfaction : nouvelle version"], ["V", "Divers"]],
        "actions": [["CPAS", [], "GENT", "Gand partagera son guide d'accueil traduit"],
                    ["SPP", [], None, "transmettre le calendrier de rapportage 2026"],
                    ["CPAS", [], None, "Chaque CPAS vérifie les chiffres CECR"],
                    ["Several Network Contacts", ["Evelien De Smet", "Mehdi Benali"], None,
                     "Evelien et Mehdi finalisent la version illustrée"],
                    ["To Be Assigned", [], None, "Faire traduire l'enquête en tigrinya"],
                    ["Network Contact", ["Geoffrey Deprez"], None, "Geoffrey envoie la date de la journée"]],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion : à fixer (en principe en mai 2026, en présentiel à Gand)."},
        "remarks": ["Version provisoire – les remarques des collègues néerlandophones doivent encore être ajoutées.",
                    "[chiffres 2025 à compléter]"],
    }
    save(doc, exp)


if __name__ == "__main__":
    for f in (r297, r298, r299, r300, r301, r302, r303, r304, r305, r306):
        f()
    print("done")
