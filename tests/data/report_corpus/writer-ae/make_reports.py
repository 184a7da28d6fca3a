# -*- coding: utf-8 -*-
"""Ten AMIF/FAMI network meeting reports (317-326) as everyday office practice makes them.
Each function builds one .docx with python-docx and returns the expected dict."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x80, 0x80, 0x80)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def new_doc(font=None, size=None, margins=None):
    d = Document()
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if size:
        d.styles["Normal"].font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    if margins:
        sec.left_margin = sec.right_margin = Cm(margins)
    return d


def P(d, text="", style=None, bold=False, italic=False, color=None, size=None, align=None, space_after=None):
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def R(p, text, bold=False, italic=False, color=None, underline=False, highlight=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if color is not None:
        r.font.color.rgb = color
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def H(d, text, level=1):
    return d.add_heading(text, level=level)


def table(d, rows, style="Table Grid", bold_header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            par = c.paragraphs[0]
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                if k:
                    par = c.add_paragraph()
                r = par.add_run(line)
                if i == 0 and bold_header:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def header_footer(d, head=None, foot=None, italic=True):
    sec = d.sections[0]
    if head:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(head)
        r.italic = italic or None
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
    if foot:
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(foot)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


TAG = ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
       "Vers une politique de migration plus intégrée, grâce au FAMI")


def exp(file, languages, online, interpretation, date, people, agenda, headings, actions, next_meeting, remarks):
    return {"file": file, "languages": languages, "online": online, "interpretation": interpretation,
            "date": date, "people": people, "agenda": agenda, "headings": headings, "actions": actions,
            "next_meeting": next_meeting, "remarks": remarks}


# ---------------------------------------------------------------- 317
def r317():
    """Els Verhulst (OCMW Gent) starts from the file of the June meeting: the header still
    carries the old title, Heading 1 with typed numbers, agenda table with 'u' times."""
    f = "317_verslag_netwerkdag_gent_oktober2016.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "Verslag netwerkdag AMIF – 2 juni 2016 – OCMW Gent", "OCMW Gent – Dienst Samenleven – AMIF-project 'Welkom in Gent'")
    P(d, TAG, italic=True, color=GREY, size=9)
    P(d, "Verslag netwerkdag AMIF-OCMW's", bold=True, size=16, color=BLUE)
    P(d, "Donderdag 13 oktober 2016 – OCMW Gent, Onderbergen 86, 9000 Gent", bold=True)
    P(d, "Aanwezig", bold=True, space_after=0)
    pres = [("Els Verhulst", "OCMW Gent", "GENT"), ("Bram De Clercq", "OCMW Gent", "GENT"),
            ("Hatice Yilmaz", "OCMW Gent", "GENT"), ("Jolien Peeters", "OCMW Antwerpen", "ANTWERPEN"),
            ("Marc Henrotte", "OCMW Luik", "LIEGE"), ("Fabienne Dupuis", "OCMW Charleroi", "CHARLEROI"),
            ("Anne-Sophie Verbeke", "OCMW Brussel", "BRUXELLES"), ("Pieter Vandamme", "POD MI", "SPP")]
    for n, o, _ in pres:
        P(d, "%s (%s)" % (n, o), style="List Bullet")
    p = P(d, "")
    R(p, "Verontschuldigd: ", bold=True)
    R(p, "Stijn Van Looy (OCMW Antwerpen), Véronique Lambotte (POD MI)")
    P(d, "Agenda", bold=True)
    ag = [("9u30", "10u00", "Onthaal en koffie"), ("10u00", "10u45", "Stand van zaken per OCMW"),
          ("10u45", "11u30", "Voorstelling werking 'Welkom in Gent'"), ("11u30", "12u15", "Tevredenheidsenquête: eerste resultaten"),
          ("12u15", "12u30", "Varia en afspraken")]
    table(d, [["Uur", "Onderwerp"]] + [["%s – %s" % (a, b), t] for a, b, t in ag], widths=[3.5, 12])
    P(d, "")
    H(d, "1. Onthaal", 1)
    P(d, "Els heet iedereen welkom in de lokalen van het OCMW aan de Onderbergen. Voor de meeste collega's is het "
         "de eerste keer in Gent. Een rondleiding in het gebouw volgt na de middag.")
    H(d, "2. Stand van zaken per OCMW", 1)
    p = P(d, "")
    R(p, "Gent: ", bold=True)
    R(p, "sinds september zijn 42 deelnemers ingestroomd. De wachtlijst voor de taalactivering blijft lang.")
    p = P(d, "")
    R(p, "Antwerpen: ", bold=True)
    R(p, "Jolien meldt dat de rekrutering via de sociale centra trager loopt dan gepland.")
    P(d, "Cijfers instroom Antwerpen: nog aan te vullen", italic=True, color=RED)
    p = P(d, "")
    R(p, "Luik / Charleroi / Brussel: ", bold=True)
    R(p, "de modules zijn gestart in september. Charleroi heeft een infosessie georganiseerd voor 315 potentiële deelnemers; "
         "110 zijn komen opdagen.")
    P(d, "Aantal deelnemers module 2 Brussel: XXX")
    H(d, "3. Voorstelling werking 'Welkom in Gent'", 1)
    P(d, "Hatice stelt het intakegesprek en de oriëntatiebalans voor. Elke deelnemer krijgt een vaste begeleider. "
         "De groepsmodules lopen per schooljaar (september – juni).")
    H(d, "4. Tevredenheidsenquête", 1)
    P(d, "De huidige vragenlijst is te abstract voor de doelgroep. Iedereen is het erover eens dat er eenvoudiger "
         "taal en pictogrammen nodig zijn.")
    p = P(d, "")
    R(p, "Actie: ", bold=True)
    R(p, "Bram stuurt de aangepaste tevredenheidsenquête door naar alle OCMW's.")
    H(d, "5. Varia en afspraken", 1)
    p = P(d, "")
    R(p, "Actie POD: ", bold=True)
    R(p, "planning van de indicatoren bezorgen vóór 15 november.")
    P(d, "Elk OCMW bezorgt zijn aanwezigheidslijsten van het eerste trimester aan de POD.")
    P(d, "")
    P(d, "Volgende bijeenkomst: donderdag 9 februari 2017 in Antwerpen (OCMW Antwerpen, Lange Gasthuisstraat)", bold=True)
    d.save(os.path.join(HERE, f))
    return exp(f, ["nl"], False, False, "2016-10-13",
               [[n, "Present", c] for n, _, c in pres] + [["Stijn Van Looy", "Excused", "ANTWERPEN"],
                                                        ["Véronique Lambotte", "Excused", "SPP"]],
               [[a.replace("u", ":").zfill(5), b.replace("u", ":").zfill(5), t] for a, b, t in ag],
               [["1", "Onthaal"], ["2", "Stand van zaken per OCMW"], ["3", "Voorstelling werking 'Welkom in Gent'"],
                ["4", "Tevredenheidsenquête"], ["5", "Varia en afspraken"]],
               [["Network Contact", ["Bram De Clercq"], None, "Bram stuurt de aangepaste tevredenheidsenquête door"],
                ["SPP", [], None, "planning van de indicatoren bezorgen vóór"],
                ["CPAS", [], None, "Elk OCMW bezorgt zijn aanwezigheidslijsten van"]],
               {"date": "2017-02-09", "text": "Volgende bijeenkomst: donderdag 9 februari 2017 in Antwerpen (OCMW Antwerpen, Lange Gasthuisstraat)"},
               ["Cijfers instroom Antwerpen: nog aan te vullen", "Aantal deelnemers module 2 Brussel: XXX"])


# ---------------------------------------------------------------- 318
def r318():
    """Karim Haddouche (CPAS Charleroi) types up his handwritten notes six days later: Normal style
    only, bold lines as sections, typed dashes and arrows, brackets for what he could not read."""
    f = "318_notes_reunion_fami_charleroi_mars2017.docx"
    d = new_doc("Arial", 10)
    P(d, "CPAS de Charleroi – Service Action Migrants", size=9, color=GREY)
    P(d, "Notes de la réunion FAMI du mardi 21 mars 2017", bold=True, size=13)
    P(d, "(notes prises à la main pendant la réunion, mises au propre le 27/03/2017 – K.H.)", italic=True)
    P(d, "Lieu : CPAS de Charleroi, salle 2.14, boulevard Joseph II 13, 6000 Charleroi")
    P(d, "Étaient présents : Fabienne Dupuis et Karim Haddouche (CPAS Charleroi), Julie Carlier (CPAS Binche), "
         "Marc Henrotte (CPAS Liège), Olivier Nsimba (CPAS Bruxelles), Véronique Lambotte (SPP IS).")
    P(d, "Excusée : Mme Sophie Lejeune (CPAS de Liège)")
    P(d, "Ordre du jour (envoyé par mail le 10/03) :")
    ag = [("10h00", None, "accueil café"), ("10h15", None, "tour de table des projets"),
          ("11h00", None, "recrutement : l'entonnoir de Charleroi"), ("12h00", None, "questions au SPP"),
          (None, None, "divers")]
    for a, b, t in ag:
        P(d, "- %s : %s" % (a, t) if a else "- %s" % t)
    P(d, "")
    P(d, "Tour de table", bold=True)
    P(d, "Liège : le module 2 démarre avec 14 participants, les contrats (AS, entretien d'admission, responsable de "
         "module) sont signés. Bruxelles : difficultés avec les horaires qui changent, des cours annulés sans prévenir "
         "les participants.")
    P(d, "Binche : première année comme partenaire de Charleroi, 9 inscrits [chiffres de Binche à compléter]")
    P(d, "Recrutement – l'entonnoir", bold=True)
    P(d, "Fabienne présente le système : plus de 1 000 personnes listées, 315 retenues par les AS pour le module 1, "
         "110 présentes à la séance d'info (35 %). Pour le module 2 : 199 retenues, 60 présentes (30 %).")
    P(d, "→ Fabienne renvoie le tableau de l'entonnoir à tout le monde")
    P(d, "Questions au SPP", bold=True)
    P(d, "Frais de transport des participants (tickets TEC) : Véronique n'a pas la réponse.")
    P(d, "→ SPP : vérifier si les frais de transport des participants sont éligibles")
    P(d, "Rapportage annuel : le canevas sera le même que l'an dernier.")
    P(d, "Divers", bold=True)
    P(d, "Marc propose une visite à Liège pour voir l'atelier créatif. [détail de ce point à compléter]")
    P(d, "→ Olivier et Marc regardent ensemble une date pour la visite de Liège")
    P(d, "")
    P(d, "Prochaine réunion : à fixer par Doodle (juin ?)")
    d.save(os.path.join(HERE, f))
    return exp(f, ["fr"], False, False, "2017-03-21",
               [["Fabienne Dupuis", "Present", "CHARLEROI"], ["Karim Haddouche", "Present", "CHARLEROI"],
                ["Julie Carlier", "Present", "BINCHE"], ["Marc Henrotte", "Present", "LIEGE"],
                ["Olivier Nsimba", "Present", "BRUXELLES"], ["Véronique Lambotte", "Present", "SPP"],
                ["Sophie Lejeune", "Excused", "LIEGE"]],
               [["10:00", None, "accueil café"], ["10:15", None, "tour de table des projets"],
                ["11:00", None, "recrutement : l'entonnoir de Charleroi"], ["12:00", None, "questions au SPP"],
                [None, None, "divers"]],
               [["", "Tour de table"], ["", "Recrutement – l'entonnoir"], ["", "Questions au SPP"], ["", "Divers"]],
               [["Network Contact", ["Fabienne Dupuis"], None, "Fabienne renvoie le tableau de l'entonnoir"],
                ["SPP", [], None, "vérifier si les frais de transport des"],
                ["Several Network Contacts", ["Olivier Nsimba", "Marc Henrotte"], None, "Olivier et Marc regardent ensemble une date"]],
               {"date": None, "text": "Prochaine réunion : à fixer par Doodle (juin ?)"},
               ["[chiffres de Binche à compléter]", "[détail de ce point à compléter]"])


# ---------------------------------------------------------------- 319
def r319():
    """Stijn Van Looy (OCMW Antwerpen) pastes his e-mail summary into Word to file it: Outlook
    header lines, '1)' numbering typed, a French paragraph for the colleagues in cc."""
    f = "319_mail_verslag_overleg_edegem_juni2018.docx"
    d = new_doc("Calibri", 11)
    for lab, val in [("Van:", "Van Looy Stijn <stijn.vanlooy@ocmw.antwerpen.example>"),
                     ("Verzonden:", "vrijdag 8 juni 2018 16:42"),
                     ("Aan:", "Peeters Jolien; El Idrissi Samira; Wouters Koen; Janssens Lies; Mertens Dirk; Vandamme Pieter"),
                     ("CC:", "Henrotte Marc; Verbeke Anne-Sophie"),
                     ("Onderwerp:", "verslag overleg AMIF-partners 5/6 + acties")]:
        p = P(d, "", space_after=0)
        R(p, lab + "\t", bold=True)
        R(p, val)
    P(d, "")
    P(d, "Dag iedereen,")
    P(d, "Hierbij een korte samenvatting van ons overleg van dinsdag 5 juni in Edegem (dank aan Lies voor de ontvangst!).")
    P(d, "Aanwezig: Jolien Peeters, Samira El Idrissi, Stijn Van Looy (OCMW Antwerpen); Koen Wouters (OCMW Schoten); "
         "Lies Janssens (OCMW Edegem); Pieter Vandamme (POD MI)")
    P(d, "Verontschuldigd: Dirk Mertens (OCMW Mortsel)")
    P(d, "")
    P(d, "1) Stand van zaken rekrutering")
    P(d, "Schoten en Edegem hebben samen 11 deelnemers doorverwezen. Mortsel nog geen (Dirk was afwezig).")
    P(d, "→ actie Koen: lijst met contactpersonen van de sociale diensten doorsturen naar Samira")
    P(d, "2) Vervoer naar de lessen in Antwerpen")
    P(d, "Voor deelnemers uit de randgemeenten is de verplaatsing een drempel. Afspraak: we bekijken een "
         "vervoerspas via De Lijn.")
    P(d, "ACTIE: Jolien vraagt een offerte bij De Lijn voor 20 abonnementen.")
    P(d, "3) Indicatoren en rapportering")
    P(d, "Pieter licht toe welke cijfers de POD eind juni verwacht. De aanwezigheidsgraad per module moet apart vermeld worden.")
    P(d, "→ elk OCMW levert zijn cijfers aan bij Samira tegen 22/06")
    P(d, "")
    P(d, "Pour Marc et Anne-Sophie (en copie) : nous avons aussi parlé de l'enquête de satisfaction. "
         "Le SPP propose une version plus simple avec pictogrammes ; Pieter l'envoie aux cinq CPAS avant l'été.")
    P(d, "")
    P(d, "Volgende keer: 18/09 bij ons in Antwerpen, 13u30.")
    P(d, "")
    P(d, "Met vriendelijke groeten,", space_after=0)
    P(d, "Stijn", space_after=0)
    P(d, "")
    P(d, "Stijn Van Looy", bold=True, space_after=0)
    P(d, "Projectcoördinator AMIF | OCMW Antwerpen", color=GREY, space_after=0)
    P(d, "Lange Gasthuisstraat 39, 2000 Antwerpen", color=GREY)
    d.save(os.path.join(HERE, f))
    return exp(f, ["nl", "fr"], False, False, "2018-06-05",
               [["Jolien Peeters", "Present", "ANTWERPEN"], ["Samira El Idrissi", "Present", "ANTWERPEN"],
                ["Stijn Van Looy", "Present", "ANTWERPEN"], ["Koen Wouters", "Present", "SCHOTEN"],
                ["Lies Janssens", "Present", "EDEGEM"], ["Pieter Vandamme", "Present", "SPP"],
                ["Dirk Mertens", "Excused", "MORTSEL"]],
               [],
               [["1", "Stand van zaken rekrutering"], ["2", "Vervoer naar de lessen in Antwerpen"],
                ["3", "Indicatoren en rapportering"]],
               [["Network Contact", ["Koen Wouters"], None, "lijst met contactpersonen van de sociale diensten"],
                ["Network Contact", ["Jolien Peeters"], None, "Jolien vraagt een offerte bij De Lijn"],
                ["CPAS", [], None, "elk OCMW levert zijn cijfers aan"],
                ["Network Contact", ["Pieter Vandamme"], None, "Pieter l'envoie aux cinq CPAS"]],
               {"date": "2018-09-18", "text": "Volgende keer: 18/09 bij ons in Antwerpen, 13u30."},
               [])


# ---------------------------------------------------------------- 320
def r320():
    """Yasmina Bensaïd writes the report for Liège in place of Sophie Lejeune: roman numerals
    typed in Heading 1, one attendance table with P/E column, follow-up table at the end."""
    f = "320_rapport_rencontre_liege_novembre2019.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, TAG, "CPAS de Liège – Projet Mod'Actions – rapport de rencontre du 28/11/2019")
    P(d, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(d, "Jeudi 28 novembre 2019 – donderdag 28 november 2019", align=WD_ALIGN_PARAGRAPH.CENTER)
    P(d, "L'Échelle des Mots, rue Général Bertrand 35, 4000 Liège", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(d, "Rapport rédigé par Yasmina Bensaïd (CPAS de Liège) en remplacement de Sophie Lejeune, excusée.", italic=True, color=GREY)
    P(d, "Participants (P = présent, E = excusé)", bold=True)
    rows = [("Ibrahim Aguelmin", "CPAS de Liège", "P", "LIEGE"), ("Yasmina Bensaïd", "CPAS de Liège", "P", "LIEGE"),
            ("Sophie Lejeune", "CPAS de Liège", "E", "LIEGE"), ("Els Verhulst", "OCMW Gent", "P", "GENT"),
            ("Hatice Yilmaz", "OCMW Gent", "P", "GENT"), ("Bram De Clercq", "OCMW Gent", "P", "GENT"),
            ("Karim Haddouche", "CPAS de Charleroi", "P", "CHARLEROI"), ("Stijn Van Looy", "OCMW Antwerpen", "E", "ANTWERPEN"),
            ("Samira El Idrissi", "OCMW Antwerpen", "P", "ANTWERPEN"), ("Olivier Nsimba", "CPAS de Bruxelles", "P", "BRUXELLES"),
            ("Véronique Lambotte", "SPP IS", "P", "SPP"), ("Laure Vanden Eynde", "Interprète NL-FR", "P", None),
            ("Tom Geerts", "Interprète NL-FR", "P", None)]
    t = table(d, [["Nom", "Institution", "P/E"]] + [[a, b, c] for a, b, c, _ in rows], widths=[6, 7, 1.5])
    for c in t.rows[0].cells:
        shade(c, "D9E2F3")
    P(d, "")
    P(d, "Programme", bold=True)
    ag = [("09:30", "10:00", "Accueil et café"), ("10:00", "11:00", "Mod'Actions : les trois contrats du participant"),
          ("11:00", "12:00", "Échange : l'entretien d'admission à Gand et à Liège"), ("12:00", "13:00", "Repas à la ferme du CPAS"),
          ("13:00", "15:00", "Ateliers pratiques et clôture")]
    for a, b, ti in ag:
        P(d, "%s - %s\t%s" % (a.replace(":", "h").lstrip("0"), b.replace(":", "h").lstrip("0"), ti), space_after=0)
    P(d, "")
    H(d, "I. Accueil", 1)
    P(d, "Ibrahim Aguelmin accueille les participants. L'interprétation simultanée néerlandais-français est assurée "
         "toute la journée par Laure Vanden Eynde et Tom Geerts.")
    H(d, "II. Les trois contrats du participant", 1)
    P(d, "Chaque participant signe trois contrats : avec son assistant social, avec la personne chargée de l'entretien "
         "d'admission et avec le responsable de chaque module. Les règles sur le taux de présence et la ponctualité y "
         "sont fixées. Le CPAS de Gand trouve l'idée intéressante mais craint la charge administrative.")
    H(d, "III. L'entretien d'admission", 1)
    P(d, "Hatice présente l'intakegesprek gantois et l'oriëntatiebalans. À Liège, le bilan d'orientation est rédigé après "
         "analyse du profil envoyé par les services de première ligne. Les deux CPAS souhaitent comparer leurs grilles.")
    H(d, "IV. Ateliers pratiques", 1)
    P(d, "Exercice de présentation, mission créative et manière ludique d'aborder le français. Les collègues néerlandophones "
         "ont apprécié la méthode, même sans interprétation pendant les jeux.")
    H(d, "V. Suites à donner", 1)
    acts = [("Transmettre la version néerlandaise de la fiche Mod'Actions", "CPAS de Liège", "20/12/2019"),
            ("Proposer une traduction de l'enquête de satisfaction en arabe et en dari", "SPP IS", "janvier 2020"),
            ("Partager la grille d'entretien d'admission avec Liège", "H. Yilmaz / B. De Clercq", "janvier 2020"),
            ("Organiser une visite de la ferme pour les AS des autres CPAS", "à définir", "printemps 2020")]
    table(d, [["Action", "Qui", "Échéance"]] + [list(a) for a in acts], widths=[9, 4, 3])
    P(d, "")
    P(d, "Prochaine rencontre : le jeudi 12 mars 2020 au CPAS de Gand.", bold=True)
    d.save(os.path.join(HERE, f))
    return exp(f, ["fr"], False, True, "2019-11-28",
               [[a, "Present", o] for a, _, c, o in rows if c == "P"] + [[a, "Excused", o] for a, _, c, o in rows if c == "E"],
               [[a, b, t] for a, b, t in ag],
               [["I", "Accueil"], ["II", "Les trois contrats du participant"], ["III", "L'entretien d'admission"],
                ["IV", "Ateliers pratiques"], ["V", "Suites à donner"]],
               [["CPAS", [], "LIEGE", "Transmettre la version néerlandaise de la fiche"],
                ["SPP", [], None, "Proposer une traduction de l'enquête de satisfaction"],
                ["Several Network Contacts", ["Hatice Yilmaz", "Bram De Clercq"], None, "Partager la grille d'entretien d'admission"],
                ["To Be Assigned", [], None, "Organiser une visite de la ferme"]],
               {"date": "2020-03-12", "text": "Prochaine rencontre : le jeudi 12 mars 2020 au CPAS de Gand."},
               [])


# ---------------------------------------------------------------- 321
def r321():
    """Pieter Vandamme (POD MI) notes a short Teams check-in during the first lockdown: first
    names only, bilingual in the same lines, Heading 2 without numbers, three bullets."""
    f = "321_checkin_teams_mei2020.docx"
    d = new_doc("Calibri", 11)
    P(d, "AMIF check-in (Teams) – 14/05/2020", bold=True, size=14)
    P(d, "Korte online check-in tijdens de lockdown / court check-in en ligne pendant le confinement (10u00 – 10u45)", italic=True)
    p = P(d, "")
    R(p, "Deelnemers / participants: ", bold=True)
    R(p, "Pieter (POD MI), Els en Bram (OCMW Gent), Marc (CPAS Liège), Fabienne (CPAS Charleroi), Jolien (OCMW Antwerpen), "
         "Olivier (CPAS Bruxelles)")
    p = P(d, "")
    R(p, "Excusée: ", bold=True)
    R(p, "Anne-Sophie (CPAS Bruxelles)")
    P(d, "Geen tolken: iedereen spreekt zijn eigen taal / pas d'interprètes, chacun parle sa langue.", italic=True, color=GREY)
    H(d, "Ronde van de OCMW's / tour de table", 2)
    for lab, txt in [("Gent", "groepen van max. 4 deelnemers + 1 begeleider, de rest via WhatsApp en telefoon."),
                     ("Liège", "ateliers suspendus jusqu'au 2 juin, suivi individuel par téléphone ; 3 participants + 1 formateur à la reprise."),
                     ("Charleroi", "même règle 3 + 1 ; beaucoup de participants sans ordinateur."),
                     ("Antwerpen", "taalactivering online, lage opkomst (ongeveer 40 %)."),
                     ("Bruxelles", "les AS des antennes sociales relaient les messages aux participants.")]:
        p = P(d, "", style="List Bullet")
        R(p, lab + ": ", bold=True)
        R(p, txt)
    H(d, "Groepsgrootte – taille des groupes", 2)
    P(d, "Elk OCMW volgt voorlopig zijn eigen regel. Le SPP ne fixe pas de norme commune tant que les règles fédérales changent.")
    H(d, "Afspraken / à faire", 2)
    P(d, "Pieter vraagt bij de Europese Commissie na of online sessies meetellen als activiteit.", style="List Bullet")
    P(d, "Tous : envoyer les chiffres de présence d'avril avant le 22/05.", style="List Bullet")
    P(d, "Els deelt haar WhatsApp-sjabloon voor de deelnemers.", style="List Bullet")
    P(d, "")
    P(d, "Volgende check-in / prochain check-in: donderdag 28/05, 10u, zelfde Teams-link.", bold=True)
    d.save(os.path.join(HERE, f))
    return exp(f, ["nl", "fr"], True, False, "2020-05-14",
               [["Pieter", "Present", "SPP"], ["Els", "Present", "GENT"], ["Bram", "Present", "GENT"],
                ["Marc", "Present", "LIEGE"], ["Fabienne", "Present", "CHARLEROI"], ["Jolien", "Present", "ANTWERPEN"],
                ["Olivier", "Present", "BRUXELLES"], ["Anne-Sophie", "Excused", "BRUXELLES"]],
               [],
               [["", "Ronde van de OCMW's / tour de table"], ["", "Groepsgrootte – taille des groupes"], ["", "Afspraken / à faire"]],
               [["Network Contact", ["Pieter"], None, "Pieter vraagt bij de Europese Commissie na"],
                ["CPAS", [], None, "envoyer les chiffres de présence d'avril"],
                ["Network Contact", ["Els"], None, "Els deelt haar WhatsApp-sjabloon voor de deelnemers"]],
               {"date": "2020-05-28", "text": "Volgende check-in / prochain check-in: donderdag 28/05, 10u, zelfde Teams-link."},
               [])


# ---------------------------------------------------------------- 322
def r322():
    """Jolien Peeters, head of service, keeps only decisions and tasks of the regional steering
    group: List Number for decisions, a task table (Wat / Wie / Tegen), no agenda."""
    f = "322_beslissingen_stuurgroep_antwerpen_sept2021.docx"
    d = new_doc("Verdana", 9.5)
    header_footer(d, "OCMW Antwerpen – AMIF regio Antwerpen – intern", "Opgesteld door J. Peeters, diensthoofd – versie 24/09/2021")
    P(d, "Beslissingen & taken – stuurgroep AMIF regio Antwerpen", bold=True, size=13, color=BLUE)
    t = table(d, [["Datum", "23/09/2021, 14u – 16u"],
                  ["Locatie", "OCMW Antwerpen, zaal Rubens"],
                  ["Aanwezig", "Jolien Peeters, Samira El Idrissi (OCMW Antwerpen), Koen Wouters (OCMW Schoten), "
                               "Lies Janssens (OCMW Edegem), Pieter Vandamme (POD MI)"],
                  ["Afwezig met kennisgeving", "Dirk Mertens (OCMW Mortsel)"]], style="Table Grid", bold_header=False, widths=[4, 12])
    for r in t.rows:
        r.cells[0].paragraphs[0].runs[0].bold = True
    P(d, "")
    H(d, "Beslissingen", 2)
    for s in ["Vanaf 1 oktober gaat het groepsmaximum van 4+1 naar 6+1 (alle locaties).",
              "De intake blijft bij het OCMW van de woonplaats; Antwerpen doet alleen de oriëntatiebalans.",
              "De tevredenheidsenquête wordt afgenomen in de laatste les van elke module, met hulp van een tolk indien nodig.",
              "Mortsel start in januari met een eigen groep [cijfers Q3 Mortsel nog aan te vullen]."]:
        P(d, s, style="List Number")
    H(d, "Taken", 2)
    tasks = [("1", "Nieuwe groepsregel (6+1) communiceren aan alle lesgevers", "Samira", "30/09"),
             ("2", "Doorverwijzingsformulier aanpassen voor de randgemeenten", "Koen + Lies", "15/10"),
             ("3", "Lokaal zoeken voor de taalactivering in Mortsel", "OCMW Mortsel", "30/11"),
             ("4", "Tussentijds rapport indicatoren 2021 nakijken", "POD MI", "31/10"),
             ("5", "Evaluatiedag met deelnemers organiseren", "?", "voorjaar 2022")]
    t = table(d, [["Nr", "Wat", "Wie", "Tegen"]] + [list(x) for x in tasks], widths=[1, 9, 3.5, 2.5])
    for c in t.rows[0].cells:
        shade(c, "FCE4D6")
    P(d, "")
    H(d, "Nog te bespreken", 2)
    P(d, "Budget sociaal-culturele uitstappen 2022; vervoer De Lijn (evaluatie van de abonnementen).")
    P(d, "")
    P(d, "Volgende stuurgroep: 16 december 2021 (onder voorbehoud)", italic=True)
    d.save(os.path.join(HERE, f))
    return exp(f, ["nl"], False, False, "2021-09-23",
               [["Jolien Peeters", "Present", "ANTWERPEN"], ["Samira El Idrissi", "Present", "ANTWERPEN"],
                ["Koen Wouters", "Present", "SCHOTEN"], ["Lies Janssens", "Present", "EDEGEM"],
                ["Pieter Vandamme", "Present", "SPP"], ["Dirk Mertens", "Excused", "MORTSEL"]],
               [],
               [["", "Beslissingen"], ["", "Taken"], ["", "Nog te bespreken"]],
               [["Network Contact", ["Samira El Idrissi"], None, "Nieuwe groepsregel (6+1) communiceren aan alle lesgevers"],
                ["Several Network Contacts", ["Koen Wouters", "Lies Janssens"], None, "Doorverwijzingsformulier aanpassen voor de randgemeenten"],
                ["CPAS", [], "MORTSEL", "Lokaal zoeken voor de taalactivering in Mortsel"],
                ["SPP", [], None, "Tussentijds rapport indicatoren 2021 nakijken"],
                ["To Be Assigned", [], None, "Evaluatiedag met deelnemers organiseren"]],
               {"date": "2021-12-16", "text": "Volgende stuurgroep: 16 december 2021 (onder voorbehoud)"},
               ["[cijfers Q3 Mortsel nog aan te vullen]"])


# ---------------------------------------------------------------- 323
def r323():
    """Julie Carlier (CPAS Binche) hosts a hybrid meeting: typed numbers in Heading 2/3,
    agenda with '9.30' times on tabs, present split between room and Teams, inline 'Action :'."""
    f = "323_cr_reunion_hybride_binche_decembre2022.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "CPAS de Binche – partenaire du CPAS de Charleroi – projet FAMI", "Compte rendu – réunion du réseau FAMI – 08/12/2022")
    P(d, "Compte rendu de la réunion du réseau FAMI", bold=True, size=16)
    P(d, "Jeudi 8 décembre 2022 – CPAS de Binche, salle du conseil (rue de la Triperie 2, 7130 Binche) et en ligne via Teams (réunion hybride)")
    P(d, "Interprétation NL/FR via le canal d'interprétation de Teams, pour la salle comme pour les participants en ligne.", italic=True)
    P(d, "En présentiel :", bold=True, space_after=0)
    room = [("Julie Carlier", "CPAS de Binche", "BINCHE"), ("Fabienne Dupuis", "CPAS de Charleroi", "CHARLEROI"),
            ("Karim Haddouche", "CPAS de Charleroi", "CHARLEROI"), ("Sophie Lejeune", "CPAS de Liège", "LIEGE"),
            ("Nadia Ouali", "SPP IS", "SPP"), ("Laure Vanden Eynde", "interprète", None)]
    for n, o, _ in room:
        P(d, "%s, %s" % (n, o), style="List Bullet")
    P(d, "En ligne (Teams) :", bold=True, space_after=0)
    online = [("Els Verhulst", "OCMW Gent", "GENT"), ("Samira El Idrissi", "OCMW Antwerpen", "ANTWERPEN"),
              ("Anne-Sophie Verbeke", "CPAS de Bruxelles", "BRUXELLES"), ("An Claes", "interprète", None)]
    for n, o, _ in online:
        P(d, "%s, %s" % (n, o), style="List Bullet")
    p = P(d, "")
    R(p, "Excusés : ", bold=True)
    R(p, "Bram De Clercq (OCMW Gent), Stijn Van Looy (OCMW Antwerpen)")
    P(d, "Ordre du jour", bold=True, space_after=0)
    ag = [("9.30", "10.00", "Accueil et présentation du CPAS de Binche"), ("10.00", "10.30", "Nouvelles du réseau"),
          ("10.30", "11.45", "Tour de table des projets"), ("11.45", "12.15", "Enquête de satisfaction : version pictogrammes"),
          ("12.15", "12.30", "Divers")]
    for a, b, ti in ag:
        P(d, "%s – %s\t%s" % (a, b, ti), space_after=0)
    P(d, "")
    H(d, "1. Accueil et présentation du CPAS de Binche", 2)
    P(d, "Julie présente le CPAS de Binche et son rôle de partenaire du projet de Charleroi depuis 2017. Visite de la salle "
         "d'activités et de l'espace enfants.")
    P(d, "[photos de la visite à insérer]", color=RED)
    H(d, "2. Nouvelles du réseau", 2)
    P(d, "Nadia rappelle que la nouvelle programmation FAMI 2021-2027 utilise des indicateurs communs (participants aux cours "
         "de langue, à l'orientation civique, à l'accompagnement personnel).")
    p = P(d, "")
    R(p, "Action : ", bold=True)
    R(p, "le SPP envoie le nouveau modèle de rapport annuel pour le 15 janvier.")
    H(d, "3. Tour de table", 2)
    H(d, "3.1 Le projet de Binche", 3)
    P(d, "18 participants en 2022, surtout des femmes hors UE, niveau débutant. Les sorties socio-culturelles sont organisées "
         "avec Charleroi.")
    p = P(d, "")
    R(p, "Action (CPAS de Charleroi) : ", bold=True)
    R(p, "partager le planning des sorties socio-culturelles avec Binche.")
    H(d, "3.2 Les autres CPAS", 3)
    P(d, "Liège et Gand constatent que les démarches administratives prennent de plus en plus de temps : il faut planifier les "
         "activités plus tôt. Anvers signale un groupe de 6 + 1 qui fonctionne bien.")
    H(d, "4. Enquête de satisfaction", 2)
    P(d, "La version avec pictogrammes est mieux comprise. Il manque encore des langues.")
    P(d, "Traduire l'enquête en arabe, en pachto et en tigrinya – qui : à définir.")
    P(d, "Els et Samira testent la version avec pictogrammes auprès de deux groupes en janvier.")
    H(d, "5. Divers", 2)
    P(d, "Pas de point divers.")
    P(d, "")
    P(d, "La prochaine réunion aura lieu le jeudi 23 mars 2023 à Anvers (à confirmer).")
    P(d, "Julie Carlier, CPAS de Binche", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(os.path.join(HERE, f))
    return exp(f, ["fr"], True, True, "2022-12-08",
               [[n, "Present", c] for n, _, c in room + online] + [["Bram De Clercq", "Excused", "GENT"],
                                                                 ["Stijn Van Looy", "Excused", "ANTWERPEN"]],
               [[a.replace(".", ":").zfill(5), b.replace(".", ":").zfill(5), t] for a, b, t in ag],
               [["1", "Accueil et présentation du CPAS de Binche"], ["2", "Nouvelles du réseau"], ["3", "Tour de table"],
                ["3.1", "Le projet de Binche"], ["3.2", "Les autres CPAS"], ["4", "Enquête de satisfaction"], ["5", "Divers"]],
               [["SPP", [], None, "le SPP envoie le nouveau modèle de rapport"],
                ["CPAS", [], "CHARLEROI", "partager le planning des sorties socio-culturelles"],
                ["To Be Assigned", [], None, "Traduire l'enquête en arabe, en pachto"],
                ["Several Network Contacts", ["Els Verhulst", "Samira El Idrissi"], None, "Els et Samira testent la version avec pictogrammes"]],
               {"date": "2023-03-23", "text": "La prochaine réunion aura lieu le jeudi 23 mars 2023 à Anvers (à confirmer)."},
               ["[photos de la visite à insérer]"])


# ---------------------------------------------------------------- 324
def r324():
    """Nadia Ouali (SPP IS) writes the formal procès-verbal / verslag, approved at the next
    meeting: bilingual headings on one line, FR paragraph then NL in italics, two people tables."""
    f = "324_pv_verslag_reseau_bruxelles_avril2024.docx"
    d = new_doc("Arial", 10)
    header_footer(d, TAG, "SPP Intégration Sociale – POD Maatschappelijke Integratie – Boulevard du Jardin Botanique 50, 1000 Bruxelles")
    P(d, "SPP | Intégration Sociale – POD | Maatschappelijke Integratie", size=9, color=GREY)
    P(d, "Procès-verbal de la réunion du réseau FAMI – Verslag van de netwerkvergadering AMIF", bold=True, size=14,
      align=WD_ALIGN_PARAGRAPH.CENTER)
    P(d, "18 avril 2024 – 18 april 2024", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(d, "SPP IS, salle Europa, Bruxelles – POD MI, zaal Europa, Brussel", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = P(d, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    R(p, "PV approuvé sans modification lors de la réunion du 3 octobre 2024 – Verslag goedgekeurd zonder wijzigingen op de "
         "vergadering van 3 oktober 2024", italic=True, color=RGBColor(0x37, 0x86, 0x3C))
    P(d, "Présents – Aanwezig", bold=True)
    pres = [("Nadia Ouali", "SPP IS / POD MI", "SPP"), ("Charlotte Mahieu", "SPP IS / POD MI", "SPP"),
            ("Els Verhulst", "CPAS de Gand / OCMW Gent", "GENT"), ("Hatice Yilmaz", "CPAS de Gand / OCMW Gent", "GENT"),
            ("Sophie Lejeune", "CPAS de Liège / OCMW Luik", "LIEGE"), ("Karim Haddouche", "CPAS de Charleroi / OCMW Charleroi", "CHARLEROI"),
            ("Julie Carlier", "CPAS de Binche / OCMW Binche", "BINCHE"), ("Samira El Idrissi", "CPAS d'Anvers / OCMW Antwerpen", "ANTWERPEN"),
            ("Olivier Nsimba", "CPAS de Bruxelles / OCMW Brussel", "BRUXELLES"), ("Laure Vanden Eynde", "Interprète / Tolk", None),
            ("Tom Geerts", "Interprète / Tolk", None)]
    table(d, [["Nom / Naam", "Organisation / Organisatie"]] + [[n, o] for n, o, _ in pres], widths=[6, 10])
    P(d, "Excusés – Verontschuldigd", bold=True)
    exc = [("Jolien Peeters", "CPAS d'Anvers / OCMW Antwerpen", "ANTWERPEN"), ("Koen Wouters", "CPAS de Schoten / OCMW Schoten", "SCHOTEN")]
    table(d, [["Nom / Naam", "Organisation / Organisatie"]] + [[n, o] for n, o, _ in exc], widths=[6, 10])
    P(d, "")
    P(d, "Ordre du jour – Agenda", bold=True)
    ag = [("10:00", "10:15", "Approbation du PV du 12 octobre 2023 / Goedkeuring verslag van 12 oktober 2023"),
          ("10:15", "11:00", "Indicateurs communs 2023 / Gemeenschappelijke indicatoren 2023"),
          ("11:00", "11:45", "Conservation des documents et RGPD / Bewaring van documenten en AVG"),
          ("11:45", "12:30", "Tour de table / Ronde van de OCMW's")]
    table(d, [["Heure / Uur", "Point / Punt"]] + [["%s–%s" % (a, b), t] for a, b, t in ag], widths=[3, 13])
    P(d, "")
    H(d, "1. Approbation du PV du 12 octobre 2023 / Goedkeuring verslag van 12 oktober 2023", 1)
    P(d, "Le PV de la réunion du 12 octobre 2023 est approuvé sans remarque.")
    P(d, "Het verslag van de vergadering van 12 oktober 2023 wordt zonder opmerkingen goedgekeurd.", italic=True)
    H(d, "2. Indicateurs communs 2023 / Gemeenschappelijke indicatoren 2023", 1)
    P(d, "Charlotte Mahieu présente les indicateurs du règlement (UE) 2021/1147. Le nombre de participants ayant progressé "
         "d'au moins un niveau du CECR reste difficile à mesurer pour les publics peu alphabétisés.")
    P(d, "Action : les CPAS transmettent les indicateurs communs 2023 au SPP pour le 31 mai.")
    P(d, "Charlotte Mahieu stelt de indicatoren van verordening (EU) 2021/1147 voor. Het aantal deelnemers dat minstens één "
         "ERK-niveau steeg, blijft moeilijk te meten bij laaggeletterden.", italic=True)
    P(d, "Actie: de OCMW's bezorgen de gemeenschappelijke indicatoren 2023 aan de POD tegen 31 mei.", italic=True)
    H(d, "3. Conservation des documents et RGPD / Bewaring van documenten en AVG", 1)
    P(d, "Les documents d'une opération financée sont conservés cinq ans à partir du 31 décembre de l'année du dernier "
         "paiement ; les données personnelles pas plus longtemps que nécessaire.")
    P(d, "Action : le SPP diffuse une note sur la conservation des documents.")
    P(d, "De documenten van een gefinancierde actie worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
         "betaling; persoonsgegevens niet langer dan nodig.", italic=True)
    P(d, "Actie: de POD verspreidt een nota over de bewaring van documenten.", italic=True)
    H(d, "4. Tour de table / Ronde van de OCMW's", 1)
    P(d, "Gand et Liège comparent leurs entretiens d'admission. Bruxelles a revu son projet : la fiche projet n'est plus à jour.")
    P(d, "Action : Sophie Lejeune et Hatice Yilmaz présentent leurs méthodes d'intake à la prochaine réunion.")
    P(d, "Action : le CPAS de Bruxelles met à jour sa fiche projet.")
    P(d, "Gent en Luik vergelijken hun intakegesprekken. Brussel heeft zijn project herzien: de projectfiche is niet meer actueel.", italic=True)
    P(d, "Actie: Sophie Lejeune en Hatice Yilmaz stellen hun intakemethode voor op de volgende vergadering.", italic=True)
    P(d, "Actie: het OCMW Brussel werkt zijn projectfiche bij.", italic=True)
    P(d, "")
    P(d, "Prochaine réunion : jeudi 3 octobre 2024 au CPAS de Gand.", bold=True)
    P(d, "Volgende vergadering: donderdag 3 oktober 2024 bij het OCMW Gent.", bold=True, italic=True)
    P(d, "")
    P(d, "Pour le SPP IS – Voor de POD MI", space_after=0)
    P(d, "Nadia Ouali, secrétaire du réseau / netwerksecretaris")
    d.save(os.path.join(HERE, f))
    return exp(f, ["fr", "nl"], False, True, "2024-04-18",
               [[n, "Present", c] for n, _, c in pres] + [[n, "Excused", c] for n, _, c in exc],
               [[a, b, t] for a, b, t in ag],
               [["1", "Approbation du PV du 12 octobre 2023 / Goedkeuring verslag van 12 oktober 2023"],
                ["2", "Indicateurs communs 2023 / Gemeenschappelijke indicatoren 2023"],
                ["3", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
                ["4", "Tour de table / Ronde van de OCMW's"]],
               [["CPAS", [], None, "les CPAS transmettent les indicateurs communs 2023"],
                ["SPP", [], None, "le SPP diffuse une note sur la"],
                ["Several Network Contacts", ["Sophie Lejeune", "Hatice Yilmaz"], None, "Sophie Lejeune et Hatice Yilmaz présentent leurs"],
                ["CPAS", [], "BRUXELLES", "le CPAS de Bruxelles met à jour"]],
               {"date": "2024-10-03", "text": "Prochaine réunion : jeudi 3 octobre 2024 au CPAS de Gand."},
               [])


# ---------------------------------------------------------------- 325
def r325():
    """Olivier Nsimba (CPAS Bruxelles) writes a report with annexes: titles M./Mme/Mevr./Dhr.,
    lettered Heading 1, programme in List Number, owner after the task, annex table."""
    f = "325_rapport_reunion_bruxelles_annexes_mars2025.docx"
    d = new_doc("Times New Roman", 11)
    header_footer(d, "CPAS de Bruxelles – Département Action sociale – Projet FAMI « Bienvenue à Bruxelles »",
                  "Rapport de réunion du 13/03/2025 – 2 annexes")
    P(d, "RAPPORT DE RÉUNION – RÉSEAU FAMI", bold=True, size=14)
    P(d, "Bruxelles, le jeudi 13 mars 2025 – CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles (salle 3.02)")
    P(d, "Présents :", bold=True, space_after=0)
    pres = [("M.", "Olivier Nsimba", "CPAS de Bruxelles", "BRUXELLES"), ("Mme", "Anne-Sophie Verbeke", "CPAS de Bruxelles", "BRUXELLES"),
            ("Mevr.", "Els Verhulst", "OCMW Gent", "GENT"), ("Dhr.", "Bram De Clercq", "OCMW Gent", "GENT"),
            ("Mme", "Sophie Lejeune", "CPAS de Liège", "LIEGE"), ("M.", "Karim Haddouche", "CPAS de Charleroi", "CHARLEROI"),
            ("Mme", "Charlotte Mahieu", "SPP Intégration Sociale", "SPP"), ("M.", "Youssef Amrani", "asbl Convivial, invité", None)]
    for t_, n, o, _ in pres:
        P(d, "\t%s %s, %s" % (t_, n, o), space_after=0)
    P(d, "Excusés :", bold=True, space_after=0)
    exc = [("Mme", "Nadia Ouali", "SPP Intégration Sociale", "SPP"), ("Mevr.", "Samira El Idrissi", "OCMW Antwerpen", "ANTWERPEN")]
    for t_, n, o, _ in exc:
        P(d, "\t%s %s, %s" % (t_, n, o), space_after=0)
    P(d, "")
    P(d, "Programme (voir aussi l'annexe 1)", bold=True)
    ag = [("09:15", None, "Accueil et présentation du CPAS de Bruxelles"), ("10:00", None, "Intervention de l'asbl Convivial"),
          ("11:00", None, "Indicateurs communs 2024"), ("11:45", None, "Conservation des documents et RGPD"), (None, None, "Divers")]
    for a, _, ti in ag:
        P(d, ("%s : %s" % (a.replace(":", "h"), ti)) if a else ti, style="List Number")
    H(d, "A. Accueil et présentation du CPAS de Bruxelles", 1)
    P(d, "Mme Verbeke présente l'équipe (3 ETP + 2 × 0,5 ETP) et le parcours : orientation par l'AS de l'antenne sociale, "
         "entretien d'admission, bilan d'orientation, puis modules collectifs par année scolaire. La présentation complète "
         "figure en annexe 1.")
    H(d, "B. Intervention de l'asbl Convivial", 1)
    P(d, "M. Amrani explique l'accompagnement des personnes réfugiées vers le logement. Plusieurs CPAS souhaitent collaborer, "
         "en particulier Gand.")
    H(d, "C. Indicateurs communs 2024", 1)
    P(d, "Le tableau provisoire figure en annexe 2. Mme Mahieu rappelle que les indicateurs sont transmis chaque année à la "
         "Commission européenne.")
    H(d, "D. Conservation des documents et RGPD", 1)
    P(d, "Les fiches d'intake contiennent des données sensibles (nationalité, santé, situation familiale). Chaque participant "
         "peut demander à voir ce que le CPAS conserve à son sujet.")
    H(d, "E. Divers", 1)
    P(d, "Aucun point divers.")
    P(d, "")
    P(d, "Suites à donner :", bold=True)
    for s in ["Envoyer la présentation et la liste de présence aux partenaires – Olivier",
              "Compléter le tableau des indicateurs (annexe 2) pour le 31/03 – CPAS de Charleroi",
              "Vérifier la durée de conservation des fiches d'intake – SPP",
              "Mettre en contact l'asbl Convivial et l'OCMW Gent – Anne-Sophie et Bram"]:
        P(d, s, style="List Bullet")
    H(d, "Annexes", 1)
    P(d, "Annexe 1 : présentation du CPAS de Bruxelles (PDF, 14 diapositives, envoyée séparément)", space_after=0)
    P(d, "Annexe 2 : tableau des indicateurs communs 2024 (état au 10/03/2025)")
    P(d, "Annexe 2 – indicateurs communs 2024 (provisoire)", italic=True)
    table(d, [["CPAS", "Participants", "Cours de langue", "Orientation civique", "+1 niveau CECR"],
              ["Gand", "96", "71", "88", "23"], ["Liège", "64", "52", "60", "15"],
              ["Charleroi", "[chiffres de Charleroi à compléter]", "", "", ""],
              ["Anvers", "112", "90", "104", "31"], ["Bruxelles", "58", "41", "55", "9"]], widths=[3, 4, 3, 3, 3])
    d.save(os.path.join(HERE, f))
    return exp(f, ["fr"], False, False, "2025-03-13",
               [[n, "Present", c] for _, n, _, c in pres] + [[n, "Excused", c] for _, n, _, c in exc],
               [[a, b, t] for a, b, t in ag],
               [["A", "Accueil et présentation du CPAS de Bruxelles"], ["B", "Intervention de l'asbl Convivial"],
                ["C", "Indicateurs communs 2024"], ["D", "Conservation des documents et RGPD"], ["E", "Divers"],
                ["", "Annexes"]],
               [["Network Contact", ["Olivier Nsimba"], None, "Envoyer la présentation et la liste de présence"],
                ["CPAS", [], "CHARLEROI", "Compléter le tableau des indicateurs (annexe 2)"],
                ["SPP", [], None, "Vérifier la durée de conservation des fiches"],
                ["Several Network Contacts", ["Anne-Sophie Verbeke", "Bram De Clercq"], None, "Mettre en contact l'asbl Convivial et l'OCMW Gent"]],
               None,
               ["[chiffres de Charleroi à compléter]"])


# ---------------------------------------------------------------- 326
def r326():
    """Bram De Clercq (OCMW Gent) and Marc Henrotte (CPAS Liège) write in turn, each in his
    language, in a shared draft after a Webex meeting: initials, a note left for the other."""
    f = "326_ontwerpverslag_webex_februari2026.docx"
    d = new_doc("Aptos", 11)
    header_footer(d, "ONTWERP v2 – PROJET v2 (BDC/MH) – niet verspreiden / ne pas diffuser", "AMIF-netwerk / réseau FAMI – 12/02/2026")
    P(d, "Verslag netwerkvergadering AMIF – Rapport réunion réseau FAMI", bold=True, size=15, color=BLUE)
    P(d, "12 februari 2026 – 12 février 2026 – online via Webex", bold=True)
    P(d, "Geen tolken voorzien; iedereen spreekt zijn eigen taal. / Pas d'interprétation : chacun s'exprime dans sa langue.",
      italic=True, color=GREY)
    P(d, "Aanwezig / Présents", bold=True, space_after=0)
    pres = [("Bram De Clercq", "BDC", "OCMW Gent", "GENT"), ("Hatice Yilmaz", "HY", "OCMW Gent", "GENT"),
            ("Marc Henrotte", "MH", "CPAS Liège", "LIEGE"), ("Yasmina Bensaïd", "YB", "CPAS Liège", "LIEGE"),
            ("Karim Haddouche", "KH", "CPAS Charleroi", "CHARLEROI"), ("Stijn Van Looy", "SVL", "OCMW Antwerpen", "ANTWERPEN"),
            ("Dirk Mertens", "DM", "OCMW Mortsel", "MORTSEL"), ("Anne-Sophie Verbeke", "ASV", "CPAS Bruxelles", "BRUXELLES"),
            ("Charlotte Mahieu", "CM", "POD MI / SPP IS", "SPP")]
    for n, i, o, _ in pres:
        P(d, "%s (%s) – %s" % (n, i, o), style="List Bullet")
    P(d, "Verontschuldigd / Excusés", bold=True, space_after=0)
    exc = [("Fabienne Dupuis", "CPAS Charleroi", "CHARLEROI"), ("Julie Carlier", "CPAS Binche", "BINCHE")]
    for n, o, _ in exc:
        P(d, "%s – %s" % (n, o), style="List Bullet")
    P(d, "Agenda / Ordre du jour", bold=True, space_after=0)
    ag = [("14:00", "14:15", "Welkom / Accueil"), ("14:15", "15:00", "Nieuwe AMIF-periode: indicatoren 2021-2027"),
          ("15:00", "15:45", "Ronde van de OCMW's / Tour de table"), ("15:45", "16:00", "Varia / Divers")]
    for a, b, ti in ag:
        P(d, "%s - %s  %s" % (a.replace(":", "."), b.replace(":", "."), ti), space_after=0)
    P(d, "")
    H(d, "1. Welkom / Accueil", 2)
    P(d, "Bram opent de vergadering. Charlotte Mahieu is de nieuwe contactpersoon bij de POD.")
    H(d, "2. Nieuwe AMIF-periode: indicatoren 2021-2027", 2)
    H(d, "2.1 Gemeenschappelijke indicatoren", 3)
    P(d, "Charlotte legt uit welke gemeenschappelijke output- en resultaatindicatoren de Commissie vraagt. De OCMW's tellen "
         "nu elk op hun manier; we willen één tabel.")
    P(d, "BDC bezorgt de tabel met de gemeenschappelijke indicatoren aan iedereen vóór 1 maart.")
    P(d, "Elk OCMW / chaque CPAS: aantal deelnemers die minstens één ERK-niveau stegen doorgeven vóór 15 maart.")
    H(d, "2.2 Questionnaire de satisfaction", 3)
    P(d, "Le questionnaire reste trop abstrait pour le public. Liège propose une version courte, avec pictogrammes, en cinq langues.")
    P(d, "MH et YB préparent une proposition de questionnaire simplifié pour la prochaine réunion.")
    P(d, "Le SPP confirme la date limite du rapport annuel d'ici fin février.")
    H(d, "3. Ronde van de OCMW's / Tour de table", 2)
    p = P(d, "")
    R(p, "Gent: ", bold=True)
    R(p, "twee nieuwe groepen sinds januari; wachtlijst van 25 personen.")
    p = P(d, "")
    R(p, "Liège : ", bold=True)
    R(p, "nouvelle antenne à Droixhe. ")
    R(p, "[Marc: hier de cijfers van Luik aanvullen]", highlight=WD_COLOR_INDEX.YELLOW)
    p = P(d, "")
    R(p, "Charleroi : ", bold=True)
    R(p, "Karim signale que les horaires sont désormais équilibrés entre anciens et nouveaux participants.")
    p = P(d, "")
    R(p, "Antwerpen / Mortsel: ", bold=True)
    R(p, "Stijn en Dirk melden dat de doorstroom naar ISP-trajecten goed loopt.")
    p = P(d, "")
    R(p, "Bruxelles : ", bold=True)
    R(p, "Anne-Sophie présente la collaboration avec une asbl pour le logement.")
    H(d, "4. Varia / Divers", 2)
    P(d, "Uitwisseling over ISP-trajecten organiseren – wie: nog te bepalen")
    P(d, "")
    P(d, "Volgende netwerkvergadering / prochaine réunion du réseau: donderdag 21 mei 2026 – jeudi 21 mai 2026, "
         "CPAS Charleroi (fysiek / en présentiel)", bold=True)
    P(d, "")
    P(d, "Opmerkingen van de deelnemers nog toe te voegen / commentaires des participants encore à ajouter.", italic=True, color=RED)
    d.save(os.path.join(HERE, f))
    return exp(f, ["nl", "fr"], True, False, "2026-02-12",
               [[n, "Present", c] for n, _, _, c in pres] + [[n, "Excused", c] for n, _, c in exc],
               [[a, b, t] for a, b, t in ag],
               [["1", "Welkom / Accueil"], ["2", "Nieuwe AMIF-periode: indicatoren 2021-2027"],
                ["2.1", "Gemeenschappelijke indicatoren"], ["2.2", "Questionnaire de satisfaction"],
                ["3", "Ronde van de OCMW's / Tour de table"], ["4", "Varia / Divers"]],
               [["Network Contact", ["Bram De Clercq"], None, "BDC bezorgt de tabel met de gemeenschappelijke"],
                ["CPAS", [], None, "aantal deelnemers die minstens één ERK-niveau"],
                ["Several Network Contacts", ["Marc Henrotte", "Yasmina Bensaïd"], None, "MH et YB préparent une proposition"],
                ["SPP", [], None, "Le SPP confirme la date limite"],
                ["To Be Assigned", [], None, "Uitwisseling over ISP-trajecten organiseren"]],
               {"date": "2026-05-21", "text": "Volgende netwerkvergadering / prochaine réunion du réseau: donderdag 21 mei 2026 – jeudi 21 mai 2026, CPAS Charleroi (fysiek / en présentiel)"},
               ["[Marc: hier de cijfers van Luik aanvullen]", "Opmerkingen van de deelnemers nog toe te voegen / commentaires des participants encore à ajouter."])


def main():
    for fn in (r317, r318, r319, r320, r321, r322, r323, r324, r325, r326):
        e = fn()
        with open(os.path.join(HERE, e["file"][:-5] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
