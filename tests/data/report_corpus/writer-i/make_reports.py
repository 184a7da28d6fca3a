# -*- coding: utf-8 -*-
"""Makes reports 97-106 of the AMIF network (writer-i) with python-docx.

One function per report. Each function builds the .docx and holds the expected dict as a literal,
typed from the text written in that same function. Run:
    python make_reports.py            -> writes the .docx files only
    python make_reports.py --expected -> also writes the .expected.json files (done once, then frozen)
"""
import json
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
WRITE_EXPECTED = "--expected" in sys.argv

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
NLBLUE = RGBColor(0x2E, 0x54, 0x96)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x56, 0x23)


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def fmt(run, bold=False, italic=False, underline=False, color=None, size=None, caps=False):
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if underline:
        run.underline = True
    if color is not None:
        run.font.color.rgb = color
    if size:
        run.font.size = Pt(size)
    if caps:
        run.font.all_caps = True
    return run


def P(d, text="", style=None, align=None, after=None, before=None, indent=None, **kw):
    """One paragraph; text may be a str or a list of (str, dict) parts."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if isinstance(text, str):
        if text:
            fmt(p.add_run(text), **kw)
    else:
        for part in text:
            if isinstance(part, str):
                p.add_run(part)
            else:
                fmt(p.add_run(part[0]), **part[1])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def H(d, text, level=1, color=None):
    h = d.add_heading(text, level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def cell_write(cell, text, first=True, **kw):
    """Write text into a cell: the first paragraph is reused, later ones are added."""
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    if isinstance(text, str):
        fmt(p.add_run(text), **kw)
    else:
        for part in text:
            if isinstance(part, str):
                p.add_run(part)
            else:
                fmt(p.add_run(part[0]), **part[1])
    return p


def cell_lines(cell, lines, **kw):
    for i, line in enumerate(lines):
        cell_write(cell, line, first=(i == 0), **kw)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(d, rows, header=True, style="Table Grid", widths=None, fill="D9D9D9", size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, (list, tuple)) and val and all(isinstance(x, str) for x in val):
                cell_lines(c, val, bold=(header and i == 0), size=size)
            else:
                cell_write(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def add_field(paragraph, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_footer(d, header=None, footer=None, page=False, header_kw=None, footer_kw=None, page_prefix=""):
    s = d.sections[0]
    if header is not None:
        hp = s.header.paragraphs[0]
        fmt(hp.add_run(header), **(header_kw or {}))
    if footer is not None or page:
        fp = s.footer.paragraphs[0]
        if footer:
            fmt(fp.add_run(footer), **(footer_kw or {"size": 8, "color": GREY}))
        if page:
            fmt(fp.add_run(page_prefix), size=8, color=GREY)
            add_field(fp, "PAGE")


def save(d, expected):
    name = expected["file"]
    d.save(os.path.join(HERE, name))
    if WRITE_EXPECTED:
        with open(os.path.join(HERE, name[:-5] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", name)


# ---------------------------------------------------------------- 97
def report_97():
    """Charleroi coordinator (Véronique Dumont) types her notes in haste the day after. FR, 2016."""
    d = new_doc("Arial", 10)
    header_footer(d, header="CPAS de Charleroi – Service Action Migrants",
                  header_kw={"size": 8, "color": GREY},
                  footer="Notes V. Dumont – version du 14/10/2016 – à relire")
    P(d, "Réunion réseau FAMI – CPAS", bold=True, size=14, after=2)
    P(d, "Jeudi 13 octobre 2016, CPAS de Charleroi (Service Action Migrants, salle du 2e)", after=2)
    P(d, "Notes : Véronique (tapé vite fait, corrections bienvenues)", italic=True, color=GREY)
    P(d, [("Présents : ", {"bold": True}),
          "SPP IS : Sophie Lambrechts, Pieter Van Damme – Gand : Koen Verhaeghe, Lies De Smet – "
          "Liège : Marc Lejeune, Fatima Benali – Anvers : Hilde Peeters – Bruxelles : Laurence Vandenbroeck – "
          "Charleroi : Véronique Dumont, Karim Haddad, Aurélie Lecomte"])
    P(d, [("Excusés : ", {"bold": True}), "Christine Hubert (Binche), Bart Janssens (Anvers)"])
    P(d, "On commence vers 9h45 (bouchons sur le ring). Mot d’accueil de Véronique, puis Sophie rappelle le but "
         "des rencontres : échanger entre CPAS sur ce qui marche et ce qui ne marche pas, ce n’est pas un contrôle "
         "du SPP. Ordre du jour proposé : tour de table des projets, présentation d’Activ’Up, recrutement des "
         "participants, questions au SPP sur le rapportage, divers. Ok pour tout le monde.", before=6)

    P(d, "1. Tour de table", bold=True, underline=True, before=8)
    for t in ["Gand : projet démarré en mars, 2 groupes. Surtout des femmes, bcp de personnes analphabètes. "
              "Travail avec des médiateurs interculturels, ça marche bien.",
              "Liège : Mod’Actions, entretien d’admission + bilan d’orientation pour chaque nouveau, 3 contrats "
              "par participant (AS, admission, module). Marc : « le contrat aide pour la ponctualité ».",
              "Anvers : 42 inscrits au module 1, partenariats avec Schoten/Edegem/Mortsel en préparation.",
              "Bruxelles : démarrage en septembre, nombre de participants [chiffres à venir]",
              "Charleroi : voir point 2."]:
        P(d, t, style="List Bullet")

    P(d, "2. Présentation d’Activ’Up", bold=True, underline=True, before=8)
    P(d, "Karim présente le projet (PowerPoint envoyé avec ce CR) : 3 axes – individuel (coaching 1x/2 semaines), "
         "collectif (ateliers découvertes 1x/semaine, séances d’info 1x/semaine, coaching collectif 1x/mois, "
         "sorties socio-culturelles), suivi social sur RDV. Module 1 de sept 2015 à juin 2016, module 2 en cours.")
    P(d, "Questions : Gand demande comment on garde les gens motivés sur 10 mois → importance des sorties et du "
         "groupe. Hilde demande si les cours de FLE sont dans le FAMI : non, subside PCS (Région wallonne).")
    P(d, "Karim va envoyer la liste des thèmes des séances d’info à tout le monde.")

    P(d, "3. Recrutement des participants", bold=True, underline=True, before=8)
    P(d, "Gros sujet. A Charleroi : listing de plus de 1000 personnes avec l’observatoire, 315 retenues par les AS "
         "pour le module 1, 110 venues à la séance d’info (35 %). Beaucoup d’énergie pour peu de monde. Liège : "
         "recrutement via les AS des antennes, inscriptions possibles toute l’année. Gand : pas de listing, "
         "bouche-à-oreille + médiateurs.")
    P(d, "→ Chaque CPAS envoie ses chiffres de recrutement (listés / invités / venus) à Sophie avant la prochaine "
         "réunion, pour pouvoir comparer.")
    P(d, "Marc transmettra le canevas du bilan d’orientation à Koen et Hilde.")

    P(d, "4. Questions au SPP", bold=True, underline=True, before=8)
    P(d, "Rapport intermédiaire : plusieurs CPAS ne savent pas quoi mettre dans les indicateurs (nombre de "
         "participants ? de séances ?). Sophie explique que le modèle vient de l’autorité responsable FAMI, le SPP "
         "ne peut pas le changer mais peut l’expliquer.")
    P(d, "Le SPP enverra le nouveau modèle de rapport intermédiaire avant le 31 octobre, avec une note explicative.")
    P(d, "Question de Lies sur les frais d’interprètes sociaux (éligibles ou pas ?) : Pieter vérifie et revient "
         "vers nous.")

    P(d, "5. Divers :", bold=True, underline=True, before=8)
    P(d, "- Idée de visiter les ateliers de Gand au printemps. Organisation de la visite des ateliers à Gand : "
         "à définir.")
    P(d, "- Aurélie signale que la salle sera en travaux en décembre.")
    P(d, "NB : la liste des présents est à compléter (une collègue de Liège est arrivée après la pause, je n’ai "
         "pas noté son nom).", italic=True, color=RED, before=6)
    P(d, "Prochaine réunion : fin janvier 2017 à Gand.", bold=True, before=6)

    expected = {
        "file": "97_reunion_charleroi_2016.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-13",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "GENT"],
            ["Lies De Smet", "Present", "GENT"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Fatima Benali", "Present", "LIEGE"],
            ["Hilde Peeters", "Present", "ANTWERPEN"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Véronique Dumont", "Present", "CHARLEROI"],
            ["Karim Haddad", "Present", "CHARLEROI"],
            ["Aurélie Lecomte", "Present", "CHARLEROI"],
            ["Christine Hubert", "Excused", "BINCHE"],
            ["Bart Janssens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["", "", "tour de table des projets"],
            ["", "", "présentation d’Activ’Up"],
            ["", "", "recrutement des participants"],
            ["", "", "questions au SPP sur le rapportage"],
            ["", "", "divers"],
        ],
        "headings": [
            ["1", "Tour de table"],
            ["2", "Présentation d’Activ’Up"],
            ["3", "Recrutement des participants"],
            ["4", "Questions au SPP"],
            ["5", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Karim Haddad"], None, "Karim va envoyer la liste des thèmes"],
            ["CPAS", [], None, "Chaque CPAS envoie ses chiffres de recrutement"],
            ["Network Contact", ["Marc Lejeune"], None, "Marc transmettra le canevas du bilan d’orientation"],
            ["SPP", [], None, "Le SPP enverra le nouveau modèle"],
            ["Network Contact", ["Pieter Van Damme"], None, "Pieter vérifie et revient vers nous"],
            ["To Be Assigned", [], None, "Organisation de la visite des ateliers"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : fin janvier 2017 à Gand."},
        "remarks": [
            "Bruxelles : démarrage en septembre, nombre de participants [chiffres à venir]",
            "NB : la liste des présents est à compléter (une collègue de Liège est arrivée après la pause, je n’ai pas noté son nom).",
        ],
    }
    save(d, expected)


# ---------------------------------------------------------------- 98
def report_98():
    """Team leader of OCMW Schoten (Gert Van Looy) writes the minutes at OCMW Antwerpen. NL, 2017."""
    d = new_doc("Calibri", 11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt(hdr.add_run("OCMW Schoten – Sociale Dienst"), size=9, color=GREY)
    header_footer(d, footer="Verslag netwerk AMIF 21/03/2017 – opgemaakt door Gert Van Looy (OCMW Schoten) – blz. ",
                  page=True)
    P(d, "Verslag netwerkvergadering AMIF-projecten OCMW's", bold=True, size=15, color=BLUE, after=4)
    P(d, [("Datum: ", {"bold": True}), "dinsdag 21 maart 2017, 10u00 – 14u00"], after=0)
    P(d, [("Plaats: ", {"bold": True}), "OCMW Antwerpen, vergaderzaal 3de verdieping"], after=0)
    P(d, [("Verslag: ", {"bold": True}), "Gert Van Looy (OCMW Schoten)"])

    P(d, "Aanwezig", bold=True, after=0)
    for t in ["Sophie Lambrechts, POD Maatschappelijke Integratie",
              "Pieter Van Damme, POD Maatschappelijke Integratie",
              "Hilde Peeters, OCMW Antwerpen",
              "Bart Janssens, OCMW Antwerpen",
              "Elif Yilmaz, OCMW Antwerpen",
              "Gert Van Looy, OCMW Schoten",
              "Sarah Mertens, OCMW Schoten",
              "Ann Verbruggen, OCMW Edegem",
              "Evi Smets, OCMW Mortsel",
              "Koen Verhaeghe, OCMW Gent",
              "Laurence Vandenbroeck, OCMW Brussel"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Verontschuldigd", bold=True, after=0, before=6)
    for t in ["Lies De Smet, OCMW Gent",
              "Marc Lejeune, OCMW Luik",
              "Véronique Dumont, OCMW Charleroi"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Afkortingen in de actiepunten: HP = Hilde Peeters, GVL = Gert Van Looy, SL = Sophie Lambrechts.",
      italic=True, size=9, before=6)

    P(d, "Agenda", bold=True, before=6)
    table(d, [["Uur", "Onderwerp"],
              ["10u00 – 10u15", "Onthaal en koffie"],
              ["10u15 – 11u00", "Voorstelling AMIF-project OCMW Antwerpen"],
              ["11u00 – 11u45", "Samenwerking met de partner-OCMW's (Schoten, Edegem, Mortsel)"],
              ["11u45 – 12u30", "Tevredenheidsenquête: eerste ervaringen"],
              ["12u30 – 13u15", "Broodjeslunch"],
              ["13u15 – 14u00", "Varia en volgende vergadering"]],
          widths=[3.2, 12.5], fill="DEEAF6")

    H(d, "Welkom", 2)
    P(d, "Hilde heet iedereen welkom in Antwerpen. Korte voorstellingsronde, want er zijn een aantal nieuwe "
         "gezichten (partner-OCMW's). Sophie overloopt de agenda, geen opmerkingen. Omdat Luik en Charleroi "
         "verontschuldigd zijn, verloopt de vergadering in het Nederlands.")

    H(d, "Voorstelling AMIF-project OCMW Antwerpen", 2)
    P(d, "Bart en Elif stellen het project voor. Doelgroep: nieuwkomers met een leefloon, vaak laaggeletterd, die "
         "nog niet klaar zijn voor een traject naar werk. Intake door de trajectbegeleider, daarna een individueel "
         "traject met groepsmodules (taalactivering, digitale vaardigheden, 'wegwijs in Antwerpen'). Op dit moment "
         "38 deelnemers, waarvan 24 vrouwen.")
    P(d, "Elif benadrukt het belang van sociaal tolken bij het intakegesprek.")
    P(d, "Vraag van Koen: hoe wordt de aanwezigheid opgevolgd? Antwoord: aanwezigheidslijst per sessie, bij drie "
         "keer onverwittigd afwezig volgt een gesprek met de maatschappelijk werker.")

    H(d, "Samenwerking met de partner-OCMW's", 2)
    P(d, "Schoten, Edegem en Mortsel stappen als partner mee in het project van Antwerpen. De deelnemers van de "
         "partners volgen de groepsmodules in Antwerpen, het individuele luik blijft bij het eigen OCMW. "
         "Praktische knelpunten:")
    for t in ["verplaatsing: het De Lijn-abonnement wordt niet overal terugbetaald",
              "elke partner heeft een eigen samenwerkingsovereenkomst, met verschillende afspraken",
              "privacy: de partners willen weten hoe het met hun deelnemers gaat, maar enkel het eigen OCMW ziet "
              "de persoonsgegevens"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Sophie herinnert eraan dat elk OCMW eigenaar blijft van de gegevens van zijn deelnemers.", before=6)
    P(d, "Aantal doorverwezen deelnemers tot nu toe: Schoten 6.")
    P(d, "Opmerking: cijfers Edegem en Mortsel nog aan te vullen.", italic=True)

    H(d, "Tevredenheidsenquête", 2)
    P(d, "De eerste ervaringen met de enquête van het POD zijn gemengd. De vragen zijn te abstract voor de "
         "doelgroep ('in welke mate voldoet de module aan uw verwachtingen?'). Veel deelnemers hebben hulp nodig "
         "bij het invullen. Vraag naar een versie in het Arabisch, Farsi en Engels. Laurence: in Brussel wordt de "
         "enquête mondeling afgenomen, samen met een begeleider.")

    H(d, "Varia", 2)
    P(d, "Gent nodigt iedereen uit voor een bezoek aan hun ateliers, datum later. Idee van een gezamenlijke folder "
         "voor de maatschappelijk werkers die doorverwijzen: iedereen vindt het een goed idee.")

    H(d, "Actiepunten", 2)
    for t in ["HP: bezorgt de presentatie aan alle aanwezigen.",
              "GVL en Evi: samenwerkingsovereenkomsten van de partners naast elkaar leggen (tegen eind april).",
              "POD: navragen of vertaalkosten voor de enquête subsidiabel zijn.",
              "Alle OCMW's: enquête testen bij een vijftal deelnemers en feedback sturen naar SL.",
              "Elif: lijst met sociaal tolken die Antwerpen gebruikt doorsturen.",
              "Gezamenlijke folder voor de doorverwijzers uitwerken – trekker nog te bepalen."]:
        P(d, t, style="List Bullet", after=2)

    P(d, [("Volgende vergadering: dinsdag 20 juni 2017 in Luik (onder voorbehoud).", {"bold": True})], before=10)

    expected = {
        "file": "98_netwerkvergadering_antwerpen_2017.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-21",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Hilde Peeters", "Present", "ANTWERPEN"],
            ["Bart Janssens", "Present", "ANTWERPEN"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Gert Van Looy", "Present", "SCHOTEN"],
            ["Sarah Mertens", "Present", "SCHOTEN"],
            ["Ann Verbruggen", "Present", "EDEGEM"],
            ["Evi Smets", "Present", "MORTSEL"],
            ["Koen Verhaeghe", "Present", "GENT"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Lies De Smet", "Excused", "GENT"],
            ["Marc Lejeune", "Excused", "LIEGE"],
            ["Véronique Dumont", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:15", "Onthaal en koffie"],
            ["10:15", "11:00", "Voorstelling AMIF-project OCMW Antwerpen"],
            ["11:00", "11:45", "Samenwerking met de partner-OCMW's (Schoten, Edegem, Mortsel)"],
            ["11:45", "12:30", "Tevredenheidsenquête: eerste ervaringen"],
            ["12:30", "13:15", "Broodjeslunch"],
            ["13:15", "14:00", "Varia en volgende vergadering"],
        ],
        "headings": [
            ["", "Welkom"],
            ["", "Voorstelling AMIF-project OCMW Antwerpen"],
            ["", "Samenwerking met de partner-OCMW's"],
            ["", "Tevredenheidsenquête"],
            ["", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Hilde Peeters"], None, "bezorgt de presentatie aan alle aanwezigen"],
            ["Several Network Contacts", ["Gert Van Looy", "Evi Smets"], None,
             "samenwerkingsovereenkomsten van de partners naast elkaar leggen"],
            ["SPP", [], None, "navragen of vertaalkosten voor de enquête"],
            ["CPAS", [], None, "enquête testen bij een vijftal deelnemers"],
            ["Network Contact", ["Elif Yilmaz"], None, "lijst met sociaal tolken die Antwerpen gebruikt"],
            ["To Be Assigned", [], None, "Gezamenlijke folder voor de doorverwijzers uitwerken"],
        ],
        "next_meeting": {"date": "2017-06-20",
                         "text": "Volgende vergadering: dinsdag 20 juni 2017 in Luik (onder voorbehoud)."},
        "remarks": ["Opmerking: cijfers Edegem en Mortsel nog aan te vullen."],
    }
    save(d, expected)


# ---------------------------------------------------------------- 99
def report_99():
    """Intern at the SPP (Manon Delhaye) writes a side-by-side FR | NL report of a meeting at the SPP
    with whispered interpretation. 2018."""
    d = new_doc("Calibri", 10, margins=1.8)
    header_footer(d, header="SPP Intégration Sociale | POD Maatschappelijke Integratie",
                  header_kw={"bold": True, "size": 9, "color": BLUE},
                  footer="Vers une politique de migration plus intégrée, grâce au FAMI – "
                         "Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                  footer_kw={"italic": True, "size": 8, "color": GREY})
    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=14, align="center", after=2)
    P(d, "7 juin 2018 – 7 juni 2018", bold=True, align="center", after=2)
    P(d, "SPP Intégration Sociale, Bruxelles – POD Maatschappelijke Integratie, Brussel (salle 4.05)",
      align="center", after=2)
    P(d, "Interprétation chuchotée FR/NL : Anne-Sophie Maes et Wim Deprez – Fluistertolken FR/NL: Anne-Sophie Maes "
         "en Wim Deprez", italic=True, align="center", size=9)

    P(d, "Présents – Aanwezig", bold=True, before=6)
    table(d, [["Nom – Naam", "Organisation – Organisatie"],
              ["Sophie Lambrechts", "SPP IS – POD MI"],
              ["Pieter Van Damme", "SPP IS – POD MI"],
              ["Manon Delhaye", "SPP IS (stagiaire, prise de notes)"],
              ["Koen Verhaeghe", "CPAS Gand – OCMW Gent"],
              ["Marc Lejeune", "CPAS Liège – OCMW Luik"],
              ["Julie Gérard", "CPAS Liège – OCMW Luik"],
              ["Véronique Dumont", "CPAS Charleroi – OCMW Charleroi"],
              ["Karim Haddad", "CPAS Charleroi – OCMW Charleroi"],
              ["Bart Janssens", "CPAS Anvers – OCMW Antwerpen"],
              ["Gert Van Looy", "CPAS Schoten – OCMW Schoten"],
              ["Laurence Vandenbroeck", "CPAS Bruxelles – OCMW Brussel"],
              ["Anne-Sophie Maes", "interprète – tolk"],
              ["Wim Deprez", "interprète – tolk"]],
          widths=[5.5, 11.5], size=9)
    P(d, [("Excusés – Verontschuldigd : ", {"bold": True}),
          "Hilde Peeters (OCMW Antwerpen), Christine Hubert (CPAS Binche)"], before=6)

    P(d, "Ordre du jour – Agenda", bold=True, before=6, after=2)
    for t in ["9h30 – 10h00\tAccueil / Onthaal",
              "10h00 – 11h00\tTour de table des CPAS / Rondetafel van de OCMW's",
              "11h00 – 11h15\tPause",
              "11h15 – 12h15\tIndicateurs et rapportage annuel / Indicatoren en jaarlijkse rapportering",
              "12h15 – 13h00\tLunch",
              "13h00 – 14h30\tAtelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête",
              "14h30\tConclusions / Besluiten"]:
        p = P(d, t, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))

    P(d, "", after=4)
    sections = [
        ("I. Tour de table – Rondetafel",
         ["Chaque CPAS présente brièvement l'état de son projet.",
          "Gand : 2 groupes en cours, 31 participants. Les médiateurs interculturels restent la clé pour le contact "
          "avec les familles.",
          "Liège : Mod'Actions tourne bien ; l'atelier créatif a réalisé un film avec les participants. Les "
          "inscriptions restent ouvertes toute l'année.",
          "Charleroi : le module 3 d'Activ'Up démarre en septembre. Le recrutement via les antennes sociales reste "
          "lourd.",
          "Anvers et Schoten : les participants de Schoten suivent les modules collectifs à Anvers ; le transport "
          "reste un problème.",
          "Bruxelles : beaucoup de participants très peu scolarisés ; le groupe d'alphabétisation est complet."],
         ["Elk OCMW geeft een korte stand van zaken van zijn project.",
          "Gent: 2 groepen lopen, 31 deelnemers. De intercultureel bemiddelaars blijven de sleutel voor het contact "
          "met de gezinnen.",
          "Luik: Mod'Actions loopt goed; het creatieve atelier maakte een film met de deelnemers. Inschrijven kan "
          "het hele jaar door.",
          "Charleroi: module 3 van Activ'Up start in september. De rekrutering via de sociale antennes blijft zwaar.",
          "Antwerpen en Schoten: de deelnemers uit Schoten volgen de groepsmodules in Antwerpen; het vervoer blijft "
          "een probleem.",
          "Brussel: veel deelnemers met zeer weinig scholing; de alfabetiseringsgroep is volzet."]),
        ("II. Indicateurs et rapportage – Indicatoren en rapportering",
         ["Pieter présente la fiche indicateurs pour le rapport annuel 2017. On compte les participants uniques, pas "
          "les présences : un participant qui suit deux modules compte une fois.",
          "Question de Marc : comment compter les personnes qui abandonnent après l'entretien d'admission ? "
          "Réponse : elles comptent si le contrat est signé.",
          "La fiche définitive suivra (voir tableau des actions)."],
         ["Pieter stelt de indicatorenfiche voor het jaarverslag 2017 voor. We tellen unieke deelnemers, geen "
          "aanwezigheden: een deelnemer die twee modules volgt, telt één keer.",
          "Vraag van Marc: hoe tellen we mensen die afhaken na het intakegesprek? Antwoord: ze tellen mee als het "
          "contract getekend is.",
          "De definitieve fiche volgt (zie actietabel)."]),
        ("III. Atelier enquête de satisfaction – Workshop tevredenheidsenquête",
         ["En petits groupes, nous avons relu l'enquête question par question. Constats :",
          "- trop de mots abstraits (« attentes », « objectifs », « satisfaction »)",
          "- l'échelle de 1 à 5 n'est pas comprise : proposer des smileys",
          "- besoin de versions en arabe, dari, tigrinya et anglais",
          "- l'enquête devrait être remplie avec une personne de confiance, pas avec l'animateur du module",
          "Karim a montré une version avec pictogrammes utilisée à Charleroi, très appréciée."],
         ["[vertaling volgt]"]),
        ("IV. Conclusions et suites – Besluiten en vervolg",
         ["Sophie remercie les interprètes et les participants. Les actions sont reprises ci-dessous."],
         ["Sophie bedankt de tolken en de deelnemers. De acties staan hieronder."]),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_write(t.cell(0, 0), "Français", bold=True)
    cell_write(t.cell(0, 1), "Nederlands", bold=True)
    shade(t.cell(0, 0), "DEEAF6")
    shade(t.cell(0, 1), "DEEAF6")
    for title, fr, nl in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_write(m, title, bold=True, color=BLUE)
        shade(m, "F2F2F2")
        row = t.add_row()
        cell_lines(row.cells[0], fr)
        cell_lines(row.cells[1], nl, italic=(nl == ["[vertaling volgt]"]),
                   color=(RED if nl == ["[vertaling volgt]"] else None))

    P(d, "Actions – Acties", bold=True, before=10)
    table(d, [["Qui – Wie", "Quoi – Wat", "Quand – Wanneer"],
              ["SPP IS – POD MI", "Envoyer la fiche indicateurs définitive – Definitieve indicatorenfiche bezorgen",
               "30/06/2018"],
              ["Karim Haddad", "Proposer une version simplifiée de l'enquête avec pictogrammes – Vereenvoudigde "
                               "versie van de enquête met pictogrammen voorstellen", "septembre – september"],
              ["Julie Gérard, Koen Verhaeghe", "Faire traduire l'enquête (arabe, dari, tigrinya) – De enquête laten "
                                               "vertalen (Arabisch, Dari, Tigrinya)", "septembre – september"],
              ["Tous les CPAS – Alle OCMW's", "Transmettre les chiffres 2017 par module – Cijfers 2017 per module "
                                              "bezorgen", "15/07/2018"],
              ["À définir – Nog te bepalen", "Organiser la visite du projet de Gand – Bezoek aan het project in Gent "
                                             "organiseren", "automne – najaar"]],
          widths=[4.0, 9.5, 3.5], size=9)
    P(d, [("Prochaine réunion – Volgende bijeenkomst : ", {"bold": True}), "octobre 2018 à Gand – oktober 2018 in Gent"],
      before=10)

    expected = {
        "file": "99_rencontre_spp_bilingue_2018.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2018-06-07",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Manon Delhaye", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "GENT"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Julie Gérard", "Present", "LIEGE"],
            ["Véronique Dumont", "Present", "CHARLEROI"],
            ["Karim Haddad", "Present", "CHARLEROI"],
            ["Bart Janssens", "Present", "ANTWERPEN"],
            ["Gert Van Looy", "Present", "SCHOTEN"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Anne-Sophie Maes", "Present", None],
            ["Wim Deprez", "Present", None],
            ["Hilde Peeters", "Excused", "ANTWERPEN"],
            ["Christine Hubert", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil / Onthaal"],
            ["10:00", "11:00", "Tour de table des CPAS / Rondetafel van de OCMW's"],
            ["11:00", "11:15", "Pause"],
            ["11:15", "12:15", "Indicateurs et rapportage annuel / Indicatoren en jaarlijkse rapportering"],
            ["12:15", "13:00", "Lunch"],
            ["13:00", "14:30", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"],
            ["14:30", "", "Conclusions / Besluiten"],
        ],
        "headings": [
            ["I", "Tour de table – Rondetafel"],
            ["II", "Indicateurs et rapportage – Indicatoren en rapportering"],
            ["III", "Atelier enquête de satisfaction – Workshop tevredenheidsenquête"],
            ["IV", "Conclusions et suites – Besluiten en vervolg"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer la fiche indicateurs définitive"],
            ["Network Contact", ["Karim Haddad"], None, "Proposer une version simplifiée de l'enquête"],
            ["Several Network Contacts", ["Julie Gérard", "Koen Verhaeghe"], None,
             "Faire traduire l'enquête (arabe, dari, tigrinya)"],
            ["CPAS", [], None, "Transmettre les chiffres 2017 par module"],
            ["To Be Assigned", [], None, "Organiser la visite du projet de Gand"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion – Volgende bijeenkomst : octobre 2018 à Gand – oktober 2018 in Gent"},
        "remarks": ["[vertaling volgt]"],
    }
    save(d, expected)


# ---------------------------------------------------------------- 100
def report_100():
    """Team leader of CPAS Binche (Christine Hubert) writes the report of the meeting her CPAS hosted. FR, 2019."""
    d = new_doc("Calibri", 11)
    hp = d.sections[0].header.paragraphs[0]
    fmt(hp.add_run("CPAS de Binche"), bold=True, size=10, color=GREEN)
    hp.add_run("\t\t")
    fmt(hp.add_run("Réseau FAMI"), size=9, color=GREY)
    header_footer(d, footer="CR réunion réseau FAMI – 26/11/2019 – p. ", page=True)

    P(d, "COMPTE RENDU – RÉUNION DU RÉSEAU FAMI", bold=True, size=14, align="center", after=2)
    P(d, "Mardi 26 novembre 2019 – CPAS de Binche, salle du Conseil", align="center", after=2)
    P(d, "Rédaction : Christine Hubert, cheffe d’équipe", italic=True, align="center", size=9)

    P(d, "Participants", bold=True, underline=True, before=6)
    table(d, [["Organisation", "Présent(e)s", "Excusé(e)s"],
              ["SPP Intégration Sociale", "Sophie Lambrechts", "Pieter Van Damme"],
              ["CPAS de Charleroi", "Véronique Dumont, Samira Tahiri", "–"],
              ["CPAS de Binche", "Christine Hubert, Jérôme Delvaux", "–"],
              ["CPAS de Liège", "Fatima Benali, Grégory Piron", "–"],
              ["CPAS de Gand", "Lies De Smet", "Koen Verhaeghe"],
              ["CPAS d’Anvers", "Elif Yilmaz", "–"],
              ["CPAS de Bruxelles", "Laurence Vandenbroeck, Mehdi Amrani", "–"],
              ["CPAS de Mortsel", "–", "Evi Smets"]],
          widths=[5.0, 7.0, 4.5], fill="E2EFD9")

    P(d, "Ordre du jour", bold=True, underline=True, before=8)
    for t in ["Mot d’accueil de la Présidente du CPAS de Binche",
              "Le partenariat Charleroi – Binche : bilan",
              "Retour sur les modules 2018-2019",
              "Les sorties socio-culturelles : bonnes pratiques",
              "Divers"]:
        P(d, t, style="List Number", after=0)

    H(d, "A. Accueil", 1, color=GREEN)
    P(d, "La Présidente du CPAS souhaite la bienvenue au réseau et rappelle que c’est la première fois que Binche "
         "accueille la rencontre. Café, viennoiseries. Petit tour de présentation.")

    H(d, "B. Partenariat Charleroi – Binche", 1, color=GREEN)
    P(d, "Véronique et moi faisons le bilan du partenariat. Les participants de Binche suivent le coaching "
         "individuel à Binche (avec Jérôme, une fois toutes les deux semaines) et les ateliers collectifs à "
         "Charleroi le jeudi.", align="justify")
    P(d, [("Points forts : ", {"bold": True}),
          "les participants sortent de Binche, découvrent une grande ville, créent des liens avec ceux de Charleroi."])
    P(d, [("Points à améliorer : ", {"bold": True}),
          "le trajet en bus (plus d’une heure), les horaires qui changent au dernier moment, la communication entre "
          "les deux équipes."])

    H(d, "C. Tour des CPAS : modules 2018-2019", 1, color=GREEN)
    for t in ["Liège : 3 modules, taux de présence moyen de 78 %. Fatima insiste sur le bilan d’orientation : il "
              "évite d’envoyer les gens dans un module qui ne leur convient pas.",
              "Gand : Lies explique le système de binômes entre anciens et nouveaux participants.",
              "Anvers : groupes mixtes ; les partenaires (Schoten, Edegem, Mortsel) envoient moins de monde que prévu.",
              "Bruxelles : Mehdi présente le nouveau module « Se débrouiller à Bruxelles ». Remarque : les chiffres de "
              "Bruxelles sont à compléter.",
              "Charleroi : 2 modules terminés ; Samira présentera le bilan du module 2 à la prochaine réunion."]:
        P(d, t, style="List Bullet", after=2)

    H(d, "D. Sorties socio-culturelles", 1, color=GREEN)
    P(d, "Échange de bonnes pratiques. Liège : une sortie par mois (musée, théâtre, marché de Noël), préparée en "
         "atelier la semaine avant. Charleroi : utilisation des tickets Article 27. Gand : les participants "
         "choisissent eux-mêmes une sortie sur trois. Tout le monde constate que les sorties sont souvent le moment "
         "où le groupe se forme.", align="justify")
    P(d, "NB : cette partie sera complétée avec la liste des lieux envoyée par Liège.", italic=True, color=RED)

    H(d, "E. Divers", 1, color=GREEN)
    P(d, "Le SPP rappelle que le rapport annuel est à rendre pour le 28 février. Jérôme demande si quelqu’un a de "
         "l’expérience avec des participants en situation de handicap physique : on en reparlera en mars.")

    H(d, "À faire", 1, color=GREEN)
    for t in ["Envoyer le calendrier des sorties 2020 à tous les CPAS (Jérôme)",
              "Partager la convention de partenariat type (CPAS Charleroi)",
              "Vérifier si les tickets Article 27 peuvent être pris en charge par le FAMI (SPP)",
              "Faire un relevé des musées gratuits le 1er dimanche du mois (Fatima et Grégory)",
              "Compléter le tableau des présences 2019 (tous les CPAS)"]:
        P(d, t, style="List Bullet", after=2)

    P(d, [("Prochaine rencontre : ", {"bold": True}), "jeudi 12 mars 2020 au CPAS de Bruxelles."], before=10)

    expected = {
        "file": "100_reunion_binche_2019.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-26",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Véronique Dumont", "Present", "CHARLEROI"],
            ["Samira Tahiri", "Present", "CHARLEROI"],
            ["Christine Hubert", "Present", "BINCHE"],
            ["Jérôme Delvaux", "Present", "BINCHE"],
            ["Fatima Benali", "Present", "LIEGE"],
            ["Grégory Piron", "Present", "LIEGE"],
            ["Lies De Smet", "Present", "GENT"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Pieter Van Damme", "Excused", "SPP"],
            ["Koen Verhaeghe", "Excused", "GENT"],
            ["Evi Smets", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["", "", "Mot d’accueil de la Présidente du CPAS de Binche"],
            ["", "", "Le partenariat Charleroi – Binche : bilan"],
            ["", "", "Retour sur les modules 2018-2019"],
            ["", "", "Les sorties socio-culturelles : bonnes pratiques"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "Partenariat Charleroi – Binche"],
            ["C", "Tour des CPAS : modules 2018-2019"],
            ["D", "Sorties socio-culturelles"],
            ["E", "Divers"],
            ["", "À faire"],
        ],
        "actions": [
            ["Network Contact", ["Samira Tahiri"], None, "Samira présentera le bilan du module 2"],
            ["Network Contact", ["Jérôme Delvaux"], None, "Envoyer le calendrier des sorties 2020"],
            ["CPAS", [], "CHARLEROI", "Partager la convention de partenariat type"],
            ["SPP", [], None, "Vérifier si les tickets Article 27"],
            ["Several Network Contacts", ["Fatima Benali", "Grégory Piron"], None,
             "Faire un relevé des musées gratuits"],
            ["CPAS", [], None, "Compléter le tableau des présences 2019"],
        ],
        "next_meeting": {"date": "2020-03-12", "text": "Prochaine rencontre : jeudi 12 mars 2020 au CPAS de Bruxelles."},
        "remarks": [
            "Remarque : les chiffres de Bruxelles sont à compléter.",
            "NB : cette partie sera complétée avec la liste des lieux envoyée par Liège.",
        ],
    }
    save(d, expected)


# ---------------------------------------------------------------- 101
def report_101():
    """Intern at OCMW Gent (Ruben Declercq) writes the report of the first online (Zoom) meeting. NL, 2020."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Gent – AMIF-project", header_kw={"size": 9, "color": GREY},
                  footer="Verslag: Ruben Declercq (stagiair) – nagelezen door Koen Verhaeghe")
    P(d, "Verslag online netwerkvergadering AMIF", style="Title")
    P(d, "Donderdag 14 mei 2020, 10u00 – 12u00, via Zoom", bold=True)
    P(d, "De link werd door het POD doorgestuurd. Iedereen had de camera aan, behalve wie een slechte verbinding had.",
      italic=True, size=10)

    P(d, "Aanwezig (online):", bold=True, after=0)
    for t in ["Sophie Lambrechts (POD MI)",
              "Pieter Van Damme (POD MI)",
              "Koen Verhaeghe (OCMW Gent)",
              "Annelies Goossens (OCMW Gent)",
              "Ruben Declercq (OCMW Gent, stagiair, verslag)",
              "Hilde Peeters (OCMW Antwerpen)",
              "Ann Verbruggen (OCMW Edegem)",
              "Marc Lejeune (OCMW Luik)",
              "Véronique Dumont (OCMW Charleroi)",
              "Laurence Vandenbroeck (OCMW Brussel)"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Verontschuldigd:", bold=True, after=0, before=6)
    for t in ["Gert Van Looy (OCMW Schoten)", "Evi Smets (OCMW Mortsel)"]:
        P(d, t, style="List Bullet", after=0)

    P(d, "Agenda", bold=True, before=8, after=0)
    for t in ["Opening en stand van zaken corona",
              "Rondetafel: hoe lopen de projecten tijdens de lockdown?",
              "Groepsgrootte en heropstart van de groepsactiviteiten",
              "Rapportering aan het POD",
              "Varia"]:
        P(d, t, style="List Number", after=0)

    H(d, "1. Opening en stand van zaken", 1)
    P(d, "Sophie opent de vergadering om 10u05. Het is de eerste netwerkvergadering online. Ze vraagt om de "
         "microfoon uit te zetten als je niet spreekt. Er is geen vertaling voorzien: iedereen spreekt zijn eigen "
         "taal. Ik heb de Franstalige tussenkomsten zo goed mogelijk in het Nederlands samengevat.")
    P(d, "Sinds half maart liggen alle groepsactiviteiten stil. De individuele begeleiding loopt telefonisch of via "
         "WhatsApp en videobellen verder.")

    H(d, "2. Rondetafel", 1)
    H(d, "2.1 Gent", 2)
    P(d, "Annelies: we bellen elke deelnemer minstens één keer per week. Veel deelnemers hebben geen computer, enkel "
         "een smartphone met weinig data. Een aantal mensen zijn moeilijk bereikbaar. Koen zal de handleiding voor "
         "videobellen met deelnemers doorsturen.")
    H(d, "2.2 Antwerpen en Edegem", 2)
    P(d, "Hilde: de trajectbegeleiders werken van thuis uit. Edegem (Ann) merkt dat vooral de oudere deelnemers "
         "geïsoleerd raken. Het OCMW Antwerpen stuurt de lijst van gratis wifi-punten in de regio door.")
    H(d, "2.3 Luik, Charleroi en Brussel", 2)
    P(d, "Marc: in Luik worden pakketjes met oefeningen (Frans, knutselen) aan huis gebracht. Véronique: in "
         "Charleroi hetzelfde, de sociale opvolging gaat door op afspraak.")
    P(d, "Opmerking: het stuk over Brussel is nog aan te vullen, de verbinding van Laurence viel weg.",
      italic=True, color=RED)

    H(d, "3. Groepsgrootte en heropstart", 1)
    P(d, "Vanaf juni mogen kleine groepen misschien opnieuw samenkomen. Elk OCMW hanteert voorlopig een eigen regel:")
    for t in ["Gent: 4 deelnemers + 1 begeleider",
              "Luik en Charleroi: 3 deelnemers + 1 begeleider",
              "Antwerpen: nog niet beslist"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Marc en Véronique bekijken samen hoe de regel van 3 + 1 versoepeld kan worden als de lokalen groot genoeg "
         "zijn. Een voorbeeld van het aangepaste uurrooster wordt gedeeld door Annelies. De richtlijnen voor de "
         "heropstart worden volgende week bezorgd door het POD.", before=6)

    H(d, "4. Rapportering aan het POD", 1)
    P(d, "Pieter: de deadlines voor de rapportering worden met een maand uitgesteld. Activiteiten op afstand mogen "
         "meegeteld worden, als ze gedocumenteerd zijn (datum, duur, deelnemer).")
    P(d, "Elk OCMW bezorgt tegen 5 juni het aantal deelnemers dat nog bereikbaar is.")

    H(d, "5. Varia", 1)
    P(d, "Geen varia. Sophie bedankt iedereen en sluit af om 11u50.")
    P(d, "Volgende online vergadering: half juni, datum volgt via Doodle.", bold=True, before=8)

    expected = {
        "file": "101_online_zoom_gent_2020.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-14",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "GENT"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Ruben Declercq", "Present", "GENT"],
            ["Hilde Peeters", "Present", "ANTWERPEN"],
            ["Ann Verbruggen", "Present", "EDEGEM"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Véronique Dumont", "Present", "CHARLEROI"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Gert Van Looy", "Excused", "SCHOTEN"],
            ["Evi Smets", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["", "", "Opening en stand van zaken corona"],
            ["", "", "Rondetafel: hoe lopen de projecten tijdens de lockdown?"],
            ["", "", "Groepsgrootte en heropstart van de groepsactiviteiten"],
            ["", "", "Rapportering aan het POD"],
            ["", "", "Varia"],
        ],
        "headings": [
            ["1", "Opening en stand van zaken"],
            ["2", "Rondetafel"],
            ["2.1", "Gent"],
            ["2.2", "Antwerpen en Edegem"],
            ["2.3", "Luik, Charleroi en Brussel"],
            ["3", "Groepsgrootte en heropstart"],
            ["4", "Rapportering aan het POD"],
            ["5", "Varia"],
        ],
        "actions": [
            ["Network Contact", ["Koen Verhaeghe"], None, "Koen zal de handleiding voor videobellen"],
            ["CPAS", [], "ANTWERPEN", "Het OCMW Antwerpen stuurt de lijst"],
            ["Several Network Contacts", ["Marc Lejeune", "Véronique Dumont"], None,
             "Marc en Véronique bekijken samen hoe"],
            ["Network Contact", ["Annelies Goossens"], None, "Een voorbeeld van het aangepaste uurrooster"],
            ["SPP", [], None, "De richtlijnen voor de heropstart worden"],
            ["CPAS", [], None, "Elk OCMW bezorgt tegen 5 juni"],
        ],
        "next_meeting": {"date": None, "text": "Volgende online vergadering: half juni, datum volgt via Doodle."},
        "remarks": ["Opmerking: het stuk over Brussel is nog aan te vullen, de verbinding van Laurence viel weg."],
    }
    save(d, expected)


# ---------------------------------------------------------------- 102
def report_102():
    """Bilingual Brussels colleague (Laurence Vandenbroeck) writes FR then NL, paragraph by paragraph.
    Webex with simultaneous interpretation. 2021."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="CPAS de Bruxelles – OCMW van Brussel", header_kw={"size": 9, "color": GREY},
                  footer="Rapport / Verslag – 18.03.2021 – ", page=True)

    def fr(text, **kw):
        return P(d, text, after=2, **kw)

    def nl(text):
        return P(d, text, italic=True, color=NLBLUE, after=8)

    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=14, align="center", after=2)
    P(d, "18 mars 2021 – 18 maart 2021", align="center", after=2)
    P(d, "Webex, avec interprétation simultanée FR/NL – Webex, met simultaanvertaling FR/NL", align="center",
      size=10, after=2)
    P(d, "Rédaction / Verslag: Laurence Vandenbroeck (CPAS de Bruxelles)", align="center", size=9, italic=True)

    P(d, "Présents / Aanwezig", bold=True, after=0, before=6)
    for t in ["Sophie Lambrechts (SPP IS / POD MI)",
              "Pieter Van Damme (SPP IS / POD MI)",
              "Annelies Goossens (OCMW Gent)",
              "Julie Gérard (CPAS de Liège)",
              "Grégory Piron (CPAS de Liège)",
              "Samira Tahiri (CPAS de Charleroi)",
              "Jérôme Delvaux (CPAS de Binche)",
              "Elif Yilmaz (OCMW Antwerpen)",
              "Sarah Mertens (OCMW Schoten)",
              "Katrien Wouters (OCMW Brussel)",
              "Laurence Vandenbroeck (CPAS de Bruxelles)"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Excusés / Verontschuldigd", bold=True, after=0, before=6)
    for t in ["Hilde Peeters (OCMW Antwerpen)", "Marc Lejeune (CPAS de Liège)"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Interprètes / Tolken : deux interprètes du SPP (canal FR et canal NL dans Webex)", size=10, before=6)

    P(d, "Ordre du jour / Agenda", bold=True, before=6)
    table(d, [["10:00 – 10:10", "Ouverture technique / Technische opening"],
              ["10:10 – 10:40", "Nouvelle période FAMI 2021-2027 / Nieuwe AMIF-periode 2021-2027"],
              ["10:40 – 11:30", "Groupes en présentiel : où en est-on ? / Groepswerking in persoon: stand van zaken"],
              ["11:30 – 11:40", "Pause"],
              ["11:40 – 12:15", "Enquête de satisfaction en plusieurs langues / Tevredenheidsenquête in meerdere talen"],
              ["12:15 – 12:30", "Divers et clôture / Varia en afsluiting"]],
          header=False, style="Light List Accent 1", widths=[3.0, 13.5])

    H(d, "1) Ouverture / Opening", 2)
    fr("Sophie ouvre la réunion et explique le fonctionnement de l'interprétation : choisir le canal FR ou NL dans "
       "Webex. Merci aux interprètes.")
    nl("Sophie opent de vergadering en legt uit hoe de tolkfunctie werkt: in Webex het kanaal FR of NL kiezen. Dank "
       "aan de tolken.")

    H(d, "2) Nouvelle période FAMI 2021-2027 / Nieuwe AMIF-periode 2021-2027", 2)
    fr("Pieter présente le calendrier de la nouvelle programmation (règlement (UE) 2021/1147). Les projets actuels "
       "sont prolongés jusqu'à fin 2022. Les nouveaux projets devront rapporter des indicateurs communs : "
       "participants aux cours de langue, à l'orientation civique et à l'accompagnement personnel ; participants "
       "qui progressent d'au moins un niveau CECR.")
    nl("Pieter stelt de planning van de nieuwe programmaperiode voor (verordening (EU) 2021/1147). De huidige "
       "projecten worden verlengd tot eind 2022. De nieuwe projecten zullen gemeenschappelijke indicatoren moeten "
       "rapporteren: deelnemers aan taallessen, maatschappelijke oriëntatie en persoonlijke begeleiding; deelnemers "
       "die minstens één ERK-niveau vooruitgaan.")
    fr("Question de Jérôme : les petits CPAS partenaires pourront-ils introduire un projet seuls ? Réponse : pas "
       "encore décidé.")
    nl("Vraag van Jérôme: kunnen de kleine partner-OCMW's alleen een project indienen? Antwoord: nog niet beslist.")

    H(d, "3) Groupes en présentiel / Groepswerking in persoon", 2)
    fr("Depuis mars, les règles varient : Charleroi travaille à 6 participants + 1 formateur dans la grande salle, "
       "Liège reste à 3 + 1, Gand à 4 + 1. Anvers et Schoten combinent petits groupes et suivi individuel. Tout le "
       "monde constate que les participants ont besoin de se retrouver en groupe.")
    nl("Sinds maart verschillen de regels: Charleroi werkt met 6 deelnemers + 1 begeleider in de grote zaal, Luik "
       "blijft bij 3 + 1, Gent bij 4 + 1. Antwerpen en Schoten combineren kleine groepen met individuele "
       "begeleiding. Iedereen merkt dat de deelnemers nood hebben om elkaar opnieuw in groep te zien.")

    H(d, "4) Enquête de satisfaction / Tevredenheidsenquête", 2)
    fr("Julie et Elif ont fait traduire l'enquête en arabe et en dari par des interprètes sociaux. Il reste à la "
       "tester. Katrien signale qu'à Bruxelles une version en tigrinya existe déjà.")
    nl("Julie en Elif lieten de enquête door sociaal tolken vertalen naar het Arabisch en het Dari. Ze moet nog "
       "getest worden. Katrien meldt dat er in Brussel al een versie in het Tigrinya bestaat.")

    H(d, "5) Divers / Varia", 2)
    fr("Grégory propose une rencontre des animateurs en été, si les mesures le permettent.")
    nl("Grégory stelt een ontmoeting van de begeleiders in de zomer voor, als de maatregelen het toelaten.")

    H(d, "Actions / Actiepunten", 2)
    for f, n in [("Envoyer le projet d'appel 2021-2027 aux CPAS – SPP IS",
                  "Ontwerp van oproep 2021-2027 naar de OCMW's sturen – POD MI"),
                 ("Partager la grille horaire 6 + 1 et le protocole de nettoyage – Samira",
                  "Uurrooster 6 + 1 en schoonmaakprotocol delen – Samira"),
                 ("Tester l'enquête traduite (arabe, dari) avec 5 participants chacune – Julie et Elif",
                  "Vertaalde enquête (Arabisch, Dari) testen bij elk 5 deelnemers – Julie en Elif"),
                 ("Rassembler toutes les traductions existantes dans un dossier partagé – Laurence",
                  "Alle bestaande vertalingen verzamelen in een gedeelde map – Laurence"),
                 ("Indiquer ses besoins en langues avant le 15 avril – chaque CPAS",
                  "Taalnoden doorgeven vóór 15 april – elk OCMW"),
                 ("Rencontre des animateurs en été : organisation à définir",
                  "Ontmoeting begeleiders in de zomer: organisatie nog te bepalen")]:
        P(d, f, style="List Bullet", after=0)
        P(d, n, italic=True, color=NLBLUE, indent=1.27, after=4)

    P(d, [("Prochaine réunion / Volgende vergadering : ", {"bold": True}),
          "jeudi 10 juin 2021, Webex – donderdag 10 juni 2021, Webex"], before=10)

    expected = {
        "file": "102_webex_interpretation_bxl_2021.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2021-03-18",
        "people": [
            ["Sophie Lambrechts", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Julie Gérard", "Present", "LIEGE"],
            ["Grégory Piron", "Present", "LIEGE"],
            ["Samira Tahiri", "Present", "CHARLEROI"],
            ["Jérôme Delvaux", "Present", "BINCHE"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Sarah Mertens", "Present", "SCHOTEN"],
            ["Katrien Wouters", "Present", "BRUXELLES"],
            ["Laurence Vandenbroeck", "Present", "BRUXELLES"],
            ["Hilde Peeters", "Excused", "ANTWERPEN"],
            ["Marc Lejeune", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["10:00", "10:10", "Ouverture technique / Technische opening"],
            ["10:10", "10:40", "Nouvelle période FAMI 2021-2027 / Nieuwe AMIF-periode 2021-2027"],
            ["10:40", "11:30", "Groupes en présentiel : où en est-on ? / Groepswerking in persoon: stand van zaken"],
            ["11:30", "11:40", "Pause"],
            ["11:40", "12:15", "Enquête de satisfaction en plusieurs langues / Tevredenheidsenquête in meerdere talen"],
            ["12:15", "12:30", "Divers et clôture / Varia en afsluiting"],
        ],
        "headings": [
            ["1", "Ouverture / Opening"],
            ["2", "Nouvelle période FAMI 2021-2027 / Nieuwe AMIF-periode 2021-2027"],
            ["3", "Groupes en présentiel / Groepswerking in persoon"],
            ["4", "Enquête de satisfaction / Tevredenheidsenquête"],
            ["5", "Divers / Varia"],
            ["", "Actions / Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le projet d'appel 2021-2027"],
            ["Network Contact", ["Samira Tahiri"], None, "Partager la grille horaire 6 + 1"],
            ["Several Network Contacts", ["Julie Gérard", "Elif Yilmaz"], None,
             "Tester l'enquête traduite (arabe, dari) avec"],
            ["Network Contact", ["Laurence Vandenbroeck"], None, "Rassembler toutes les traductions existantes dans"],
            ["CPAS", [], None, "Indiquer ses besoins en langues avant"],
            ["To Be Assigned", [], None, "Rencontre des animateurs en été"],
        ],
        "next_meeting": {"date": "2021-06-10",
                         "text": "Prochaine réunion / Volgende vergadering : jeudi 10 juin 2021, Webex – donderdag 10 juni 2021, Webex"},
        "remarks": [],
    }
    save(d, expected)


# ---------------------------------------------------------------- 103
def report_103():
    """Social worker of CPAS Liège (Julie Gérard) takes the notes in turn, meeting in Liège. FR, 2022."""
    d = new_doc("Calibri", 11)
    header_footer(d, footer="Notes : Julie Gérard (CPAS de Liège) – prise de notes à tour de rôle")

    P(d, "Réunion du réseau FAMI – 6 octobre 2022", bold=True, size=13, after=2)
    P(d, "Lieu : CPAS de Liège, Espace Mod'Actions (salle polyvalente) + repas à la ferme", after=8)
    P(d, [("Présents : ", {"bold": True}),
          "Nadia El Ouali et Pieter Van Damme (SPP IS), Marc Lejeune, Fatima Benali et Julie Gérard (CPAS de Liège), "
          "Annelies Goossens et Yasmina Bouzid (OCMW Gent), Samira Tahiri (CPAS de Charleroi), Christine Hubert "
          "(CPAS de Binche), Mehdi Amrani (CPAS de Bruxelles), Elif Yilmaz (OCMW Antwerpen)"])
    P(d, [("Excusés : ", {"bold": True}), "Laurence Vandenbroeck (CPAS de Bruxelles), Ann Verbruggen (Edegem)"])

    P(d, "Programme :", bold=True, before=6, after=0)
    for t in ["9h30 : accueil – café",
              "10h00 : présentation du projet 2022-2027 de Liège",
              "11h00 : atelier intake et bilan d'orientation",
              "12h30 : repas à la ferme",
              "13h30 : les indicateurs européens (SPP)",
              "15h00 : fin"]:
        P(d, t, style="List Bullet", after=0)

    P(d, "1. Accueil", bold=True, underline=True, before=10)
    P(d, "Marc accueille tout le monde. Premier réseau en présentiel depuis longtemps, ça fait du bien ! Nadia se "
         "présente : elle reprend la coordination du réseau au SPP après le départ de Sophie.")

    P(d, "2. Le nouveau projet de Liège (2022-2027)", bold=True, underline=True, before=10)
    P(d, "Marc et Fatima présentent le projet : même base que Mod'Actions (accompagnement individuel + modules "
         "collectifs) mais avec un module « langue et citoyenneté » renforcé, pour coller aux indicateurs européens. "
         "L'équipe : 1 coordinateur, 2 AS, 1 chargée des entretiens d'admission (Fatima), 2 animateurs, "
         "0,5 ETP administratif.")
    P(d, "Nombre de participants inscrits au 30/09 : à compléter.", color=RED)

    P(d, "3. Atelier intake et bilan d'orientation", bold=True, underline=True, before=10)
    P(d, "3.1 À Liège", bold=True, italic=True)
    P(d, "Fatima explique son entretien d'admission : parcours, objectifs, motivation, freins (santé, garde "
         "d'enfants, logement). Le bilan d'orientation est discuté avec l'AS et le participant avant de proposer les "
         "modules. Fatima va envoyer le canevas du bilan à Yasmina.")
    P(d, "3.2 À Gand", bold=True, italic=True)
    P(d, "Annelies et Yasmina : intake en deux fois, la deuxième fois avec un médiateur interculturel dans la langue "
         "du participant. Ils utilisent beaucoup de pictos. Annelies enverra la grille d'intake de Gand (en "
         "néerlandais).")
    P(d, "Discussion : Mehdi et Samira trouvent que les contrats avec les participants sont trop longs (4 pages !). "
         "Mehdi et Samira vont comparer leurs contrats et proposer un modèle plus court.")

    P(d, "4. Indicateurs européens", bold=True, underline=True, before=10)
    P(d, "Nadia présente les indicateurs communs du règlement 2021/1147 (participants aux cours de langue, à "
         "l'orientation civique, à l'accompagnement professionnel personnel ; participants qui progressent d'au "
         "moins un niveau CECR ; participants qui disent que l'activité les a aidés). Beaucoup de questions : "
         "comment mesurer le niveau CECR sans test officiel ? Le SPP va faire une fiche explicative des indicateurs, "
         "en FR et en NL.")

    P(d, "5. Divers", bold=True, underline=True, before=10)
    P(d, "Christine : Binche cherche un local plus grand pour les ateliers, si quelqu'un a des idées.")
    P(d, "Pour la prochaine fois :")
    for t in ["chaque CPAS : préparer les chiffres de progression CECR de 2022",
              "trouver une date pour la visite de la ferme par l'équipe de Gand → à définir"]:
        P(d, t, style="List Bullet", after=0)

    P(d, "Prochaine réunion : en février, à Anvers normalement.", before=10)

    expected = {
        "file": "103_reunion_liege_tour_de_role_2022.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2022-10-06",
        "people": [
            ["Nadia El Ouali", "Present", "SPP"],
            ["Pieter Van Damme", "Present", "SPP"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Fatima Benali", "Present", "LIEGE"],
            ["Julie Gérard", "Present", "LIEGE"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Yasmina Bouzid", "Present", "GENT"],
            ["Samira Tahiri", "Present", "CHARLEROI"],
            ["Christine Hubert", "Present", "BINCHE"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Laurence Vandenbroeck", "Excused", "BRUXELLES"],
            ["Ann Verbruggen", "Excused", "EDEGEM"],
        ],
        "agenda": [
            ["09:30", "", "accueil – café"],
            ["10:00", "", "présentation du projet 2022-2027 de Liège"],
            ["11:00", "", "atelier intake et bilan d'orientation"],
            ["12:30", "", "repas à la ferme"],
            ["13:30", "", "les indicateurs européens (SPP)"],
            ["15:00", "", "fin"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Le nouveau projet de Liège (2022-2027)"],
            ["3", "Atelier intake et bilan d'orientation"],
            ["3.1", "À Liège"],
            ["3.2", "À Gand"],
            ["4", "Indicateurs européens"],
            ["5", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Fatima Benali"], None, "Fatima va envoyer le canevas du bilan"],
            ["Network Contact", ["Annelies Goossens"], None, "Annelies enverra la grille d'intake de Gand"],
            ["Several Network Contacts", ["Mehdi Amrani", "Samira Tahiri"], None,
             "Mehdi et Samira vont comparer leurs contrats"],
            ["SPP", [], None, "Le SPP va faire une fiche explicative"],
            ["CPAS", [], None, "préparer les chiffres de progression CECR"],
            ["To Be Assigned", [], None, "trouver une date pour la visite"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : en février, à Anvers normalement."},
        "remarks": ["Nombre de participants inscrits au 30/09 : à compléter."],
    }
    save(d, expected)


# ---------------------------------------------------------------- 104
def report_104():
    """Team leader of OCMW Edegem (Ann Verbruggen) writes the report of the meeting held in Edegem, in Dutch,
    with a summary in French at the end. 2023."""
    d = new_doc("Arial", 10)
    header_footer(d, header="Sociaal Huis Edegem – OCMW Edegem", header_kw={"size": 8, "color": GREY},
                  footer="Verslag netwerk AMIF 21.09.2023 – opgesteld door Ann Verbruggen – p. ", page=True)

    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, align="center", after=2)
    P(d, "21 september 2023 – 21 septembre 2023", bold=True, align="center", after=2)
    P(d, "Sociaal Huis Edegem, raadzaal", align="center", after=8)

    P(d, "Aanwezigheden", bold=True)
    rows = [["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"],
            ["Tom Claes", "POD MI", "x", ""],
            ["Nadia El Ouali", "POD MI", "x", ""],
            ["Ann Verbruggen", "OCMW Edegem", "x", ""],
            ["Jonas De Wit", "OCMW Edegem", "x", ""],
            ["Hilde Peeters", "OCMW Antwerpen", "x", ""],
            ["Elif Yilmaz", "OCMW Antwerpen", "", "x"],
            ["Evi Smets", "OCMW Mortsel", "x", ""],
            ["Sarah Mertens", "OCMW Schoten", "x", ""],
            ["Annelies Goossens", "OCMW Gent", "x", ""],
            ["Katrien Wouters", "OCMW Brussel", "x", ""],
            ["Mehdi Amrani", "OCMW Brussel", "", "x"],
            ["Samira Tahiri", "OCMW Charleroi", "x", ""],
            ["Christine Hubert", "OCMW Binche", "", "x"],
            ["Fatima Benali", "OCMW Luik", "x", ""],
            ["Leen Vermeiren", "Agentschap Integratie en Inburgering (gast)", "x", ""]]
    t = table(d, rows, widths=[4.2, 6.8, 2.2, 3.0], fill="FCE4D6", size=9)
    for row in t.rows[1:]:
        for c in row.cells[2:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    P(d, "Agenda", bold=True, before=8, after=2)
    for line in ["9u30 – 10u00\tOnthaal met koffie",
                 "10u00 – 10u45\tVoorstelling Sociaal Huis Edegem en het partnerschap met Antwerpen",
                 "10u45 – 11u30\tInburgering en sociale activering (gast: Agentschap Integratie en Inburgering)",
                 "11u30 – 12u15\tRondetafel per OCMW",
                 "12u15 – 13u00\tLunch",
                 "13u00 – 14u00\tEvaluatie van de deelnemers: sterktes en werkpunten",
                 "14u00 – 14u30\tAfspraken en volgende bijeenkomst"]:
        p = P(d, line, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))

    H(d, "1. Welkom en voorstelling Sociaal Huis Edegem", 1)
    P(d, "Ann verwelkomt iedereen in Edegem. Sinds de integratie van OCMW en gemeente werkt het team vanuit het "
         "Sociaal Huis. Edegem is partner van Antwerpen: de individuele begeleiding gebeurt in Edegem, de "
         "groepsmodules in Antwerpen. Jonas is sinds januari trajectbegeleider voor de AMIF-deelnemers.")
    P(d, "De vergadering verloopt in het Nederlands en het Frans, zonder tolken: iedereen spreekt rustig en er "
         "wordt herhaald waar nodig.")

    H(d, "2. Inburgering en sociale activering", 1)
    P(d, "Leen Vermeiren (Agentschap Integratie en Inburgering) licht het Vlaamse inburgeringstraject toe en de "
         "link met onze projecten. Veel van onze deelnemers zijn vrijgesteld of hebben het traject al gevolgd, maar "
         "hebben nog weinig sociaal netwerk. Afspraak om in beide richtingen beter door te verwijzen.")

    H(d, "3. Rondetafel", 1)
    for line in ["Antwerpen: nieuwe groep gestart in september, 22 deelnemers, waarvan 5 uit de partnergemeenten.",
                 "Mortsel: Evi merkt dat de deelnemers vooral nood hebben aan digitale vaardigheden (itsme, bankapp).",
                 "Schoten: weinig instroom, ondanks het contact met het onthaalbureau (Sarah).",
                 "Gent: aanwezigheidsgraad 81 %, het beste cijfer tot nu toe.",
                 "Brussel: Katrien stelt de samenwerking met de Nederlandstalige en Franstalige taalscholen voor.",
                 "Charleroi en Luik: kort, in het Frans; zie de Franse samenvatting."]:
        P(d, line, style="List Bullet", after=0)
    P(d, "Opmerking: cijfers Luik en Charleroi nog aan te vullen na ontvangst.", italic=True, color=RED, before=6)

    H(d, "4. Evaluatie van de deelnemers", 1)
    H(d, "4.1 Sterktes", 2)
    for line in ["de band tussen begeleiders en deelnemers",
                 "het groepsgevoel op het einde van een module",
                 "de intensieve begeleiding (bijna elke dag van de week)"]:
        P(d, line, style="List Bullet", after=0)
    H(d, "4.2 Werkpunten", 2)
    for line in ["communicatie naar de deelnemers bij gewijzigde uurroosters",
                 "de tevredenheidsenquête blijft te abstract",
                 "geen verplichte activiteiten rond gevoelige thema's (seksualiteit, partnergeweld)"]:
        P(d, line, style="List Bullet", after=0)

    H(d, "5. Actiepunten", 1)
    table(d, [["Wie", "Wat", "Tegen wanneer"],
              ["Leen Vermeiren", "Contactgegevens van de inburgeringsconsulenten per gemeente bezorgen", "oktober"],
              ["POD MI", "Nieuwe versie tevredenheidsenquête (met pictogrammen) verspreiden", "15/10"],
              ["OCMW Antwerpen", "Overzicht van de doorverwijzingen vanuit de partnergemeenten opmaken", "eind oktober"],
              ["Jonas + Evi", "Uitwisseling tussen de begeleiders van Edegem en Mortsel plannen", "november"],
              ["Alle OCMW's", "Aanwezigheidsgraad per module invullen in de gedeelde tabel", "30/11"],
              ["nog te bepalen", "Volledige verslag vertalen naar het Frans", "–"]],
          widths=[3.5, 10.0, 3.0], fill="FCE4D6", size=9)

    P(d, [("Volgende bijeenkomst: voorjaar 2024, online via Teams.", {"bold": True})], before=10)

    H(d, "Résumé en français", 1)
    P(d, "La rencontre a eu lieu au Sociaal Huis d'Edegem (partenaire du CPAS d'Anvers). Leen Vermeiren (Agence "
         "flamande Intégration et Intégration civique) a présenté le parcours d'intégration flamand. Tour de table : "
         "Charleroi et Liège signalent un bon taux de présence mais des difficultés de recrutement ; Gand atteint "
         "81 % de présence. Points forts : le lien avec les participants, l'esprit de groupe, l'accompagnement "
         "intensif. Points à améliorer : la communication sur les changements d'horaire, l'enquête de satisfaction "
         "trop abstraite, pas d'activités obligatoires sur des thèmes sensibles. Les actions sont reprises dans le "
         "tableau du point 5. Prochaine rencontre : printemps 2024, en ligne.", italic=True, align="justify")

    expected = {
        "file": "104_bijeenkomst_edegem_2023.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-09-21",
        "people": [
            ["Tom Claes", "Present", "SPP"],
            ["Nadia El Ouali", "Present", "SPP"],
            ["Ann Verbruggen", "Present", "EDEGEM"],
            ["Jonas De Wit", "Present", "EDEGEM"],
            ["Hilde Peeters", "Present", "ANTWERPEN"],
            ["Evi Smets", "Present", "MORTSEL"],
            ["Sarah Mertens", "Present", "SCHOTEN"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Katrien Wouters", "Present", "BRUXELLES"],
            ["Samira Tahiri", "Present", "CHARLEROI"],
            ["Fatima Benali", "Present", "LIEGE"],
            ["Leen Vermeiren", "Present", None],
            ["Elif Yilmaz", "Excused", "ANTWERPEN"],
            ["Mehdi Amrani", "Excused", "BRUXELLES"],
            ["Christine Hubert", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal met koffie"],
            ["10:00", "10:45", "Voorstelling Sociaal Huis Edegem en het partnerschap met Antwerpen"],
            ["10:45", "11:30", "Inburgering en sociale activering (gast: Agentschap Integratie en Inburgering)"],
            ["11:30", "12:15", "Rondetafel per OCMW"],
            ["12:15", "13:00", "Lunch"],
            ["13:00", "14:00", "Evaluatie van de deelnemers: sterktes en werkpunten"],
            ["14:00", "14:30", "Afspraken en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Welkom en voorstelling Sociaal Huis Edegem"],
            ["2", "Inburgering en sociale activering"],
            ["3", "Rondetafel"],
            ["4", "Evaluatie van de deelnemers"],
            ["4.1", "Sterktes"],
            ["4.2", "Werkpunten"],
            ["5", "Actiepunten"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Leen Vermeiren"], None, "Contactgegevens van de inburgeringsconsulenten per gemeente bezorgen"],
            ["SPP", [], None, "Nieuwe versie tevredenheidsenquête (met pictogrammen) verspreiden"],
            ["CPAS", [], "ANTWERPEN", "Overzicht van de doorverwijzingen vanuit de partnergemeenten opmaken"],
            ["Several Network Contacts", ["Jonas De Wit", "Evi Smets"], None,
             "Uitwisseling tussen de begeleiders van Edegem"],
            ["CPAS", [], None, "Aanwezigheidsgraad per module invullen in de gedeelde tabel"],
            ["To Be Assigned", [], None, "Volledige verslag vertalen naar het Frans"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: voorjaar 2024, online via Teams."},
        "remarks": ["Opmerking: cijfers Luik en Charleroi nog aan te vullen na ontvangst."],
    }
    save(d, expected)


# ---------------------------------------------------------------- 105
def report_105():
    """Team leader of OCMW Mortsel (Evi Smets) writes the report of the online Teams meeting of the
    Dutch-speaking group. NL, 2024."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Mortsel", header_kw={"bold": True, "size": 9, "color": BLUE},
                  footer="ES/verslag AMIF-netwerk 10-12-2024")

    P(d, "Verslag online netwerkvergadering AMIF (Nederlandstalige groep)", bold=True, size=14, color=BLUE, after=2)
    P(d, "Dinsdag 10 december 2024 – 13u30 tot 15u30 – Microsoft Teams", after=2)
    P(d, "Verslag: Evi Smets (OCMW Mortsel)", size=10, after=2)
    P(d, "In de tekst: TC = Tom Claes, NEO = Nadia El Ouali, AG = Annelies Goossens, ES = Evi Smets.",
      italic=True, size=9)

    P(d, "Deelnemers", bold=True, before=6, after=0)
    for org, names in [("POD MI: ", "Tom Claes, Nadia El Ouali"),
                       ("OCMW Gent: ", "Annelies Goossens, Lies De Smet"),
                       ("OCMW Antwerpen: ", "Hilde Peeters, Elif Yilmaz"),
                       ("OCMW Mortsel: ", "Evi Smets, Dirk Hermans"),
                       ("OCMW Schoten: ", "Sarah Mertens"),
                       ("OCMW Edegem: ", "Jonas De Wit"),
                       ("OCMW Brussel: ", "Katrien Wouters")]:
        P(d, [(org, {"bold": True}), names], after=0, indent=0.5)
    P(d, [("Verontschuldigd: ", {"bold": True}), "Ann Verbruggen (OCMW Edegem), Gert Van Looy (OCMW Schoten)"],
      before=4)

    P(d, "Agenda", bold=True, before=6, after=0)
    for t in ["Welkom en afspraken",
              "GDPR: welke gegevens van deelnemers bewaren we en hoe lang?",
              "Indicatoren 2024: stand van zaken",
              "Tevredenheidsenquête: resultaten van de vertaalde versie",
              "Varia"]:
        P(d, t, style="List Bullet", after=0)

    H(d, "I. Welkom", 2)
    P(d, "Tom opent. Deze online sessie is voor de Nederlandstalige OCMW's en Brussel; de Franstalige groep had een "
         "aparte sessie op 5 december (apart verslag). Daarom deze keer geen tolken.")

    H(d, "II. GDPR en bewaartermijnen", 2)
    P(d, "Vraag vanuit de OCMW's: hoe lang mogen we de dossiers van deelnemers bijhouden? TC legt uit:")
    for t in ["projectdocumenten: 5 jaar vanaf 31 december van het jaar van de laatste betaling (art. 82 van "
              "verordening (EU) 2021/1060)",
              "persoonsgegevens: niet langer dan nodig (AVG art. 5)",
              "een deelnemer mag altijd vragen om alles in te zien wat over hem bijgehouden wordt (AVG art. 15)"]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Hilde: in Antwerpen liggen nog papieren dossiers uit de periode 2014-2020. AG vraagt of er een "
         "modelprocedure bestaat voor een inzageverzoek; die bestaat nog niet.", before=6)

    H(d, "III. Indicatoren 2024", 2)
    P(d, "NEO: de indicatoren 2024 worden in januari opgevraagd via het Excel-sjabloon (zelfde als vorig jaar). "
         "Discussie over de indicator 'deelnemers die minstens één ERK-niveau vooruitgaan': Gent test dit met de "
         "taalcoach, Antwerpen gebruikt de resultaten van het Huis van het Nederlands.")

    H(d, "IV. Tevredenheidsenquête", 2)
    P(d, "De vertaalde versie (Arabisch, Dari, Tigrinya, Oekraïens) werd dit najaar gebruikt. Eerste indruk: meer "
         "antwoorden, minder hulp nodig bij het invullen. Katrien: de Tigrinya-versie bevat een paar vreemde zinnen.")

    H(d, "V. Varia", 2)
    P(d, "Dirk vraagt of iemand een goede app kent om Nederlands te oefenen voor laaggeletterden. Lies stuurt tips "
         "via mail.")

    H(d, "Actiepunten", 2)
    for t in ["Nota over de bewaartermijnen rondsturen (met verwijzing naar art. 82) – TC",
              "Checklist opstellen voor een inzageverzoek van een deelnemer – AG + ES",
              "Inventaris maken van de papieren dossiers 2014-2020 – OCMW Antwerpen",
              "POD: resultaten van de enquête per taal bezorgen",
              "Indicatoren 2024 invullen in het Excel-sjabloon tegen 31 januari – alle OCMW's",
              "Vertaling Tigrinya laten nalezen door een tolk – wie: nog te bepalen"]:
        P(d, t, style="List Bullet", after=2)

    P(d, [("Volgende netwerkvergadering: ", {"bold": True}),
          "donderdag 13 maart 2025, fysiek in Brussel bij het POD."], before=10)

    expected = {
        "file": "105_teams_nl_mortsel_2024.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2024-12-10",
        "people": [
            ["Tom Claes", "Present", "SPP"],
            ["Nadia El Ouali", "Present", "SPP"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Lies De Smet", "Present", "GENT"],
            ["Hilde Peeters", "Present", "ANTWERPEN"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Evi Smets", "Present", "MORTSEL"],
            ["Dirk Hermans", "Present", "MORTSEL"],
            ["Sarah Mertens", "Present", "SCHOTEN"],
            ["Jonas De Wit", "Present", "EDEGEM"],
            ["Katrien Wouters", "Present", "BRUXELLES"],
            ["Ann Verbruggen", "Excused", "EDEGEM"],
            ["Gert Van Looy", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["", "", "Welkom en afspraken"],
            ["", "", "GDPR: welke gegevens van deelnemers bewaren we en hoe lang?"],
            ["", "", "Indicatoren 2024: stand van zaken"],
            ["", "", "Tevredenheidsenquête: resultaten van de vertaalde versie"],
            ["", "", "Varia"],
        ],
        "headings": [
            ["I", "Welkom"],
            ["II", "GDPR en bewaartermijnen"],
            ["III", "Indicatoren 2024"],
            ["IV", "Tevredenheidsenquête"],
            ["V", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Lies De Smet"], None, "Lies stuurt tips via mail"],
            ["Network Contact", ["Tom Claes"], None, "Nota over de bewaartermijnen rondsturen"],
            ["Several Network Contacts", ["Annelies Goossens", "Evi Smets"], None,
             "Checklist opstellen voor een inzageverzoek"],
            ["CPAS", [], "ANTWERPEN", "Inventaris maken van de papieren dossiers"],
            ["SPP", [], None, "resultaten van de enquête per taal bezorgen"],
            ["CPAS", [], None, "Indicatoren 2024 invullen in het Excel-sjabloon"],
            ["To Be Assigned", [], None, "Vertaling Tigrinya laten nalezen door een"],
        ],
        "next_meeting": {"date": "2025-03-13",
                         "text": "Volgende netwerkvergadering: donderdag 13 maart 2025, fysiek in Brussel bij het POD."},
        "remarks": [],
    }
    save(d, expected)


# ---------------------------------------------------------------- 106
def report_106():
    """Social worker of CPAS Charleroi (Aurélie Lecomte) takes the notes in turn at an online Teams meeting with
    simultaneous interpretation; French, with a short summary in Dutch. 2026."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="CPAS de Charleroi – Service Action Migrants", header_kw={"size": 8, "color": GREY},
                  footer="PV réseau FAMI 22/01/2026 – notes A. Lecomte (tour de rôle)")

    def sec(text):
        return P(d, text, bold=True, underline=True, color=BLUE, before=10, after=4)

    P(d, "PV de la réunion du réseau FAMI/AMIF", bold=True, size=14, after=2)
    P(d, "Jeudi 22 janvier 2026 – en ligne (Teams) – 9h30-12h15", after=2)
    P(d, "Interprétation simultanée FR-NL assurée par deux interprètes (canal de langue dans Teams).", after=2)
    P(d, "C'était au tour de Charleroi de prendre les notes. Corrections bienvenues jusqu'au 30/01.", italic=True,
      size=9, color=GREY)

    t = table(d, [["Présents", "Excusés"],
                  [["Nadia El Ouali – SPP IS",
                    "Tom Claes – SPP IS",
                    "Samira Tahiri – CPAS de Charleroi",
                    "Aurélie Lecomte – CPAS de Charleroi",
                    "Jérôme Delvaux – CPAS de Binche",
                    "Fatima Benali – CPAS de Liège",
                    "Mehdi Amrani – CPAS de Bruxelles",
                    "Annelies Goossens – OCMW Gent",
                    "Elif Yilmaz – OCMW Antwerpen",
                    "Dirk Hermans – OCMW Mortsel"],
                   ["Hilde Peeters – OCMW Antwerpen",
                    "Laurence Vandenbroeck – CPAS de Bruxelles",
                    "Evi Smets – OCMW Mortsel"]]],
              widths=[9.0, 7.5], fill="DDEBF7", size=10)

    P(d, "Ordre du jour", bold=True, before=8)
    table(d, [["Heure", "Point"],
              ["09:30", "Connexion, tour de présentation"],
              ["09:45", "Résultats de l'enquête de satisfaction 2025 (SPP)"],
              ["10:30", "Sorties vers l'ISP et la formation : échanges"],
              ["11:15", "Pause"],
              ["11:25", "Préparation de l'évaluation à mi-parcours"],
              ["12:00", "Divers"]],
          widths=[2.2, 14.3], fill="DDEBF7", size=10)

    sec("1 – TOUR DE PRÉSENTATION")
    P(d, "Rapide tour. Je remplace Karim (parti à la retraite) pour les notes côté Charleroi. Dirk est le nouveau "
         "référent AMIF à Mortsel.")

    sec("2 – RÉSULTATS DE L'ENQUÊTE DE SATISFACTION 2025")
    P(d, "Tom présente les résultats (enquête traduite en 6 langues) : 412 réponses. 87 % des participants disent "
         "que les activités les ont aidés à s'intégrer. Les questions sur les « objectifs » restent mal comprises. "
         "Taux de réponse par CPAS :")
    for line in ["Gand : 74 %", "Anvers : 61 %", "Charleroi : 58 %", "Liège : 66 %", "Bruxelles : 49 %",
                 "Binche : [chiffres à venir]"]:
        P(d, line, style="List Bullet", after=0)

    sec("3 – SORTIES VERS L'ISP ET LA FORMATION")
    P(d, "Échange sur la fin des trajets (souvent après plus de 6 mois). Liège : 14 participants orientés vers "
         "l'ISP en 2025. Mortsel : Dirk note que les participants partent plutôt vers des cours de néerlandais ou le "
         "VDAB. Difficulté commune : on perd le contact après la sortie, pas de données de suivi. Le CPAS de "
         "Bruxelles présentera son partenariat avec Actiris à la prochaine réunion.")

    sec("4 – ÉVALUATION À MI-PARCOURS")
    P(d, "Nadia explique l'évaluation à mi-parcours du programme FAMI 2021-2027 : un tableau par CPAS "
         "(réalisations, difficultés, adaptations). Le SPP fera une synthèse pour le comité de suivi.")

    sec("5 – DIVERS")
    P(d, "Jérôme demande si on peut partager des données de sortie avec le Forem (RGPD ?). Réponse : à vérifier "
         "localement.")
    P(d, "À compléter : liste des questions posées dans le chat Teams.", italic=True, color=RED)

    sec("ACTIONS")
    for line in ["SPP : envoyer les résultats détaillés par CPAS (version anonymisée)",
                 "Fatima + Dirk : proposer une trame commune pour le suivi des sorties ISP",
                 "Tous les CPAS : compléter le tableau mi-parcours pour le 27 février",
                 "Jérôme : vérifier avec le Forem si les données de sortie peuvent être partagées",
                 "Présentation commune pour le comité de suivi : à définir"]:
        P(d, line, style="List Bullet", after=2)

    P(d, [("Prochaine réunion : mardi 19 mai 2026, en présentiel à Gand (avec interprètes).", {"bold": True})],
      before=10)

    sec("SAMENVATTING (NL)")
    P(d, "Online vergadering via Teams met simultaanvertaling. Het POD stelde de resultaten van de "
         "tevredenheidsenquête 2025 voor (412 antwoorden, 87 % zegt dat de activiteiten hielpen bij de integratie). "
         "Uitwisseling over de uitstroom naar werk en opleiding: het contact met de deelnemers gaat vaak verloren na "
         "het traject. Elk OCMW vult tegen 27 februari de tabel voor de tussentijdse evaluatie in. De actiepunten "
         "staan hierboven. Volgende vergadering: dinsdag 19 mei 2026 in Gent.", italic=True)

    expected = {
        "file": "106_teams_interpretation_charleroi_2026.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2026-01-22",
        "people": [
            ["Nadia El Ouali", "Present", "SPP"],
            ["Tom Claes", "Present", "SPP"],
            ["Samira Tahiri", "Present", "CHARLEROI"],
            ["Aurélie Lecomte", "Present", "CHARLEROI"],
            ["Jérôme Delvaux", "Present", "BINCHE"],
            ["Fatima Benali", "Present", "LIEGE"],
            ["Mehdi Amrani", "Present", "BRUXELLES"],
            ["Annelies Goossens", "Present", "GENT"],
            ["Elif Yilmaz", "Present", "ANTWERPEN"],
            ["Dirk Hermans", "Present", "MORTSEL"],
            ["Hilde Peeters", "Excused", "ANTWERPEN"],
            ["Laurence Vandenbroeck", "Excused", "BRUXELLES"],
            ["Evi Smets", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", "", "Connexion, tour de présentation"],
            ["09:45", "", "Résultats de l'enquête de satisfaction 2025 (SPP)"],
            ["10:30", "", "Sorties vers l'ISP et la formation : échanges"],
            ["11:15", "", "Pause"],
            ["11:25", "", "Préparation de l'évaluation à mi-parcours"],
            ["12:00", "", "Divers"],
        ],
        "headings": [
            ["1", "TOUR DE PRÉSENTATION"],
            ["2", "RÉSULTATS DE L'ENQUÊTE DE SATISFACTION 2025"],
            ["3", "SORTIES VERS L'ISP ET LA FORMATION"],
            ["4", "ÉVALUATION À MI-PARCOURS"],
            ["5", "DIVERS"],
            ["", "ACTIONS"],
            ["", "SAMENVATTING (NL)"],
        ],
        "actions": [
            ["CPAS", [], "BRUXELLES", "Le CPAS de Bruxelles présentera son partenariat"],
            ["SPP", [], None, "Le SPP fera une synthèse pour"],
            ["SPP", [], None, "envoyer les résultats détaillés par CPAS"],
            ["Several Network Contacts", ["Fatima Benali", "Dirk Hermans"], None,
             "proposer une trame commune pour le suivi"],
            ["CPAS", [], None, "compléter le tableau mi-parcours pour le"],
            ["Network Contact", ["Jérôme Delvaux"], None, "vérifier avec le Forem si les données"],
            ["To Be Assigned", [], None, "Présentation commune pour le comité de suivi"],
        ],
        "next_meeting": {"date": "2026-05-19",
                         "text": "Prochaine réunion : mardi 19 mai 2026, en présentiel à Gand (avec interprètes)."},
        "remarks": ["Binche : [chiffres à venir]", "À compléter : liste des questions posées dans le chat Teams."],
    }
    save(d, expected)


REPORTS = [report_97, report_98, report_99, report_100, report_101, report_102, report_103, report_104,
           report_105, report_106]

if __name__ == "__main__":
    for fn in REPORTS:
        fn()
