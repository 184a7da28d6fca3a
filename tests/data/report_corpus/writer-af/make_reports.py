# -*- coding: utf-8 -*-
"""Reports 327-336 of the AMIF network (mostly Dutch-speaking side, bilingual teams and rare writers).
Each function builds one .docx with python-docx and returns the hand-typed expected list."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font=None, size=None):
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        if size:
            st.font.size = Pt(size)
    return d


def p(doc, text="", style=None, bold=False, italic=False, underline=False, size=None, color=None, align=None):
    par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        par.alignment = align
    return par


def runs(doc, parts, style=None):
    """parts: list of (text, fmt) with fmt a string of b/i/u."""
    par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, fmt in parts:
        r = par.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        if "u" in fmt:
            r.underline = True
    return par


def cell_text(cell, text, bold=False, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold or None
    r.italic = italic or None


def cell_lines(cell, lines, bold_first=False):
    cell.text = ""
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = par.add_run(line)
        if bold_first and i == 0:
            r.bold = True


def table(doc, rows, header=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def header_footer(doc, header_lines, footer=None, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        if i:
            hp.add_run().add_break()
        r = hp.add_run(line)
        r.italic = italic or None
        r.font.size = Pt(8)
    hp.alignment = align
    if footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def expected(file, languages, online, interpretation, date, people, agenda, headings, actions, next_meeting, remarks):
    return {
        "file": file,
        "languages": languages,
        "online": online,
        "interpretation": interpretation,
        "date": date,
        "people": people,
        "agenda": agenda,
        "headings": headings,
        "actions": actions,
        "next_meeting": next_meeting,
        "remarks": remarks,
    }


# ---------------------------------------------------------------- 327
def r327():
    """POD MI, Flemish staff member (Pieter Vandenbroucke), kick-off at OCMW Gent, Oct 2016."""
    name = "327_verslag_opstart_netwerk_gent_okt2016"
    d = new_doc("Calibri", 11)
    header_footer(d, ["POD Maatschappelijke Integratie", TAG_NL], footer="Verslag opstartvergadering – 13/10/2016")
    p(d, "Verslag opstartvergadering AMIF-netwerk OCMW's", style="Title")
    runs(d, [("Datum: ", "b"), ("donderdag 13 oktober 2016, 10u00 – 15u30", "")])
    runs(d, [("Plaats: ", "b"), ("OCMW Gent, Onderbergen 86, 9000 Gent (zaal De Kring)", "")])
    runs(d, [("Verslag: ", "b"), ("Pieter Vandenbroucke (POD MI)", "")])
    p(d, "Aanwezigheden", bold=True)
    table(d, [
        ["Naam", "Organisatie", "Aanwezig / verontschuldigd"],
        ["Pieter Vandenbroucke", "POD MI", "aanwezig"],
        ["Lien Verhaeghe", "POD MI", "aanwezig"],
        ["Sarah De Smet", "OCMW Gent", "aanwezig"],
        ["Bram Van Acker", "OCMW Gent", "aanwezig"],
        ["Céline Mathy", "CPAS Charleroi", "verontschuldigd"],
        ["Nadia El Khattabi", "OCMW Antwerpen", "aanwezig"],
        ["Olivier Lambotte", "CPAS Liège", "aanwezig"],
        ["Marc Vanderstraeten", "OCMW Brussel", "verontschuldigd"],
        ["Anne-Marie Goossens", "tolk FR-NL", "aanwezig"],
    ], widths=[5.5, 4.5, 5.5])
    p(d)
    p(d, "Agenda", style="Heading 2")
    for t in ["Welkom en kennismaking",
              "Voorstelling van het AMIF-project en het netwerk",
              "Stand van zaken per OCMW",
              "Rapportering en indicatoren",
              "Varia"]:
        p(d, t, style="List Number")

    p(d, "1. Welkom en kennismaking", style="Heading 1")
    p(d, "Sarah De Smet verwelkomt iedereen in de zaal De Kring van OCMW Gent. Iedereen stelt zich kort voor. "
         "Anne-Marie Goossens tolkt voor Olivier Lambotte, die als enige Franstalige deelneemt. "
         "Charleroi en Brussel hebben zich verontschuldigd; zij krijgen het verslag en de presentaties.")
    p(d, "2. Voorstelling van het AMIF-project", style="Heading 1")
    p(d, "Lien Verhaeghe licht de oproep toe. Vijf OCMW's dienen een project in rond sociale activering van "
         "nieuwkomers: Gent, Luik, Charleroi, Antwerpen en Brussel. Kleinere OCMW's kunnen partner worden van een "
         "van de vijf. Het POD volgt de projecten op, organiseert twee à drie netwerkbijeenkomsten per jaar en "
         "verzamelt de cijfers voor de jaarlijkse rapportering aan de Europese Commissie.")
    p(d, "Er wordt beslist om drie keer per jaar samen te komen, telkens bij een ander OCMW.")
    p(d, "3. Stand van zaken per OCMW", style="Heading 1")
    p(d, "3.1 OCMW Gent", style="Heading 2")
    p(d, "Het team bestaat uit een coördinator, twee trajectbegeleiders en een intercultureel bemiddelaar "
         "(samen 3,5 VTE). De eerste groep start in januari met twaalf deelnemers, toegeleid door de "
         "maatschappelijk werkers van de sociale diensten.")
    p(d, "3.2 OCMW Antwerpen", style="Heading 2")
    p(d, "Antwerpen werkt met partners in de rand. Schoten en Edegem zijn geïnteresseerd, Mortsel beslist in "
         "november. Nadia El Khattabi coördineert het partnerschap.")
    p(d, "3.3 CPAS Luik", style="Heading 2")
    p(d, "Olivier Lambotte stelt het project Mod' Actions voor: een intake met oriëntatiebalans, daarna "
         "collectieve modules (taal, creatief atelier, informatica) en individuele begeleiding.")
    p(d, "[cijfers instroom Luik nog aan te vullen]", italic=True, color="C00000")
    p(d, "4. Rapportering en indicatoren", style="Heading 1")
    p(d, "Het POD vraagt per deelnemer enkel geanonimiseerde gegevens: geen namen, wel leeftijdscategorie, "
         "taalniveau en aantal gevolgde modules. Elk OCMW blijft eigenaar van de persoonsgegevens van zijn "
         "deelnemers. Een eerste sjabloon wordt besproken; de kolom 'nationaliteit' wordt herleid tot EU / niet-EU.")
    p(d, "5. Varia", style="Heading 1")
    p(d, "Geen punten.")
    p(d, "Actiepunten", style="Heading 1")
    acts = [
        ("Actie POD MI: ", "de templates voor de projectfiche doorsturen naar alle OCMW's tegen 4 november."),
        ("Actie OCMW Gent: ", "planning van de eerste module bezorgen aan de andere OCMW's."),
        ("Actie Nadia El Khattabi: ", "contact opnemen met OCMW Schoten en Edegem over het partnerschap."),
        ("Actie elk OCMW: ", "een contactpersoon voor het netwerk doorgeven aan het POD."),
    ]
    for lab, txt in acts:
        runs(d, [(lab, "b"), (txt, "")], style="List Bullet")
    p(d)
    nm = "Volgende vergadering: donderdag 19 januari 2017 om 10u00 bij OCMW Antwerpen."
    p(d, nm, bold=True)

    people = [
        ["Pieter Vandenbroucke", "Present", "SPP"],
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Sarah De Smet", "Present", "GENT"],
        ["Bram Van Acker", "Present", "GENT"],
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Olivier Lambotte", "Present", "LIEGE"],
        ["Anne-Marie Goossens", "Present", None],
        ["Céline Mathy", "Excused", "CHARLEROI"],
        ["Marc Vanderstraeten", "Excused", "BRUXELLES"],
    ]
    agenda = [[None, None, "Welkom en kennismaking"],
              [None, None, "Voorstelling van het AMIF-project en het netwerk"],
              [None, None, "Stand van zaken per OCMW"],
              [None, None, "Rapportering en indicatoren"],
              [None, None, "Varia"]]
    headings = [["1", "Welkom en kennismaking"], ["2", "Voorstelling van het AMIF-project"],
                ["3", "Stand van zaken per OCMW"], ["3.1", "OCMW Gent"], ["3.2", "OCMW Antwerpen"],
                ["3.3", "CPAS Luik"], ["4", "Rapportering en indicatoren"], ["5", "Varia"], ["", "Actiepunten"]]
    actions = [
        ["SPP", [], None, "de templates voor de projectfiche doorsturen"],
        ["CPAS", [], "GENT", "planning van de eerste module bezorgen"],
        ["Network Contact", ["Nadia El Khattabi"], None, "contact opnemen met OCMW Schoten en Edegem"],
        ["CPAS", [], None, "een contactpersoon voor het netwerk doorgeven"],
    ]
    return name, d, expected(name + ".docx", ["nl"], False, True, "2016-10-13", people, agenda, headings, actions,
                             {"date": "2017-01-19", "text": nm}, ["[cijfers instroom Luik nog aan te vullen]"])


# ---------------------------------------------------------------- 328
def r328():
    """OCMW Antwerpen coordinator (Nadia El Khattabi), partner meeting with Schoten, Edegem, Mortsel, Mar 2017.
    Plain Normal style, bold lines with colons, run-on presence lines, tabbed agenda, action table at the end."""
    name = "328_verslag_partneroverleg_antwerpen_maart2017"
    d = new_doc("Arial", 10)
    header_footer(d, ["OCMW Antwerpen – AMIF-project 'Samen Sterk' – partnerwerking"], italic=False,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    p(d, "Verslag partneroverleg AMIF – 21 maart 2017", bold=True, size=14)
    p(d, "Locatie: OCMW Antwerpen, Lange Gasthuisstraat, vergaderzaal 2.14")
    runs(d, [("Aanwezig: ", "b"), ("Nadia El Khattabi (OCMW Antwerpen), Wim Peeters (OCMW Antwerpen), Griet Janssens "
                                  "(OCMW Schoten), Kristof Van Loock (OCMW Edegem), Hilde Mertens (OCMW Mortsel), "
                                  "Lien Verhaeghe (POD MI)", "")])
    runs(d, [("Verontschuldigd: ", "b"), ("Sofie Aerts (OCMW Mortsel)", "")])
    p(d)
    p(d, "Agenda:", bold=True)
    ag = [("09u30 – 09u45", "Onthaal en goedkeuring vorig verslag"),
          ("09u45 – 10u30", "Stand van zaken partners"),
          ("10u30 – 11u15", "Toeleiding via de maatschappelijk werkers"),
          ("11u15 – 11u30", "Varia")]
    for t, title in ag:
        par = p(d, t + "\t" + title)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    p(d)
    p(d, "Goedkeuring vorig verslag:", bold=True)
    p(d, "Het verslag van 24 januari wordt goedgekeurd zonder opmerkingen.")
    p(d, "Stand van zaken partners:", bold=True)
    runs(d, [("Schoten – ", "b"), ("7 deelnemers in traject, 2 afhakers. De groep komt samen op dinsdag- en "
                                  "donderdagvoormiddag in het dienstencentrum. Griet merkt op dat de folder te moeilijk "
                                  "is voor laaggeletterde deelnemers.", "")])
    runs(d, [("Edegem – ", "b"), ("start in april met een eerste groep van 5. Intakes lopen via de sociale dienst.", "")])
    runs(d, [("Mortsel – ", "b"), ("4 deelnemers ingeschreven, ", ""), ("[aantal intakes: XXX]", ""),
             (". Het lokaal in de bibliotheek is niet meer beschikbaar vanaf mei.", "")])
    p(d, "Toeleiding via de maatschappelijk werkers:", bold=True)
    p(d, "De toeleiding blijft moeilijk: maatschappelijk werkers kennen het project onvoldoende en verwijzen vooral "
         "mensen met een hoog taalniveau door. Voorstel van Wim: een korte infosessie op het teamoverleg van de "
         "sociale centra. Lien vraagt om de toeleidingscijfers per maand bij te houden (voorgesteld, doorverwezen, "
         "aanwezig op de infosessie, gestart).")
    p(d, "Varia:", bold=True)
    p(d, "De vraag of vervoerskosten van deelnemers (De Lijn) ten laste van het project kunnen, blijft open.")
    p(d)
    p(d, "Actiepunten", bold=True, size=12)
    table(d, [
        ["Wat", "Wie", "Tegen"],
        ["Flyer in eenvoudig Nederlands afwerken", "Griet", "eind april"],
        ["Infosessie plannen voor de maatschappelijk werkers van district Deurne", "Nadia + Wim", "mei"],
        ["Vraag over terugbetaling vervoerskosten voorleggen aan de dienst subsidies", "POD", "volgend overleg"],
        ["Lokaal zoeken voor de taalactivering in Mortsel", "?", "1 mei"],
        ["Aanwezigheidslijsten maandelijks doorsturen naar Antwerpen", "elk OCMW", "telkens de 5de"],
    ], widths=[9.5, 3, 3.5])
    p(d)
    nm = "Volgend overleg: dinsdag 20 juni 2017, 9u30, OCMW Edegem."
    p(d, nm)
    p(d, "Aanvullingen van Edegem nog toe te voegen na nalezing.", italic=True)

    people = [
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Wim Peeters", "Present", "ANTWERPEN"],
        ["Griet Janssens", "Present", "SCHOTEN"],
        ["Kristof Van Loock", "Present", "EDEGEM"],
        ["Hilde Mertens", "Present", "MORTSEL"],
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Sofie Aerts", "Excused", "MORTSEL"],
    ]
    agenda = [["09:30", "09:45", "Onthaal en goedkeuring vorig verslag"],
              ["09:45", "10:30", "Stand van zaken partners"],
              ["10:30", "11:15", "Toeleiding via de maatschappelijk werkers"],
              ["11:15", "11:30", "Varia"]]
    headings = [["", "Goedkeuring vorig verslag"], ["", "Stand van zaken partners"],
                ["", "Toeleiding via de maatschappelijk werkers"], ["", "Varia"], ["", "Actiepunten"]]
    actions = [
        ["Network Contact", ["Griet Janssens"], None, "Flyer in eenvoudig Nederlands afwerken"],
        ["Several Network Contacts", ["Nadia El Khattabi", "Wim Peeters"], None,
         "Infosessie plannen voor de maatschappelijk werkers"],
        ["SPP", [], None, "Vraag over terugbetaling vervoerskosten voorleggen"],
        ["To Be Assigned", [], None, "Lokaal zoeken voor de taalactivering"],
        ["CPAS", [], None, "Aanwezigheidslijsten maandelijks doorsturen naar Antwerpen"],
    ]
    return name, d, expected(name + ".docx", ["nl"], False, False, "2017-03-21", people, agenda, headings, actions,
                             {"date": "2017-06-20", "text": nm},
                             ["[aantal intakes: XXX]", "Aanvullingen van Edegem nog toe te voegen na nalezing."])


# ---------------------------------------------------------------- 329
def r329():
    """CPAS de Binche (Véronique Lenoir), writes one report a year: Binche-Charleroi-SPP meeting, March 2019.
    Times New Roman, underlined Roman-numbered titles, lettered agenda, tabbed people list, typed dashes."""
    name = "329_pv_reunion_binche_charleroi_mars2019"
    d = new_doc("Times New Roman", 12)
    header_footer(d, ["CPAS de Binche – Service d'insertion sociale"], footer="PV réunion FAMI du 12/03/2019",
                  italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p(d, "PROCÈS-VERBAL DE LA RÉUNION DE PARTENARIAT FAMI", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "CPAS de Charleroi – CPAS de Binche", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Binche, le mardi 12 mars 2019, de 9h30 à 12h00, salle du Conseil", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d)
    p(d, "Étaient présents :", underline=True)
    for who, org in [("Mme Véronique Lenoir", "CPAS de Binche"), ("M. Jean-Luc Hainaut", "CPAS de Binche"),
                     ("M. Karim Bensaïd", "CPAS de Charleroi"), ("Mme Aurélie Dufrasne", "CPAS de Charleroi"),
                     ("Mme Julie Moreau", "SPP Intégration Sociale")]:
        par = p(d, who + "\t" + org)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(6))
        par.paragraph_format.space_after = Pt(0)
    p(d)
    p(d, "Était excusée : Mme Céline Mathy (CPAS de Charleroi)")
    p(d)
    p(d, "Ordre du jour :", underline=True)
    for line in ["a) 9h30 : Accueil et tour de table",
                 "b) 9h45 : Recrutement des participants binchois",
                 "c) 10h45 : Transport et mobilité",
                 "d) 11h30 : Divers"]:
        par = p(d, line)
        par.paragraph_format.left_indent = Cm(1)
        par.paragraph_format.space_after = Pt(0)
    p(d)
    p(d, "I. Tour de table", bold=True, underline=True)
    p(d, "Mme Lenoir remercie les collègues de Charleroi et du SPP de s'être déplacés jusqu'à Binche. "
         "M. Hainaut rappelle que le CPAS de Binche a rejoint le projet Activ'Up comme partenaire en septembre 2018.")
    p(d, "II. Recrutement des participants binchois", bold=True, underline=True)
    p(d, "Les assistants sociaux de Binche ont proposé 38 personnes ; 14 sont venues à la séance d'information et "
         "9 ont commencé le module. Les personnes orientées ont souvent un niveau de français débutant.")
    p(d, "[chiffres de février à compléter]", italic=True)
    p(d, "Une nouvelle séance d'information est prévue le 2 avril (date à confirmer).")
    p(d, "- Le CPAS de Charleroi transmettra le calendrier des modules au CPAS de Binche avant la fin du mois.")
    p(d, "- M. Hainaut prendra contact avec les antennes sociales pour une présentation du projet.")
    p(d, "III. Transport et mobilité", bold=True, underline=True)
    p(d, "Les participants de Binche doivent se rendre à Charleroi pour les ateliers collectifs. Le trajet en bus "
         "dure plus d'une heure. Mme Dufrasne propose d'organiser une partie des ateliers à Binche, un jour par semaine.")
    p(d, "- Le SPP vérifie si les frais de déplacement des participants de Binche sont éligibles.")
    p(d, "- Mme Lenoir et Mme Dufrasne cherchent ensemble un local à Binche pour l'atelier du jeudi.")
    p(d, "IV. Divers", bold=True, underline=True)
    p(d, "Néant.")
    p(d)
    nm = "Prochaine réunion : à fixer en juin, à Charleroi."
    p(d, nm, bold=True)
    p(d)
    p(d, "Pour le CPAS de Binche,", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p(d, "V. Lenoir", align=WD_ALIGN_PARAGRAPH.RIGHT)

    people = [
        ["Véronique Lenoir", "Present", "BINCHE"],
        ["Jean-Luc Hainaut", "Present", "BINCHE"],
        ["Karim Bensaïd", "Present", "CHARLEROI"],
        ["Aurélie Dufrasne", "Present", "CHARLEROI"],
        ["Julie Moreau", "Present", "SPP"],
        ["Céline Mathy", "Excused", "CHARLEROI"],
    ]
    agenda = [["09:30", None, "Accueil et tour de table"],
              ["09:45", None, "Recrutement des participants binchois"],
              ["10:45", None, "Transport et mobilité"],
              ["11:30", None, "Divers"]]
    headings = [["I", "Tour de table"], ["II", "Recrutement des participants binchois"],
                ["III", "Transport et mobilité"], ["IV", "Divers"]]
    actions = [
        ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi transmettra le calendrier"],
        ["Network Contact", ["Jean-Luc Hainaut"], None, "M. Hainaut prendra contact avec les antennes"],
        ["SPP", [], None, "Le SPP vérifie si les frais"],
        ["Several Network Contacts", ["Véronique Lenoir", "Aurélie Dufrasne"], None,
         "Mme Lenoir et Mme Dufrasne cherchent ensemble"],
    ]
    return name, d, expected(name + ".docx", ["fr"], False, False, "2019-03-12", people, agenda, headings, actions,
                             {"date": None, "text": nm}, ["[chiffres de février à compléter]"])


# ---------------------------------------------------------------- 330
def r330():
    """Bilingual Brussels team (Marc Vanderstraeten), network meeting at CPAS de Bruxelles, Nov 2018.
    Bilingual headings, FR|NL side-by-side tables per section, action table with FR and NL columns."""
    name = "330_rapport_verslag_reseau_bruxelles_nov2018"
    d = new_doc("Calibri", 10)
    header_footer(d, [TAG_FR, TAG_NL])
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", style="Title")
    p(d, "27 novembre 2018 – 27 november 2018", bold=True)
    p(d, "CPAS de Bruxelles / OCMW van Brussel, rue Haute 298a Hoogstraat, 1000 Bruxelles/Brussel")
    p(d, "Présents / Aanwezig :", bold=True)
    for line in ["Marc Vanderstraeten – CPAS de Bruxelles / OCMW van Brussel",
                 "Anne-Sophie Wauters – CPAS de Bruxelles / OCMW van Brussel",
                 "Thomas Claes – CPAS de Bruxelles / OCMW van Brussel",
                 "Lien Verhaeghe – SPP IS / POD MI",
                 "Sarah De Smet – OCMW Gent / CPAS de Gand",
                 "Olivier Lambotte – CPAS de Liège / OCMW Luik",
                 "Karim Bensaïd – CPAS de Charleroi / OCMW Charleroi"]:
        p(d, line, style="List Bullet")
    p(d, "Excusés / Verontschuldigd :", bold=True)
    p(d, "Nadia El Khattabi – OCMW Antwerpen / CPAS d'Anvers", style="List Bullet")
    p(d, "Ordre du jour / Agenda :", bold=True)
    ag = [("13h30-14h00", "Accueil / Onthaal"),
          ("14h00-15h00", "Visite du projet « Trait d'Union » / Bezoek aan het project « Trait d'Union »"),
          ("15h00-15h45", "Enquête de satisfaction / Tevredenheidsenquête"),
          ("15h45-16h00", "Divers / Varia")]
    t = d.add_table(rows=len(ag), cols=2)
    for i, (tm, title) in enumerate(ag):
        cell_text(t.cell(i, 0), tm)
        cell_text(t.cell(i, 1), title)
    p(d, "Pas d'interprétation : la réunion se tient dans les deux langues, chacun parle sa langue. / "
         "Geen tolken: iedereen spreekt zijn eigen taal.", italic=True)

    def section(title, fr, nl):
        p(d, title, style="Heading 2")
        tb = d.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        cell_lines(tb.cell(0, 0), fr)
        cell_lines(tb.cell(0, 1), nl)

    section("1. Accueil – Onthaal",
            ["Marc Vanderstraeten accueille le réseau dans les locaux de la rue Haute. Tour de table rapide."],
            ["Marc Vanderstraeten verwelkomt het netwerk in de Hoogstraat. Korte voorstellingsronde."])
    section("2. Visite du projet « Trait d'Union » – Bezoek aan « Trait d'Union »",
            ["L'équipe bruxelloise travaille avec des médiateurs interculturels qui servent d'interprètes sociaux "
             "lors des entretiens d'admission. Les participants suivent des ateliers hebdomadaires (activation "
             "linguistique, informatique) et une sortie socioculturelle par mois.",
             "Points forts : lien fort entre l'équipe et les participants ; accueil accessible.",
             "À améliorer : communication des changements d'horaire aux participants."],
            ["Het Brusselse team werkt met interculturele bemiddelaars die als sociaal tolk optreden tijdens de "
             "intakegesprekken. Deelnemers volgen wekelijkse ateliers (taalactivering, informatica) en één "
             "sociaal-culturele uitstap per maand.",
             "Sterke punten: sterke band tussen team en deelnemers; laagdrempelig onthaal.",
             "Werkpunten: communicatie over gewijzigde uurroosters naar de deelnemers."])
    section("3. Enquête de satisfaction – Tevredenheidsenquête",
            ["Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Le réseau demande une "
             "version avec pictogrammes et des traductions (arabe, dari, tigrinya)."],
            ["Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Het netwerk vraagt een versie met "
             "pictogrammen en vertalingen (Arabisch, Dari, Tigrinya)."])
    section("4. Divers – Varia",
            ["Charleroi signale que les procédures administratives pour les sorties prennent de plus en plus de "
             "temps : mieux vaut planifier trois mois à l'avance."],
            ["[NL vertaling punt 4 nog aan te vullen]"])
    p(d, "5. Actions – Acties", style="Heading 2")
    ta = d.add_table(rows=4, cols=3)
    ta.style = "Table Grid"
    rows = [["Action", "Actie", "Qui / Wie"],
            ["Envoyer la liste des antennes sociales participantes", "De lijst van deelnemende sociale antennes doorsturen",
             "Anne-Sophie"],
            ["Proposer une version de l'enquête avec pictogrammes", "Een versie van de enquête met pictogrammen voorstellen",
             "SPP IS / POD MI"],
            ["Partager le modèle de planning trimestriel des sorties", "Het model van driemaandelijkse planning van de uitstappen delen",
             "CPAS de Charleroi / OCMW Charleroi"]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(ta.cell(i, j), v, bold=(i == 0))
    p(d)
    nm = "Prochaine réunion / Volgende vergadering : 14 mars 2019 – 14 maart 2019, CPAS de Liège / OCMW Luik"
    p(d, nm, bold=True)

    people = [
        ["Marc Vanderstraeten", "Present", "BRUXELLES"],
        ["Anne-Sophie Wauters", "Present", "BRUXELLES"],
        ["Thomas Claes", "Present", "BRUXELLES"],
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Sarah De Smet", "Present", "GENT"],
        ["Olivier Lambotte", "Present", "LIEGE"],
        ["Karim Bensaïd", "Present", "CHARLEROI"],
        ["Nadia El Khattabi", "Excused", "ANTWERPEN"],
    ]
    agenda = [["13:30", "14:00", "Accueil / Onthaal"],
              ["14:00", "15:00", "Visite du projet « Trait d'Union » / Bezoek aan het project « Trait d'Union »"],
              ["15:00", "15:45", "Enquête de satisfaction / Tevredenheidsenquête"],
              ["15:45", "16:00", "Divers / Varia"]]
    headings = [["1", "Accueil – Onthaal"],
                ["2", "Visite du projet « Trait d'Union » – Bezoek aan « Trait d'Union »"],
                ["3", "Enquête de satisfaction – Tevredenheidsenquête"],
                ["4", "Divers – Varia"],
                ["5", "Actions – Acties"]]
    actions = [
        ["Network Contact", ["Anne-Sophie Wauters"], None, "Envoyer la liste des antennes sociales participantes"],
        ["SPP", [], None, "Proposer une version de l'enquête avec pictogrammes"],
        ["CPAS", [], "CHARLEROI", "Partager le modèle de planning trimestriel"],
    ]
    return name, d, expected(name + ".docx", ["fr", "nl"], False, False, "2018-11-27", people, agenda, headings,
                             actions, {"date": "2019-03-14", "text": nm}, ["[NL vertaling punt 4 nog aan te vullen]"])


# ---------------------------------------------------------------- 331
def r331():
    """OCMW Gent (Sarah De Smet), online network meeting on Teams with interpretation channel, June 2020.
    Draft line on top, Heading 1/2 with typed numbers, agenda table with '10.00 u.', inline 'Actie X:' plus a summary."""
    name = "331_verslag_netwerk_online_juni2020"
    d = new_doc("Calibri", 11)
    header_footer(d, [TAG_NL + " / " + TAG_FR], footer="OCMW Gent – Dienst Sociale Activering")
    p(d, "ONTWERP – Opmerkingen van Luik en Charleroi nog toe te voegen.", italic=True, color="7F7F7F")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "11 juni 2020 – 11 juin 2020", bold=True)
    p(d, "Online via Microsoft Teams, met tolkkanaal NL-FR (tolken: Claire Devos en Jan Wuyts)")
    p(d, "Aanwezig", style="Heading 3")
    for line in ["Sarah De Smet (OCMW Gent)", "Bram Van Acker (OCMW Gent)", "Lien Verhaeghe (POD MI)",
                 "Olivier Lambotte (CPAS Luik)", "Karim Bensaïd (CPAS Charleroi)", "Nadia El Khattabi (OCMW Antwerpen)",
                 "Thomas Claes (OCMW Brussel)", "Claire Devos (tolk)", "Jan Wuyts (tolk)"]:
        p(d, line, style="List Bullet")
    p(d, "Verontschuldigd", style="Heading 3")
    p(d, "Marc Vanderstraeten (OCMW Brussel)", style="List Bullet")
    p(d, "Agenda", style="Heading 3")
    table(d, [["Uur", "Agendapunt"],
              ["10.00 u.", "Welkom en technische afspraken"],
              ["10.15 u.", "Werking tijdens de coronamaatregelen: ronde van de OCMW's"],
              ["11.15 u.", "Indicatoren 2020"],
              ["11.45 u.", "Planning najaar"]], widths=[3, 12])

    p(d, "1. Welkom en technische afspraken", style="Heading 1")
    p(d, "Microfoons uit wanneer je niet spreekt; kies het tolkkanaal rechtsboven. Franstaligen spreken Frans, "
         "Nederlandstaligen Nederlands.")
    p(d, "2. Werking tijdens de coronamaatregelen", style="Heading 1")
    p(d, "2.1 Gent", style="Heading 2")
    p(d, "Groepssessies zijn opnieuw gestart sinds 8 juni met maximaal 4 deelnemers + 1 begeleider. Individuele "
         "begeleiding liep telefonisch door tijdens de lockdown.")
    runs(d, [("Actie Gent: ", "b"), ("de afsprakennota over groepsgrootte en hygiëne delen met het netwerk.", "")])
    p(d, "2.2 Luik", style="Heading 2")
    p(d, "Groepen van 3 deelnemers + 1 opleider. Het creatieve atelier werkt met pakketten die aan huis worden "
         "gebracht.")
    p(d, "2.3 Charleroi", style="Heading 2")
    p(d, "Zelfde regel als Luik (3 + 1). Karim merkt dat vooral de deelnemers zonder smartphone afhaken.")
    runs(d, [("Actie Karim: ", "b"), ("een overzicht maken van wie geen toegang heeft tot digitale middelen.", "")])
    p(d, "2.4 Antwerpen en Brussel", style="Heading 2")
    p(d, "Antwerpen en de partners hervatten pas in september. Brussel werkt met kleine groepen in het lokaal "
         "aan de Hoogstraat.")
    p(d, "3. Indicatoren 2020", style="Heading 1")
    p(d, "Lien licht toe dat de cijfers over 2020 zullen tonen dat minder deelnemers gestart zijn. Het POD vraagt "
         "om in de rapportering apart te vermelden welke modules online of telefonisch doorgingen.")
    runs(d, [("Actie alle OCMW's: ", "b"), ("per module noteren of die online, telefonisch of fysiek doorging.", "")])
    runs(d, [("Actie POD MI: ", "b"), ("een aangepast rapporteringssjabloon bezorgen tegen eind juli.", "")])
    p(d, "4. Planning najaar", style="Heading 1")
    p(d, "De fysieke bijeenkomst in Luik wordt uitgesteld tot de maatregelen het toelaten.")
    p(d, "Overzicht actiepunten", style="Heading 1")
    table(d, [["Wie", "Wat"],
              ["Gent", "afsprakennota over groepsgrootte delen"],
              ["Karim", "overzicht digitale toegang deelnemers"],
              ["alle OCMW's", "werkvorm per module noteren"],
              ["POD MI", "aangepast rapporteringssjabloon"]], widths=[4, 11])
    p(d, "Résumé en français", style="Heading 1")
    p(d, "Les CPAS ont repris les activités de groupe avec des règles différentes (Gand 4 + 1, Liège et Charleroi "
         "3 + 1). Le SPP enverra un modèle de rapportage adapté fin juillet ; chaque CPAS note pour chaque module "
         "s'il s'est déroulé en ligne, par téléphone ou en présentiel.", italic=True)
    p(d)
    nm = ("Volgende netwerkvergadering: donderdag 15 oktober 2020 (online of in Luik, afhankelijk van de maatregelen)")
    p(d, nm, bold=True)

    people = [
        ["Sarah De Smet", "Present", "GENT"],
        ["Bram Van Acker", "Present", "GENT"],
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Olivier Lambotte", "Present", "LIEGE"],
        ["Karim Bensaïd", "Present", "CHARLEROI"],
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Thomas Claes", "Present", "BRUXELLES"],
        ["Claire Devos", "Present", None],
        ["Jan Wuyts", "Present", None],
        ["Marc Vanderstraeten", "Excused", "BRUXELLES"],
    ]
    agenda = [["10:00", None, "Welkom en technische afspraken"],
              ["10:15", None, "Werking tijdens de coronamaatregelen: ronde van de OCMW's"],
              ["11:15", None, "Indicatoren 2020"],
              ["11:45", None, "Planning najaar"]]
    headings = [["1", "Welkom en technische afspraken"], ["2", "Werking tijdens de coronamaatregelen"],
                ["2.1", "Gent"], ["2.2", "Luik"], ["2.3", "Charleroi"], ["2.4", "Antwerpen en Brussel"],
                ["3", "Indicatoren 2020"], ["4", "Planning najaar"], ["", "Overzicht actiepunten"],
                ["", "Résumé en français"]]
    actions = [
        ["CPAS", [], "GENT", "de afsprakennota over groepsgrootte en hygiëne"],
        ["Network Contact", ["Karim Bensaïd"], None, "een overzicht maken van wie geen"],
        ["CPAS", [], None, "per module noteren of die online"],
        ["SPP", [], None, "een aangepast rapporteringssjabloon bezorgen tegen eind juli"],
    ]
    return name, d, expected(name + ".docx", ["nl", "fr"], True, True, "2020-06-11", people, agenda, headings,
                             actions, {"date": "2020-10-15", "text": nm},
                             ["ONTWERP – Opmerkingen van Luik en Charleroi nog toe te voegen."])


# ---------------------------------------------------------------- 332
def r332():
    """CPAS de Liège (Sophie Renard), writes once a year: steering committee with the SPP, hybrid, Oct 2021.
    NOM Prénom lists, unnumbered Heading 1, bullets with 'h' times, follow-up table with initials."""
    name = "332_compte_rendu_comite_liege_oct2021"
    d = new_doc("Verdana", 9.5)
    header_footer(d, ["CPAS de Liège – Projet Mod' Actions (FAMI)", TAG_FR], footer="Compte rendu – version du 22/10/2021")
    p(d, "Compte rendu du comité d'accompagnement", bold=True, size=16, color="1F3864")
    p(d, "Mardi 19 octobre 2021 – 14h00 à 16h00", bold=True)
    p(d, "Réunion hybride : en présentiel à L'Échelle des Mots (rue Général Bertrand, Liège) et via Teams")
    p(d, "Participants :", bold=True)
    for line in ["RENARD Sophie – CPAS de Liège, coordinatrice", "LAMBOTTE Olivier – CPAS de Liège",
                 "KABONGO Mireille – CPAS de Liège, entretiens d'admission", "MOREAU Julie – SPP IS (via Teams)"]:
        p(d, line, style="List Bullet")
    p(d, "Excusé :", bold=True)
    p(d, "DARCIS Thierry – CPAS de Liège, atelier créatif", style="List Bullet")
    p(d, "Ordre du jour :", bold=True)
    for line in ["14h00 : Bilan du module 1 (2020-2021)", "14h45 : Enquête de satisfaction",
                 "15h15 : Mesures sanitaires et taille des groupes", "15h45 : Divers"]:
        p(d, line, style="List Bullet 2")

    p(d, "Bilan du module 1", style="Heading 1")
    p(d, "Le module 1 s'est terminé en juin avec 21 participants sur 27 inscrits. Six personnes ont arrêté, "
         "surtout pour raisons de santé ou de garde d'enfants. Trois participants ont été orientés vers une "
         "formation ISP.")
    runs(d, [("Taux de présence moyen : 78 %. ", ""), ("[taux de présence du module 2 : à compléter]", "i")])
    p(d, "Enquête de satisfaction", style="Heading 1")
    p(d, "Mireille Kabongo constate que beaucoup de participants ne comprennent pas les termes « autonomie » et "
         "« compétences ». L'équipe a lu les questions à voix haute avec l'aide des médiateurs.")
    p(d, "Commentaires de l'équipe ISP à ajouter.", italic=True, color="C00000")
    p(d, "Mesures sanitaires et taille des groupes", style="Heading 1")
    p(d, "Depuis septembre, les ateliers accueillent 6 participants + 1 formateur. Le CST n'est pas demandé aux "
         "participants. Julie Moreau rappelle que le SPP n'a pas besoin des noms des participants : seules les "
         "données agrégées sont transmises.")
    p(d, "Divers", style="Heading 1")
    p(d, "La ferme du CPAS reste disponible pour les sorties du mercredi.")
    p(d, "Suivi", style="Heading 1")
    table(d, [["Quoi ?", "Qui ?", "Pour quand ?"],
              ["Simplifier le vocabulaire de l'enquête de satisfaction", "M.K.", "novembre"],
              ["Envoyer au SPP les chiffres agrégés du module 1", "S.R.", "15/11"],
              ["Transmettre la note sur les indicateurs communs 2021-2027", "SPP", "fin 2021"],
              ["Réserver la ferme pour la sortie de décembre", "à définir", "—"]], widths=[9.5, 2.5, 3.5])
    p(d)
    nm = "Prochain comité d'accompagnement : le mardi 8 février 2022 à 14h."
    p(d, nm)
    p(d, "Sophie Renard", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    people = [
        ["RENARD Sophie", "Present", "LIEGE"],
        ["LAMBOTTE Olivier", "Present", "LIEGE"],
        ["KABONGO Mireille", "Present", "LIEGE"],
        ["MOREAU Julie", "Present", "SPP"],
        ["DARCIS Thierry", "Excused", "LIEGE"],
    ]
    agenda = [["14:00", None, "Bilan du module 1 (2020-2021)"],
              ["14:45", None, "Enquête de satisfaction"],
              ["15:15", None, "Mesures sanitaires et taille des groupes"],
              ["15:45", None, "Divers"]]
    headings = [["", "Bilan du module 1"], ["", "Enquête de satisfaction"],
                ["", "Mesures sanitaires et taille des groupes"], ["", "Divers"], ["", "Suivi"]]
    actions = [
        ["Network Contact", ["KABONGO Mireille"], None, "Simplifier le vocabulaire de l'enquête de satisfaction"],
        ["Network Contact", ["RENARD Sophie"], None, "Envoyer au SPP les chiffres agrégés"],
        ["SPP", [], None, "Transmettre la note sur les indicateurs communs"],
        ["To Be Assigned", [], None, "Réserver la ferme pour la sortie"],
    ]
    return name, d, expected(name + ".docx", ["fr"], True, False, "2021-10-19", people, agenda, headings, actions,
                             {"date": "2022-02-08", "text": nm},
                             ["[taux de présence du module 2 : à compléter]", "Commentaires de l'équipe ISP à ajouter."])


# ---------------------------------------------------------------- 333
def r333():
    """POD MI (Lien Verhaeghe), online network meeting on Webex with interpreters, Sept 2022.
    Presence in a two-cell table, agenda table Uur|Onderwerp|Wie, bilingual numbered headings, owners in brackets,
    French recap repeating the actions."""
    name = "333_verslag_rapport_netwerk_webex_sept2022"
    d = new_doc("Calibri", 11)
    header_footer(d, ["POD Maatschappelijke Integratie | SPP Intégration Sociale", TAG_NL, TAG_FR])
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "29 september 2022 – 29 septembre 2022", bold=True, size=12)
    p(d, "Online (Webex), met simultaanvertaling NL/FR – en ligne (Webex), avec interprétation simultanée")
    t = d.add_table(rows=2, cols=2)
    t.style = "Light Grid Accent 1"
    cell_text(t.cell(0, 0), "Aanwezig / Présents", bold=True)
    cell_text(t.cell(0, 1), "Verontschuldigd / Excusés", bold=True)
    cell_lines(t.cell(1, 0), ["Lien Verhaeghe (POD MI)", "Pieter Vandenbroucke (POD MI)", "Sarah De Smet (OCMW Gent)",
                              "Sophie Renard (CPAS Luik)", "Karim Bensaïd (CPAS Charleroi)",
                              "Aurélie Dufrasne (CPAS Charleroi)", "Nadia El Khattabi (OCMW Antwerpen)",
                              "Claire Devos en Jan Wuyts (tolken)"])
    cell_lines(t.cell(1, 1), ["Thomas Claes (OCMW Brussel)", "Bram Van Acker (OCMW Gent)"])
    p(d)
    p(d, "Agenda", bold=True, size=12)
    table(d, [["Uur", "Onderwerp", "Wie"],
              ["9u30 – 9u45", "Welkom / Accueil", "POD MI"],
              ["9u45 – 10u45", "Nieuwe AMIF-programmaperiode 2021-2027: gemeenschappelijke indicatoren", "POD MI"],
              ["10u45 – 11u00", "Pauze", ""],
              ["11u00 – 12u00", "Getuigenis: de trajecten in Charleroi", "CPAS Charleroi"],
              ["12u00 – 12u30", "Rondvraag / Tour de table", "allen"]], widths=[3, 9.5, 3])

    p(d, "1. Welkom – Accueil", style="Heading 1")
    p(d, "Lien verwelkomt iedereen. De tolken zijn beschikbaar op het tolkkanaal; wie in de zaal spreekt, houdt de "
         "microfoon aan. Brussel is verontschuldigd wegens een personeelsvergadering.")
    p(d, "2. Gemeenschappelijke indicatoren – Indicateurs communs", style="Heading 1")
    p(d, "Verordening (EU) 2021/1147 legt gemeenschappelijke output- en resultaatindicatoren op: aantal deelnemers "
         "aan taalcursussen, inburgering en individuele begeleiding; aantal deelnemers die minstens één ERK-niveau "
         "stijgen; aantal deelnemers die aangeven dat de activiteit hun integratie heeft geholpen.")
    p(d, "De OCMW's vragen hoe het ERK-niveau gemeten moet worden bij laaggeletterde deelnemers. Dat wordt verder "
         "onderzocht.")
    p(d, "Bewaartermijn: documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling "
         "(art. 82 Verordening (EU) 2021/1060); persoonsgegevens niet langer dan nodig.")
    p(d, "3. Getuigenis Charleroi – Témoignage de Charleroi", style="Heading 1")
    p(d, "Karim Bensaïd en Aurélie Dufrasne stellen de rekruteringstrechter voor: meer dan 1.000 personen opgelijst, "
         "315 behouden door de maatschappelijk werkers voor module 1, waarvan 110 (35 %) op de infosessie kwamen. "
         "Voor module 2: 199 behouden, 60 aanwezig (30 %).")
    p(d, "4. Rondvraag – Tour de table", style="Heading 1")
    p(d, "Gent meldt een wachtlijst voor de taalactivering. Luik start een nieuwe groep in november.")
    p(d, "Actiepunten – Points d'action", style="Heading 1")
    for txt in ["De nieuwe indicatorentabel invullen voor 31 januari 2023 (alle OCMW's)",
                "Een nota over het meten van ERK-niveaus bij laaggeletterden opstellen (POD MI)",
                "De presentatie over de rekruteringstrechter delen met het netwerk (Karim Bensaïd en Aurélie Dufrasne)",
                "Een werkgroep rond de bewaartermijnen trekken (nog te bepalen)",
                "Een voorbeeld van toestemmingsformulier bezorgen (OCMW Antwerpen)"]:
        p(d, txt, style="List Number")
    p(d, "Résumé des actions", style="Heading 2")
    p(d, "Chaque CPAS complète le nouveau tableau des indicateurs avant le 31 janvier 2023 ; le SPP rédige une note "
         "sur la mesure des niveaux CECR ; Charleroi partage sa présentation ; un pilote pour le groupe de travail "
         "sur les délais de conservation reste à trouver ; Anvers envoie un modèle de formulaire de consentement.",
      italic=True)
    p(d)
    nm = "Volgende bijeenkomst / Prochaine rencontre: 1 december 2022 – 1er décembre 2022, Charleroi"
    p(d, nm, bold=True)

    people = [
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Pieter Vandenbroucke", "Present", "SPP"],
        ["Sarah De Smet", "Present", "GENT"],
        ["Sophie Renard", "Present", "LIEGE"],
        ["Karim Bensaïd", "Present", "CHARLEROI"],
        ["Aurélie Dufrasne", "Present", "CHARLEROI"],
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Claire Devos", "Present", None],
        ["Jan Wuyts", "Present", None],
        ["Thomas Claes", "Excused", "BRUXELLES"],
        ["Bram Van Acker", "Excused", "GENT"],
    ]
    agenda = [["09:30", "09:45", "Welkom / Accueil"],
              ["09:45", "10:45", "Nieuwe AMIF-programmaperiode 2021-2027: gemeenschappelijke indicatoren"],
              ["10:45", "11:00", "Pauze"],
              ["11:00", "12:00", "Getuigenis: de trajecten in Charleroi"],
              ["12:00", "12:30", "Rondvraag / Tour de table"]]
    headings = [["1", "Welkom – Accueil"], ["2", "Gemeenschappelijke indicatoren – Indicateurs communs"],
                ["3", "Getuigenis Charleroi – Témoignage de Charleroi"], ["4", "Rondvraag – Tour de table"],
                ["", "Actiepunten – Points d'action"], ["", "Résumé des actions"]]
    actions = [
        ["CPAS", [], None, "De nieuwe indicatorentabel invullen voor 31 januari"],
        ["SPP", [], None, "Een nota over het meten van ERK-niveaus"],
        ["Several Network Contacts", ["Karim Bensaïd", "Aurélie Dufrasne"], None,
         "De presentatie over de rekruteringstrechter delen"],
        ["To Be Assigned", [], None, "Een werkgroep rond de bewaartermijnen trekken"],
        ["CPAS", [], "ANTWERPEN", "Een voorbeeld van toestemmingsformulier bezorgen"],
    ]
    return name, d, expected(name + ".docx", ["nl", "fr"], True, True, "2022-09-29", people, agenda, headings,
                             actions, {"date": "2022-12-01", "text": nm}, [])


# ---------------------------------------------------------------- 334
def r334():
    """OCMW Schoten (Koen Wouters), rarely writes: informal partner meeting at Schoten, May 2023.
    Mail-like, first names only, no agenda, '1)' bold-underlined titles, actions as sentences."""
    name = "334_verslagje_partneroverleg_schoten_mei2023"
    d = new_doc()
    p(d, "Verslag partneroverleg AMIF – Schoten, 16/05/2023", bold=True, size=13)
    p(d, "Hallo allemaal,")
    p(d, "Hierbij een kort verslagje van ons overleg van dinsdag in het dienstencentrum De Vonk.")
    p(d, "Aanwezig: Griet, Koen (Schoten), Nadia en Wim (Antwerpen), Hilde (Mortsel)")
    p(d, "Kristof (Edegem) was verontschuldigd.")
    p(d)
    p(d, "1) Instroom", bold=True, underline=True)
    p(d, "Schoten heeft 9 deelnemers, Mortsel 6, Antwerpen zelf een dertigtal verdeeld over drie groepen "
         "(cijfers van Edegem nog aan te vullen). Nieuwe inschrijvingen kunnen altijd.")
    p(d, "OCMW Mortsel bezorgt de aanwezigheidslijsten van april nog aan Nadia.")
    p(d, "2) Het nieuwe lokaal", bold=True, underline=True)
    p(d, "We mogen vanaf juni het lokaal boven de bib gebruiken op maandag en donderdag. Er is een beamer, geen "
         "wifi. Afspraken maken over het sleutelbeheer van het lokaal (wie: nog te bepalen).")
    p(d, "3) Tevredenheidsenquête", bold=True, underline=True)
    p(d, "De enquête blijft te moeilijk. Het POD heeft intussen een versie met pictogrammen gemaakt, die vinden we "
         "goed. Nadia zal de vertaalde enquête in het Arabisch en Dari doorsturen. Koen en Griet maken een nieuwe "
         "flyer met pictogrammen voor de sociale dienst.")
    p(d, "4) Allerlei", bold=True, underline=True)
    p(d, "Hilde vraagt of iemand ervaring heeft met een uitstap naar het Vlaams Parlement. Antwerpen is er vorig "
         "jaar geweest. Wim zoekt de contactgegevens van de dienst bezoekers op.")
    p(d)
    nm = "Volgende keer: na de zomer, Nadia stuurt een doodle."
    p(d, nm)
    p(d)
    p(d, "Groetjes,")
    p(d, "Koen")
    p(d, "OCMW Schoten – sociale dienst", italic=True, size=9)

    people = [
        ["Griet", "Present", "SCHOTEN"],
        ["Koen", "Present", "SCHOTEN"],
        ["Nadia", "Present", "ANTWERPEN"],
        ["Wim", "Present", "ANTWERPEN"],
        ["Hilde", "Present", "MORTSEL"],
        ["Kristof", "Excused", "EDEGEM"],
    ]
    headings = [["1", "Instroom"], ["2", "Het nieuwe lokaal"], ["3", "Tevredenheidsenquête"], ["4", "Allerlei"]]
    actions = [
        ["CPAS", [], "MORTSEL", "OCMW Mortsel bezorgt de aanwezigheidslijsten van april"],
        ["To Be Assigned", [], None, "Afspraken maken over het sleutelbeheer van"],
        ["Network Contact", ["Nadia"], None, "Nadia zal de vertaalde enquête in"],
        ["Several Network Contacts", ["Koen", "Griet"], None, "Koen en Griet maken een nieuwe flyer"],
        ["Network Contact", ["Wim"], None, "Wim zoekt de contactgegevens van de"],
        ["Network Contact", ["Nadia"], None, "Nadia stuurt een doodle"],
    ]
    return name, d, expected(name + ".docx", ["nl"], False, False, "2023-05-16", people, [], headings, actions,
                             {"date": None, "text": nm}, ["(cijfers van Edegem nog aan te vullen)"])


# ---------------------------------------------------------------- 335
def r335():
    """CPAS de Charleroi (Aurélie Dufrasne), network meeting in Charleroi with interpreters, Jan 2025.
    Heading 1/2 with typed numbers, '10h00 – 10h45' agenda, 'Action : … (Responsable : …)' lines."""
    name = "335_rapport_rencontre_reseau_charleroi_janv2025"
    d = new_doc("Calibri", 11)
    header_footer(d, ["CPAS de Charleroi – Service Action Migrants", TAG_FR + " | " + TAG_NL])
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", style="Title")
    p(d, "Jeudi 23 janvier 2025 – Donderdag 23 januari 2025", bold=True)
    p(d, "Lieu : CPAS de Charleroi, boulevard Joseph II, salle polyvalente. Interprétation simultanée FR/NL "
         "assurée sur place.")
    p(d, "Présents", style="Heading 3")
    for line in ["Aurélie Dufrasne, CPAS de Charleroi", "Karim Bensaïd, CPAS de Charleroi",
                 "Véronique Lenoir, CPAS de Binche", "Sarah De Smet, OCMW Gent", "Nadia El Khattabi, OCMW Antwerpen",
                 "Sophie Renard, CPAS de Liège", "Thomas Claes, CPAS de Bruxelles", "Julie Moreau, SPP IS",
                 "Lien Verhaeghe, POD MI", "Claire Devos, interprète", "Jan Wuyts, interprète"]:
        p(d, line, style="List Bullet")
    runs(d, [("Excusés : ", "b"), ("Olivier Lambotte (CPAS de Liège), Pieter Vandenbroucke (SPP IS)", "")])
    p(d, "Ordre du jour", style="Heading 3")
    for line in ["10h00 – 10h15 Accueil et approbation du rapport du 26 septembre 2024",
                 "10h15 – 11h15 Les indicateurs de résultat : premiers chiffres 2024",
                 "11h15 – 12h00 Atelier : communiquer avec les participants",
                 "12h00 – 12h30 Divers et clôture"]:
        p(d, line, style="List Number")

    p(d, "1. Accueil", style="Heading 1")
    p(d, "Aurélie Dufrasne accueille le réseau. Le rapport de la rencontre du 26 septembre 2024 est approuvé.")
    p(d, "2. Indicateurs de résultat 2024", style="Heading 1")
    p(d, "2.1 Niveaux CECR", style="Heading 2")
    p(d, "Gand et Liège ont mesuré les niveaux en début et en fin de module : 41 % des participants de Gand ont "
         "gagné au moins un niveau CECR. Charleroi : 33 %. Bruxelles : [chiffres de Bruxelles à compléter].")
    p(d, "2.2 Perception de l'intégration", style="Heading 2")
    p(d, "La question « L'activité vous a-t-elle aidé dans votre intégration ? » est posée oralement par le "
         "médiateur. Anvers propose un smiley à trois niveaux.")
    p(d, "Action : harmoniser la formulation de la question dans les deux langues (Responsable : SPP IS)")
    p(d, "3. Atelier : communiquer avec les participants", style="Heading 1")
    p(d, "Constats communs : horaires qui changent, cours annulés au dernier moment, SMS mal compris. Gand utilise "
         "un groupe WhatsApp par module avec des messages vocaux ; Binche affiche l'horaire de la semaine en "
         "pictogrammes.")
    p(d, "Action : créer un modèle d'horaire hebdomadaire en pictogrammes (Responsables : Karim Bensaïd et "
         "Véronique Lenoir)")
    p(d, "Action : tester le groupe WhatsApp vocal pendant un module (Responsable : CPAS de Charleroi)")
    p(d, "4. Divers et clôture", style="Heading 1")
    p(d, "Le réseau souhaite une formation commune sur la communication interculturelle.")
    p(d, "Action : trouver un formateur pour la formation commune (Responsable : à définir)")
    p(d)
    nm = "Prochaine rencontre du réseau : jeudi 22 mai 2025 à Gand (à confirmer)."
    p(d, nm, bold=True, color="1F3864")

    people = [
        ["Aurélie Dufrasne", "Present", "CHARLEROI"],
        ["Karim Bensaïd", "Present", "CHARLEROI"],
        ["Véronique Lenoir", "Present", "BINCHE"],
        ["Sarah De Smet", "Present", "GENT"],
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Sophie Renard", "Present", "LIEGE"],
        ["Thomas Claes", "Present", "BRUXELLES"],
        ["Julie Moreau", "Present", "SPP"],
        ["Lien Verhaeghe", "Present", "SPP"],
        ["Claire Devos", "Present", None],
        ["Jan Wuyts", "Present", None],
        ["Olivier Lambotte", "Excused", "LIEGE"],
        ["Pieter Vandenbroucke", "Excused", "SPP"],
    ]
    agenda = [["10:00", "10:15", "Accueil et approbation du rapport du 26 septembre 2024"],
              ["10:15", "11:15", "Les indicateurs de résultat : premiers chiffres 2024"],
              ["11:15", "12:00", "Atelier : communiquer avec les participants"],
              ["12:00", "12:30", "Divers et clôture"]]
    headings = [["1", "Accueil"], ["2", "Indicateurs de résultat 2024"], ["2.1", "Niveaux CECR"],
                ["2.2", "Perception de l'intégration"], ["3", "Atelier : communiquer avec les participants"],
                ["4", "Divers et clôture"]]
    actions = [
        ["SPP", [], None, "harmoniser la formulation de la question"],
        ["Several Network Contacts", ["Karim Bensaïd", "Véronique Lenoir"], None,
         "créer un modèle d'horaire hebdomadaire en pictogrammes"],
        ["CPAS", [], "CHARLEROI", "tester le groupe WhatsApp vocal pendant"],
        ["To Be Assigned", [], None, "trouver un formateur pour la formation"],
    ]
    return name, d, expected(name + ".docx", ["fr"], False, True, "2025-01-23", people, agenda, headings, actions,
                             {"date": "2025-05-22", "text": nm}, ["[chiffres de Bruxelles à compléter]"])


# ---------------------------------------------------------------- 336
def r336():
    """OCMW Edegem (Kristof Van Loock), hybrid partner meeting of the Antwerp cluster, Feb 2026.
    Titles Dhr./Mevr., lettered Heading 2 sections, numbered agenda with '14.00 u.', owners after a dash."""
    name = "336_verslag_partneroverleg_edegem_feb2026"
    d = new_doc("Calibri", 11)
    header_footer(d, ["OCMW Edegem – Sociale dienst", TAG_NL], footer="Ontwerpverslag – niet verspreiden")
    p(d, "ONTWERPVERSLAG", bold=True, color="C00000")
    p(d, "Partneroverleg AMIF regio Antwerpen", style="Heading 1")
    p(d, "Dinsdag 10 februari 2026, 14.00 – 16.00 u.")
    p(d, "OCMW Edegem, Kontichstraat, vergaderzaal 1 – Mortsel en het POD namen deel via Teams")
    p(d, "Aanwezig:", bold=True)
    for line in ["Dhr. Kristof Van Loock – OCMW Edegem", "Mevr. Sofie Aerts – OCMW Edegem",
                 "Mevr. Nadia El Khattabi – OCMW Antwerpen", "Dhr. Wim Peeters – OCMW Antwerpen",
                 "Mevr. Griet Janssens – OCMW Schoten", "Mevr. Hilde Mertens – OCMW Mortsel (online)",
                 "Dhr. Pieter Vandenbroucke – POD MI (online)"]:
        p(d, line, style="List Bullet")
    p(d, "Verontschuldigd:", bold=True)
    p(d, "Dhr. Koen Wouters – OCMW Schoten", style="List Bullet")
    p(d, "Agenda:", bold=True)
    for line in ["14.00 u. Opening en verslag vorige vergadering",
                 "14.15 u. Cijfers 2025 per partner",
                 "15.00 u. Einde van de programmaperiode: wat na 2027?",
                 "15.45 u. Varia"]:
        p(d, line, style="List Number")
    p(d, "Dit verslag is nog een ontwerp; opmerkingen van Antwerpen worden nog toegevoegd.", italic=True)

    p(d, "A. Opening en verslag vorige vergadering", style="Heading 2")
    p(d, "Kristof verwelkomt iedereen in Edegem. Sofie Aerts werkt sinds januari bij OCMW Edegem (voorheen Mortsel). "
         "Het verslag van 14 oktober 2025 wordt goedgekeurd.")
    p(d, "B. Cijfers 2025 per partner", style="Heading 2")
    table(d, [["Partner", "Gestart", "Afgerond", "Doorstroom ISP"],
              ["Antwerpen", "64", "47", "11"],
              ["Schoten", "[nog aan te vullen: cijfers 2025 Schoten]", "", ""],
              ["Edegem", "12", "9", "2"],
              ["Mortsel", "10", "8", "1"]], widths=[4, 5, 3, 3.5])
    p(d, "Pieter vraagt de cijfers per indicator (taalcursus, inburgering, individuele begeleiding) apart te houden.")
    p(d, "C. Einde van de programmaperiode: wat na 2027?", style="Heading 2")
    p(d, "De huidige AMIF-periode loopt tot eind 2027. De documenten moeten vijf jaar bewaard blijven na 31 december "
         "van het jaar van de laatste betaling. De partners willen weten of het POD een opvolgproject voorziet.")
    p(d, "D. Varia", style="Heading 2")
    p(d, "Hilde meldt dat Mortsel in april verhuist naar het nieuwe sociaal huis.")
    p(d, "Actiepunten", bold=True)
    for line in ["Lijst met contactpersonen actualiseren – Hilde",
                 "Bewaarschema voor de projectdocumenten opstellen – OCMW Antwerpen",
                 "Informatie over een mogelijk opvolgproject na 2027 bezorgen – POD MI",
                 "Cijfers 2025 per indicator aanleveren – iedereen",
                 "Praktische afspraken voor de verhuis van de groep naar het sociaal huis – Hilde en Sofie"]:
        p(d, line, style="List Bullet")
    p(d)
    nm = "Volgende vergadering: woensdag 13 mei 2026 om 14.00 u., OCMW Mortsel (Teams-link volgt)."
    p(d, nm, bold=True)

    people = [
        ["Kristof Van Loock", "Present", "EDEGEM"],
        ["Sofie Aerts", "Present", "EDEGEM"],
        ["Nadia El Khattabi", "Present", "ANTWERPEN"],
        ["Wim Peeters", "Present", "ANTWERPEN"],
        ["Griet Janssens", "Present", "SCHOTEN"],
        ["Hilde Mertens", "Present", "MORTSEL"],
        ["Pieter Vandenbroucke", "Present", "SPP"],
        ["Koen Wouters", "Excused", "SCHOTEN"],
    ]
    agenda = [["14:00", None, "Opening en verslag vorige vergadering"],
              ["14:15", None, "Cijfers 2025 per partner"],
              ["15:00", None, "Einde van de programmaperiode: wat na 2027?"],
              ["15:45", None, "Varia"]]
    headings = [["A", "Opening en verslag vorige vergadering"], ["B", "Cijfers 2025 per partner"],
                ["C", "Einde van de programmaperiode: wat na 2027?"], ["D", "Varia"], ["", "Actiepunten"]]
    actions = [
        ["Network Contact", ["Hilde Mertens"], None, "Lijst met contactpersonen actualiseren"],
        ["CPAS", [], "ANTWERPEN", "Bewaarschema voor de projectdocumenten opstellen"],
        ["SPP", [], None, "Informatie over een mogelijk opvolgproject na 2027"],
        ["CPAS", [], None, "Cijfers 2025 per indicator aanleveren"],
        ["Several Network Contacts", ["Hilde Mertens", "Sofie Aerts"], None,
         "Praktische afspraken voor de verhuis van"],
    ]
    return name, d, expected(name + ".docx", ["nl"], True, False, "2026-02-10", people, agenda, headings, actions,
                             {"date": "2026-05-13", "text": nm},
                             ["Dit verslag is nog een ontwerp; opmerkingen van Antwerpen worden nog toegevoegd.",
                              "[nog aan te vullen: cijfers 2025 Schoten]"])


def main():
    for fn in (r327, r328, r329, r330, r331, r332, r333, r334, r335, r336):
        name, doc, exp = fn()
        doc.save(os.path.join(HERE, name + ".docx"))
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
