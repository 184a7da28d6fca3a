# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 497-506 of the AMIF/FAMI network with python-docx.

One function per report; each one writes the report the way its (invented) secretary would.
The expected lists (*.expected.json) are written separately, by hand, from the report text.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREEN = RGBColor(0x38, 0x76, 0x1D)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
    r1 = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._r.append(f2)


def header_footer(doc, header_lines, footer_text=None, page=True, size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        p = hp if i == 0 else sec.header.add_paragraph()
        p.alignment = align
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.font.color.rgb = color
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_text:
        r = fp.add_run(footer_text + ("   –   " if page else ""))
        r.font.size = Pt(size)
        r.font.italic = True
    if page:
        page_field(fp)


def para(doc, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
         underline=False, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def mixed(doc_or_cell, parts, style=None):
    """parts: list of (text, dict(bold=, italic=, color=))"""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        r.underline = fmt.get("u", False)
        if "c" in fmt:
            r.font.color.rgb = fmt["c"]
        if "s" in fmt:
            r.font.size = Pt(fmt["s"])
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, color=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return p


def table(doc, rows, header=None, widths=None, style="Table Grid", head_fill=None, size=None):
    ncols = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            set_cell(c, h, bold=True, size=size)
            if head_fill:
                shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=size)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 497 SPP, 2016
def r497():
    """Katrien Vandamme, SPP IS / POD MI: formal bilingual report, FR | NL columns under
    bilingual numbered headings (Heading 1/2 styles), tables for people, agenda and actions."""
    doc = new_doc("Arial", 10)
    header_footer(doc, ["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"],
                  TAG_NL + " – " + TAG_FR)

    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=16,
         align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    para(doc, "Réunion de lancement du réseau FAMI – Startvergadering AMIF-netwerk", bold=True, size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jeudi 24 novembre 2016 – Donderdag 24 november 2016", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles – salle 7.12",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Avec interprétation simultanée FR↔NL – Met simultaanvertaling FR↔NL",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, "Présents – Aanwezig", bold=True, color=BLUE)
    table(doc, [
        ["Katrien Vandamme", "SPP IS – POD MI"],
        ["Hélène Dufrasne", "SPP IS – POD MI"],
        ["Pieter Verhaeghe", "CPAS Gand – OCMW Gent"],
        ["Lien De Smet", "CPAS Gand – OCMW Gent"],
        ["Nadia Belkacem", "CPAS Liège – OCMW Luik"],
        ["Jean-Luc Renard", "CPAS Liège – OCMW Luik"],
        ["Sophie Lambotte", "CPAS Charleroi – OCMW Charleroi"],
        ["Els Wouters", "CPAS Anvers – OCMW Antwerpen"],
        ["Hamid Bouzid", "CPAS Anvers – OCMW Antwerpen"],
        ["Marie Vanderlinden", "CPAS Bruxelles – OCMW Brussel"],
        ["Anne-Sophie Leclercq", "Interprète – Tolk"],
        ["Dirk Van Acker", "Interprète – Tolk"],
    ], header=["Nom – Naam", "Organisation – Organisatie"], widths=[6, 9], head_fill="DEEAF6")
    para(doc)
    para(doc, "Excusés – Verontschuldigd", bold=True, color=BLUE)
    table(doc, [
        ["Mehmet Yildiz", "CPAS Charleroi – OCMW Charleroi"],
        ["Julien Mertens", "CPAS Bruxelles – OCMW Brussel"],
    ], header=["Nom – Naam", "Organisation – Organisatie"], widths=[6, 9], head_fill="DEEAF6")
    para(doc)
    para(doc, "Ordre du jour – Agenda", bold=True, color=BLUE)
    table(doc, [
        ["09:30 – 10:00", "Accueil et café – Onthaal en koffie"],
        ["10:00 – 10:30", "Introduction par le SPP – Inleiding door de POD"],
        ["10:30 – 12:00", "Tour de table des projets – Voorstelling van de projecten"],
        ["12:00 – 13:00", "Lunch"],
        ["13:00 – 14:30", "Fonctionnement du réseau – Werking van het netwerk"],
        ["14:30 – 15:00", "Planning et divers – Planning en varia"],
    ], header=["Heure – Uur", "Point – Punt"], widths=[3.5, 11.5], head_fill="DEEAF6")

    def two_col(pairs):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for fr, nl in pairs:
            cells = t.add_row().cells
            set_cell(cells[0], fr)
            set_cell(cells[1], nl, italic=True)
        for row in t.rows:
            for c in row.cells:
                c.width = Cm(8)
        para(doc)

    doc.add_heading("1. Introduction – Inleiding", level=1)
    two_col([
        ("Katrien Vandamme souhaite la bienvenue à tous et rappelle l'objectif du réseau : échanger les "
         "méthodes d'activation sociale des primo-arrivants entre les cinq CPAS qui reçoivent un subside FAMI.",
         "Katrien Vandamme verwelkomt iedereen en herinnert aan het doel van het netwerk: methodes van sociale "
         "activering van nieuwkomers uitwisselen tussen de vijf OCMW's met AMIF-subsidie."),
        ("Le SPP a déjà envoyé le modèle de fiche projet à tous les CPAS le 10 novembre.",
         "De POD heeft het sjabloon van de projectfiche al op 10 november naar alle OCMW's gestuurd."),
    ])

    doc.add_heading("2. Tour de table des projets – Voorstelling van de projecten", level=1)
    doc.add_heading("2.1 CPAS Gand – OCMW Gent", level=2)
    two_col([
        ("Le projet Wegwijs démarre en janvier avec deux groupes de douze participants. Les médiateurs "
         "interculturels font office d'interprètes sociaux.",
         "Het project Wegwijs start in januari met twee groepen van twaalf deelnemers. De interculturele "
         "bemiddelaars treden op als sociaal tolk."),
    ])
    doc.add_heading("2.2 CPAS Liège – OCMW Luik", level=2)
    two_col([
        ("Mod'Actions combine un accompagnement individuel et quatre ateliers collectifs. Trois contrats "
         "sont signés par participant.",
         "Mod'Actions combineert individuele begeleiding met vier collectieve ateliers. Per deelnemer worden "
         "drie contracten ondertekend."),
    ])
    doc.add_heading("2.3 CPAS Charleroi – OCMW Charleroi", level=2)
    two_col([
        ("Activ'Up fonctionne par modules de septembre à juin. Plus de 1 000 bénéficiaires potentiels ont été "
         "listés avec l'observatoire local.",
         "Activ'Up werkt met modules van september tot juni. Samen met het lokale observatorium werden meer "
         "dan 1.000 mogelijke deelnemers opgelijst."),
    ])
    doc.add_heading("2.4 CPAS Anvers – OCMW Antwerpen", level=2)
    two_col([
        ("Anvers travaille avec trois CPAS partenaires (Schoten, Edegem, Mortsel) qui orientent leurs "
         "propres clients vers le projet.",
         "Antwerpen werkt samen met drie partner-OCMW's (Schoten, Edegem, Mortsel) die hun eigen cliënten "
         "naar het project doorverwijzen."),
    ])
    doc.add_heading("2.5 CPAS Bruxelles – OCMW Brussel", level=2)
    two_col([
        ("Le projet Trait d'Union a commencé en octobre. Les chiffres de Bruxelles seront ajoutés ultérieurement.",
         "Het project Trait d'Union is in oktober gestart. De cijfers van Brussel worden later toegevoegd."),
    ])

    doc.add_heading("3. Fonctionnement du réseau – Werking van het netwerk", level=1)
    two_col([
        ("Il est convenu que le réseau se réunit trois fois par an, à tour de rôle dans un CPAS, avec "
         "interprétation quand la réunion est bilingue.",
         "Er wordt afgesproken dat het netwerk drie keer per jaar samenkomt, telkens in een ander OCMW, met "
         "tolken wanneer de bijeenkomst tweetalig is."),
        ("Les CPAS souhaitent une enquête de satisfaction plus simple, avec des termes moins abstraits.",
         "De OCMW's wensen een eenvoudigere tevredenheidsenquête, met minder abstracte termen."),
    ])

    doc.add_heading("4. Actions – Acties", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    hdr = t.add_row().cells
    for c, h in zip(hdr, ["Qui – Wie", "Quoi – Wat", "Pour quand – Tegen wanneer"]):
        set_cell(c, h, bold=True)
        shade(c, "DEEAF6")
    actions = [
        ("SPP – POD", "Envoyer le rapport de la réunion en français et en néerlandais à tous les participants.",
         "Het verslag in het Frans en het Nederlands naar alle deelnemers sturen.", "15/12/2016"),
        ("Tous les CPAS – Alle OCMW's", "Compléter la fiche projet sur le modèle du SPP et la renvoyer à Katrien.",
         "De projectfiche invullen volgens het sjabloon van de POD en terugsturen naar Katrien.", "31/01/2017"),
        ("Lien De Smet", "Proposer une date et un lieu à Gand pour la réunion de mars.",
         "Een datum en een plaats in Gent voorstellen voor de bijeenkomst van maart.", "15/12/2016"),
        ("Nadia Belkacem, Els Wouters", "Préparer ensemble une liste de questions pour l'enquête de satisfaction.",
         "Samen een lijst met vragen voor de tevredenheidsenquête voorbereiden.", "16/03/2017"),
        ("CPAS Charleroi", "Transmettre les chiffres de recrutement du module 2 (séances d'information).",
         "De rekruteringscijfers van module 2 (infosessies) bezorgen.", "31/01/2017"),
        ("À désigner – Nog aan te duiden", "Traduire en néerlandais la présentation de Charleroi.",
         "De presentatie van Charleroi naar het Nederlands vertalen.", "–"),
    ]
    for who, fr, nl, when in actions:
        cells = t.add_row().cells
        set_cell(cells[0], who, bold=True)
        set_cell(cells[1], fr)
        p = cells[1].add_paragraph()
        r = p.add_run(nl)
        r.italic = True
        r.font.color.rgb = GREY
        set_cell(cells[2], when)
    for row in t.rows:
        for c, w in zip(row.cells, [4, 9, 3]):
            c.width = Cm(w)
    para(doc)

    doc.add_heading("5. Prochaine réunion – Volgende bijeenkomst", level=1)
    para(doc, "Jeudi 16 mars 2017, CPAS de Gand – Donderdag 16 maart 2017, OCMW Gent", bold=True)
    save(doc, "497_lancement_reseau_fami.docx")


# ---------------------------------------------------------------- 498 Gent, 2017
def r498():
    """Lien De Smet, OCMW Gent: Dutch, Word heading styles without numbers, people as a bulleted
    list per OCMW, agenda as tab lines with 'u' times, owners in brackets '(actie: Pieter)' or '→ POD'."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["OCMW Gent – AMIF-project Wegwijs"], "Verslag netwerkbijeenkomst 16/03/2017")

    doc.add_heading("Verslag netwerkbijeenkomst AMIF", level=0)
    para(doc, "Donderdag 16 maart 2017 – OCMW Gent, vergaderzaal Leie", bold=True)
    para(doc, "Vergadertaal: Nederlands en Frans, geen tolken (iedereen spreekt traag en in zijn eigen taal).",
         italic=True)

    para(doc, "Aanwezig", bold=True, underline=True)
    for line in [
        "POD MI: Katrien Vandamme",
        "OCMW Gent: Lien De Smet, Pieter Verhaeghe, Youssef Amrani",
        "OCMW Luik: Jean-Luc Renard",
        "OCMW Charleroi: Sophie Lambotte, Mehmet Yildiz",
        "OCMW Antwerpen: Hamid Bouzid",
        "OCMW Brussel: Julien Mertens",
    ]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd", bold=True, underline=True)
    para(doc, "Nadia Belkacem (OCMW Luik), Els Wouters (OCMW Antwerpen), Hélène Dufrasne (POD MI)",
         style="List Bullet")

    para(doc, "Agenda", bold=True, underline=True)
    for line in [
        "10u00 – 10u30\tOnthaal en koffie",
        "10u30 – 11u30\tRondleiding en voorstelling van Wegwijs",
        "11u30 – 12u30\tStand van zaken per OCMW",
        "12u30 – 13u30\tBroodjeslunch",
        "13u30 – 15u00\tWerkgroep tevredenheidsenquête",
        "15u00 – 15u30\tAfspraken en varia",
    ]:
        p = para(doc, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))

    doc.add_heading("Onthaal en voorstelling van Wegwijs", level=1)
    para(doc, "Pieter leidt de groep rond in het onthaalhuis en stelt Wegwijs voor: intake, twee collectieve "
              "modules per week en individuele begeleiding om de twee weken.")
    para(doc, "Youssef heeft de brochure van Wegwijs al in het Frans vertaald; ze werd vandaag uitgedeeld.")
    para(doc, "De planning van de modules wordt doorgestuurd naar alle OCMW's (actie: Pieter).")

    doc.add_heading("Stand van zaken per OCMW", level=1)
    doc.add_heading("OCMW Luik", level=2)
    para(doc, "Mod'Actions loopt goed; de wachtlijst voor het atelier informatica groeit.")
    doc.add_heading("OCMW Charleroi", level=2)
    para(doc, "Van de 315 uitgenodigde personen kwamen er 110 naar de infosessie van module 1 (35 %).")
    para(doc, "De cijfers van de infosessies van module 2 worden nog bezorgd (actie: Mehmet).")
    doc.add_heading("OCMW Antwerpen", level=2)
    para(doc, "Hamid vraagt na of de partners Schoten, Edegem en Mortsel volgende keer kunnen aansluiten.")
    doc.add_heading("OCMW Brussel", level=2)
    para(doc, "Trait d'Union telt 18 deelnemers. Brussel dient zijn projectfiche in vóór 31 maart.")

    doc.add_heading("Werkgroep tevredenheidsenquête", level=1)
    para(doc, "De huidige enquête is te abstract voor de doelgroep. Beslissing: de enquête krijgt pictogrammen "
              "en maximaal tien vragen.")
    para(doc, "Lien en Sophie maken een eerste versie met pictogrammen tegen de volgende bijeenkomst.",
         style="List Bullet")
    para(doc, "→ POD: vertaling van de enquête in het Arabisch, Dari en Tigrinya laten nakijken.",
         style="List Bullet")
    para(doc, "Het POD zou graag een gezamenlijke folder van het netwerk zien.")

    doc.add_heading("Afspraken", level=1)
    para(doc, "Elk OCMW houdt de aanwezigheden per sessie bij in hetzelfde Excel-sjabloon.", style="List Bullet")
    para(doc, "Franse vertaling van dit verslag nalezen: nog iemand te zoeken.", style="List Bullet")

    doc.add_heading("Varia", level=1)
    para(doc, "Volgende bijeenkomst: in juni bij het OCMW Luik, datum volgt.")
    para(doc, "Opmerkingen van OCMW Antwerpen nog toe te voegen.", italic=True, color=RED)
    save(doc, "498_verslag_gent_maart_2017.docx")


# ---------------------------------------------------------------- 499 Liège, 2018
def r499():
    """Aurore Thiry, CPAS de Liège: French with typographic apostrophes, bold lines numbered in
    roman figures (I., II.1), people inline as in the 2019 report, agenda inside the introduction,
    'va + infinitif' and passive future for the follow-up."""
    doc = new_doc("Times New Roman", 11)
    header_footer(doc, ["CPAS de Liège – Mod’Actions"], TAG_FR, align=WD_ALIGN_PARAGRAPH.LEFT)

    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "FAMI – mardi 5 juin 2018", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Maison d’activation sociale du CPAS de Liège", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    mixed(doc, [("Présents : ", {"b": True}),
                ("Nadia Belkacem (CPAS Liège), Jean-Luc Renard (CPAS Liège), Aurore Thiry (CPAS Liège), "
                 "Hélène Dufrasne (SPP IS), Pieter Verhaeghe (CPAS Gand), Youssef Amrani (CPAS Gand), "
                 "Sophie Lambotte (CPAS Charleroi), Valérie Hanquet (CPAS Binche), Hamid Bouzid (CPAS Anvers), "
                 "Tom Claes (CPAS Schoten), Fatima Zahra Ouali (CPAS Bruxelles), Anne-Sophie Leclercq et "
                 "Dirk Van Acker (interprètes)", {})])
    mixed(doc, [("Excusés : ", {"b": True}),
                ("Katrien Vandamme (SPP IS), Els Wouters (CPAS Anvers), Julien Mertens (CPAS Bruxelles)", {})])
    para(doc, "Interprétation simultanée français-néerlandais pendant toute la journée.", italic=True)

    para(doc, "I. Accueil et introduction", bold=True, size=12)
    para(doc, "Nadia Belkacem souhaite la bienvenue aux collègues des autres CPAS dans la maison d’activation "
              "sociale. Le programme de la journée est le suivant : 9h30 accueil et café ; 10h00 présentation de "
              "l’axe individuel ; 11h00 visite de la ferme ; 12h00 repas ; 13h30 ateliers méthodologiques ; "
              "15h30 clôture et feed-back.")

    para(doc, "II. Mod’Actions : l’axe individuel", bold=True, size=12)
    para(doc, "II.1 Le bilan d’orientation", bold=True, italic=True)
    para(doc, "Chaque nouveau participant est reçu en entretien individuel par Aurore. Le bilan d’orientation "
              "reprend le parcours, les objectifs, la motivation et les obstacles, puis propose les modules "
              "qui conviennent. Le bilan est ensuite validé par la coordinatrice.")
    para(doc, "II.2 Les trois contrats", bold=True, italic=True)
    para(doc, "Trois contrats sont signés : avec l’assistant social, avec la personne chargée de l’admission et "
              "avec le responsable de chaque module. Ils fixent le taux de présence et les règles de ponctualité.")
    para(doc, "Jean-Luc va envoyer aux autres CPAS le modèle des trois contrats.")

    para(doc, "III. Nouvelles des autres CPAS", bold=True, size=12)
    para(doc, "Gand : 22 participants dans Wegwijs, l’enquête avec pictogrammes est utilisée depuis avril.")
    para(doc, "Charleroi : le module 3 a déjà commencé en septembre dernier ; Binche envoie désormais ses "
              "participants aux ateliers de Charleroi. Valérie Hanquet va transmettre le nombre de participants "
              "binchois au SPP.")
    para(doc, "Anvers et Schoten : les partenaires orientent leurs clients depuis février.")
    para(doc, "Bruxelles : 25 participants, une liste d’attente pour l’atelier créatif.")

    para(doc, "IV. Ateliers méthodologiques", bold=True, size=12)
    para(doc, "L’après-midi, l’équipe teste avec les collègues un exercice de présentation, une entrée en matière "
              "et une manière ludique d’aborder le français.")

    para(doc, "V. Clôture et feed-back", bold=True, size=12)
    for line in ["Les activités créatives renforcent la confiance en soi.",
                 "L’accueil dans une maison (et non un bureau) abaisse le seuil.",
                 "À améliorer : prévenir plus tôt les participants quand un cours est annulé."]:
        para(doc, line, style="List Bullet")

    para(doc, "VI. Suites à donner", bold=True, size=12)
    for line in [
        "Le compte rendu sera envoyé par le SPP dans les deux langues.",
        "Chaque CPAS va tester l’exercice de présentation avec un groupe avant la prochaine rencontre.",
        "Le CPAS de Gand va partager sa grille d’entretien d’admission.",
        "Hamid et Tom vont vérifier si Anvers peut accueillir la prochaine rencontre.",
        "Décision : les ateliers sur des sujets sensibles (sexualité, violences conjugales) ne seront pas "
        "obligatoires.",
    ]:
        para(doc, line, style="List Bullet")
    para(doc, "Prochaine rencontre : à l’automne, à Anvers (date à confirmer).", italic=True)
    save(doc, "499_rencontre_liege_juin_2018.docx")


# ---------------------------------------------------------------- 500 Charleroi, 2019
def r500():
    """Caroline Dethier, CPAS de Charleroi: French, people in a table per CPAS (present / excused
    columns), agenda as an automatic numbered list, headings 'A.'..'E.' in Heading 2 style with
    bold 'B.1' sub-headings, each task as '→ ...' followed by a line 'Qui : ...'."""
    doc = new_doc("Century Gothic", 10)
    header_footer(doc, ["CPAS de Charleroi – Service Action Migrants – Activ'Up"], TAG_FR)

    para(doc, "Réunion du réseau FAMI", bold=True, size=18, color=ORANGE)
    para(doc, "Mardi 15 octobre 2019 – CPAS de Charleroi, Service Action Migrants", bold=True)
    para(doc, "Pas d'interprétation : les collègues néerlandophones ont suivi en français.", italic=True)

    table(doc, [
        ["SPP IS", "Hélène Dufrasne", "Katrien Vandamme"],
        ["CPAS Charleroi", "Caroline Dethier, Mehmet Yildiz, Sophie Lambotte", "–"],
        ["CPAS Binche", "Valérie Hanquet, Didier Lhoir", "–"],
        ["CPAS Liège", "Aurore Thiry", "Nadia Belkacem"],
        ["CPAS Gand", "Lien De Smet", "Pieter Verhaeghe"],
        ["CPAS Anvers", "Ann Verlinden", "–"],
        ["CPAS Bruxelles", "Fatima Zahra Ouali, Julien Mertens", "–"],
    ], header=["Organisation", "Présents", "Excusés"], widths=[3.5, 8, 4], head_fill="FBE4D5")

    para(doc, "Ordre du jour", bold=True, color=ORANGE)
    for item in ["Accueil et tour de table",
                 "Présentation d'Activ'Up : le travail de mobilisation",
                 "Le partenariat avec Binche",
                 "Règles de présence et ponctualité",
                 "Divers"]:
        para(doc, item, style="List Number")

    def h(text):
        p = doc.add_heading(level=2)
        r = p.add_run(text)
        r.font.color.rgb = ORANGE

    def sub(text):
        para(doc, text, bold=True, italic=True)

    def action(task, who):
        para(doc, "→ " + task, bold=True, space_after=0)
        mixed(doc, [("Qui : ", {"u": True}), (who, {})])

    h("A. Accueil et tour de table")
    para(doc, "Caroline accueille le réseau au Service Action Migrants. Chaque CPAS présente en deux minutes "
              "l'état de son projet ; Liège et Gand ont commencé leurs nouveaux modules en septembre.")

    h("B. Activ'Up : le travail de mobilisation")
    sub("B.1 Le listing des bénéficiaires potentiels")
    para(doc, "Le listing réalisé avec l'observatoire local compte 1 040 personnes ; 315 ont été retenues par "
              "les AS pour le module 1 et 199 pour le module 2.")
    action("Mettre à jour le listing avec l'observatoire local avant décembre.", "Mehmet Yildiz")
    sub("B.2 Les séances d'information")
    para(doc, "Taux de venue : 110 sur 315 (35 %) pour le module 1 et 60 sur 199 (30 %) pour le module 2. "
              "Les courriers d'invitation ont déjà été simplifiés cette année.")
    action("Envoyer le modèle de lettre d'invitation aux autres CPAS.", "Sophie Lambotte")

    h("C. Le partenariat avec Binche")
    para(doc, "Binche a déjà accueilli deux participants dans l'atelier informatique de Charleroi.")
    para(doc, "(Les résultats de l'enquête de satisfaction de Binche suivront.)", italic=True, color=GREY)
    action("Organiser une séance d'information commune à Binche au printemps.", "Valérie Hanquet et Didier Lhoir")
    action("Préciser la convention de partenariat Charleroi–Binche.", "CPAS de Charleroi")

    h("D. Présence et ponctualité")
    para(doc, "Décision : un retard de plus de 15 minutes compte comme une absence dans le taux de présence.")
    para(doc, "Proposition de Gand : envoyer un SMS de rappel la veille de chaque atelier.")
    action("Rassembler les règlements d'ordre intérieur des cinq CPAS.", "SPP")
    action("Envoyer son règlement d'ordre intérieur au SPP.", "chaque CPAS")

    h("E. Divers")
    action("Réserver une salle pour la prochaine réunion.", "à déterminer")
    para(doc)
    para(doc, "Prochaine réunion : le mardi 11 février 2020 au CPAS de Bruxelles.", bold=True, color=ORANGE)
    save(doc, "500_reunion_charleroi_binche.docx")


# ---------------------------------------------------------------- 501 Antwerpen, 2020
def r501():
    """Els Wouters, OCMW Antwerpen: Dutch, online (Teams), initials with a legend table,
    agenda lines '10.00 ...', bold headings '1)' with sub-headings '2a)', owners 'Actie XX:'."""
    doc = new_doc("Verdana", 9)
    header_footer(doc, ["OCMW Antwerpen | AMIF", "intern netwerkverslag"], None, page=True)

    para(doc, "Verslag AMIF-netwerkoverleg (online)", bold=True, size=14)
    para(doc, "Donderdag 19 november 2020 – via Microsoft Teams – 10.00 tot 12.00")
    para(doc, "Tolken: geen (iedereen spreekt zijn eigen taal, er wordt traag gesproken).", italic=True)

    para(doc, "Aanwezig", bold=True)
    table(doc, [
        ["EW", "Els Wouters", "OCMW Antwerpen"],
        ["AV", "Ann Verlinden", "OCMW Antwerpen"],
        ["TC", "Tom Claes", "OCMW Schoten"],
        ["IM", "Inge Maes", "OCMW Edegem"],
        ["GP", "Griet Peeters", "OCMW Mortsel"],
        ["HD", "Hélène Dufrasne", "POD MI"],
        ["LDS", "Lien De Smet", "OCMW Gent"],
        ["AT", "Aurore Thiry", "OCMW Luik"],
        ["CD", "Caroline Dethier", "OCMW Charleroi"],
        ["FZO", "Fatima Zahra Ouali", "OCMW Brussel"],
    ], header=["Init.", "Naam", "Organisatie"], widths=[1.5, 5.5, 5], size=9)
    para(doc, "Verontschuldigd", bold=True)
    table(doc, [
        ["HB", "Hamid Bouzid", "OCMW Antwerpen"],
        ["KJ", "Koen Janssens", "OCMW Mortsel"],
    ], header=["Init.", "Naam", "Organisatie"], widths=[1.5, 5.5, 5], size=9)

    para(doc, "Agenda", bold=True)
    for line in ["10.00 Welkom en stand van zaken corona",
                 "10.20 Groepsgrootte en sessies op afstand",
                 "11.00 Indicatoren en rapportering 2020",
                 "11.40 Partners Schoten, Edegem, Mortsel",
                 "12.00 Einde"]:
        para(doc, line, space_after=0)
    para(doc)

    def h(text):
        para(doc, text, bold=True, size=11, color=BLUE)

    def sh(text):
        para(doc, text, bold=True, italic=True)

    def actie(label, text):
        mixed(doc, [(label, {"b": True, "c": RED}), (text, {})])

    h("1) Welkom en stand van zaken corona")
    para(doc, "EW opent. Alle OCMW's werken sinds oktober opnieuw met kleinere groepen: Gent 4 deelnemers + 1 "
              "begeleider, Luik en Charleroi 3 + 1.")

    h("2) Groepsgrootte en sessies op afstand")
    sh("2a) Regels per OCMW")
    para(doc, "Antwerpen volgt de 4 + 1-regel; Mortsel en Edegem werken voorlopig alleen individueel.")
    actie("Actie AV: ", "overzicht van de groepsregels per OCMW bijhouden en delen via Teams.")
    sh("2b) Digitale sessies")
    para(doc, "Brussel heeft al tablets uitgeleend aan 12 deelnemers. Voorstel LDS: een gedeelde map met "
              "oefeningen voor online sessies.")
    actie("Actie FZO + CD: ", "korte handleiding voor deelnemers over Teams maken (in het Frans).")

    h("3) Indicatoren en rapportering 2020")
    para(doc, "HD licht toe welke cijfers het POD eind januari nodig heeft (deelnemers per module, "
              "voortgang taalniveau).")
    actie("Actie POD: ", "sjabloon voor de cijfers rondsturen vóór 1 december.")
    actie("Actie alle OCMW's: ", "aantallen deelnemers per module 2020 bezorgen aan het POD tegen 15 januari.")
    para(doc, "[cijfers Mortsel volgen]", italic=True, color=GREY)

    h("4) Partners Schoten, Edegem, Mortsel")
    para(doc, "TC, IM en GP stellen hun werking kort voor. Edegem heeft al twee deelnemers doorverwezen naar "
              "Antwerpen.")
    actie("Actie TC + IM + GP: ", "gezamenlijke slide maken voor de volgende bijeenkomst.")
    actie("Actie OCMW Antwerpen: ", "partnerovereenkomsten verlengen tot eind 2021.")

    h("5) Varia")
    para(doc, "AT vraagt of de tevredenheidsenquête ook in het Arabisch bestaat: nog niet.")
    actie("Actie (nog niemand): ", "vertaling van de enquête in het Arabisch laten maken.")
    para(doc)
    para(doc, "Volgend overleg: donderdag 4 februari 2021, 10.00 (Teams).", bold=True)
    save(doc, "501_overleg_teams_antwerpen.docx")


# ---------------------------------------------------------------- 502 Bruxelles, 2021
def r502():
    """Julien Mertens, CPAS de Bruxelles: French with a Dutch summary at the end, hybrid meeting
    with interpreters, agenda table with 'h' times, Heading 1/2 with typed numbers, owners '(resp. ...)'."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["CPAS de Bruxelles – OCMW Brussel", "Projet FAMI « Trait d’Union »"], TAG_FR)

    doc.add_heading("Rapport de la réunion du réseau FAMI", level=0)
    para(doc, "Lundi 20 septembre 2021, 9h30 – 13h00", bold=True)
    para(doc, "CPAS de Bruxelles, rue Haute 298a (salle du conseil) et en ligne (Teams) – réunion hybride")
    para(doc, "Interprétation simultanée FR/NL en salle et dans Teams.", italic=True)

    para(doc, "Participants", bold=True, color=BLUE)
    for line in [
        "Julien Mertens, Fatima Zahra Ouali, Marie Vanderlinden (CPAS de Bruxelles)",
        "Bram Goossens, Hélène Dufrasne (SPP IS)",
        "Sophie Lambotte (CPAS de Charleroi) – en ligne",
        "Aurore Thiry (CPAS de Liège) – en ligne",
        "Lien De Smet, Youssef Amrani (CPAS de Gand) – en ligne",
        "Ann Verlinden (CPAS d’Anvers), Inge Maes (CPAS d’Edegem)",
        "Dirk Van Acker, Marleen Claeys (interprètes)",
    ]:
        para(doc, line, style="List Bullet")
    mixed(doc, [("Excusés : ", {"b": True}),
                ("Caroline Dethier (CPAS de Charleroi), Griet Peeters (CPAS de Mortsel), "
                 "Nadia Belkacem (CPAS de Liège).", {})])

    para(doc, "Ordre du jour", bold=True, color=BLUE)
    table(doc, [
        ["9h30 – 9h45", "Ouverture et tour de connexion"],
        ["9h45 – 10h30", "Retour d’expérience : le confinement et les modules à distance"],
        ["10h30 – 11h15", "Nouvelle programmation FAMI 2021-2027"],
        ["11h15 – 11h30", "Pause"],
        ["11h30 – 12h30", "Enquête de satisfaction : nouvelle version"],
        ["12h30 – 13h00", "Divers et prochaine réunion"],
    ], header=["Horaire", "Point"], widths=[3.5, 12], style="Light Grid Accent 1")

    doc.add_heading("1. Ouverture", level=1)
    para(doc, "Julien Mertens accueille les participants en salle et en ligne. Bram Goossens se présente : il "
              "reprend le suivi du réseau au SPP avec Hélène Dufrasne.")

    doc.add_heading("2. Retour d’expérience : le confinement et les modules à distance", level=1)
    doc.add_heading("2.1 Ce qui a fonctionné", level=2)
    para(doc, "Les appels individuels réguliers ont maintenu le lien ; les groupes WhatsApp par module ont "
              "été très utilisés ; les petits groupes (3 participants + 1 formateur) ont permis de reprendre "
              "en présentiel dès juin.")
    doc.add_heading("2.2 Points à améliorer", level=2)
    para(doc, "Les horaires ont trop souvent changé et l’information n’arrivait pas toujours aux participants.")
    para(doc, "Préparer un planning commun des modules d’automne pour éviter les changements d’horaire "
              "(resp. Sophie Lambotte).", style="List Bullet")

    doc.add_heading("3. Nouvelle programmation FAMI 2021-2027", level=1)
    para(doc, "Le SPP présente les indicateurs communs de réalisation et de résultat du règlement (UE) 2021/1147. "
              "Les CPAS devront notamment compter les participants qui progressent d’au moins un niveau du CECR.")
    para(doc, "Envoyer la note sur les indicateurs communs du règlement (UE) 2021/1147 (resp. SPP).",
         style="List Bullet")
    para(doc, "Vérifier si les CPAS partenaires peuvent être comptés séparément dans les indicateurs "
              "(resp. Hélène Dufrasne et Ann Verlinden).", style="List Bullet")

    doc.add_heading("4. Enquête de satisfaction : nouvelle version", level=1)
    para(doc, "Décision : la nouvelle enquête compte 8 questions, avec des pictogrammes, et remplace l’ancienne "
              "dès janvier.")
    para(doc, "Faire traduire l’enquête en arabe, dari, pachto et tigrinya (resp. CPAS de Bruxelles).",
         style="List Bullet")
    para(doc, "Tester l’enquête auprès d’un groupe de participants avant le 31 octobre (resp. chaque CPAS).",
         style="List Bullet")
    para(doc, "[Commentaires du CPAS de Gand à compléter]", italic=True, color=RED)

    doc.add_heading("5. Divers", level=1)
    para(doc, "Le SPP a déjà transmis la liste mise à jour des personnes de contact.")
    para(doc, "Prévoir un interprète supplémentaire pour les réunions hybrides (resp. à définir).",
         style="List Bullet")
    para(doc, "La prochaine réunion aura lieu en décembre 2021, en ligne.", bold=True)

    doc.add_heading("Samenvatting in het Nederlands", level=1)
    para(doc, "Het netwerk besprak de ervaringen met modules op afstand tijdens de lockdown, de nieuwe "
              "AMIF-programmatie 2021-2027 met de gemeenschappelijke indicatoren, en de nieuwe "
              "tevredenheidsenquête (8 vragen, met pictogrammen). De volgende vergadering vindt in december online plaats.",
         italic=True)
    save(doc, "502_reunion_hybride_bruxelles.docx")


# ---------------------------------------------------------------- 503 Binche, 2022
def r503():
    """Didier Lhoir, CPAS de Binche: short French note, underlined bold headings without numbers,
    bullet agenda without times, people 'Nom – organisation', owners '→ Prénom :' and 'va + infinitif'."""
    doc = new_doc("Arial", 10)
    header_footer(doc, ["CPAS de Binche"], None, page=True, align=WD_ALIGN_PARAGRAPH.LEFT)

    para(doc, "CPAS de Binche – Réunion du réseau FAMI", bold=True, size=13)
    para(doc, "Vendredi 13 mai 2022, 10h, Maison sociale, Binche")

    para(doc, "Étaient présents :", bold=True)
    for line in ["Didier Lhoir – CPAS de Binche",
                 "Valérie Hanquet – CPAS de Binche",
                 "Caroline Dethier – CPAS de Charleroi",
                 "Mehmet Yildiz – CPAS de Charleroi",
                 "Bram Goossens – SPP Intégration sociale",
                 "Aurore Thiry – CPAS de Liège",
                 "Youssef Amrani – CPAS de Gand",
                 "Ann Verlinden – CPAS d'Anvers"]:
        para(doc, line, style="List Bullet")
    para(doc, "Excusés : Marie Vanderlinden (CPAS de Bruxelles), Tom Claes (CPAS de Schoten)")

    para(doc, "Ordre du jour :", bold=True)
    for line in ["Visite de la Maison sociale", "Le volet binchois d'Activ'Up", "Sorties socioculturelles 2022",
                 "Divers"]:
        para(doc, line, style="List Bullet")

    def h(text):
        para(doc, text, bold=True, underline=True)

    h("Visite de la Maison sociale")
    para(doc, "Valérie fait visiter les locaux rénovés (salle informatique, cuisine pédagogique).")
    h("Le volet binchois d'Activ'Up")
    para(doc, "Depuis janvier, 14 participants binchois suivent les ateliers. Le transport vers Charleroi reste "
              "difficile ; deux vélos partagés ont déjà été obtenus.")
    para(doc, "Valérie va demander un abonnement TEC groupé pour les participants.")
    para(doc, "→ Mehmet : envoyer les horaires de l'atelier informatique de Charleroi à Binche.")
    h("Sorties socioculturelles")
    para(doc, "Proposition : une sortie commune au Musée international du Carnaval et du Masque.")
    para(doc, "Le SPP va vérifier si les frais d'entrée sont éligibles au FAMI.")
    para(doc, "→ Didier et Caroline : fixer une date pour la sortie commune en juin.")
    h("Divers")
    para(doc, "Youssef demande si Gand peut recevoir la présentation. Didier va envoyer la présentation à "
              "tous les participants.")
    save(doc, "503_reunion_binche_mai_2022.docx")


# ---------------------------------------------------------------- 504 Schoten, 2023
def r504():
    """Tom Claes, OCMW Schoten: NL then FR paragraph by paragraph (FR in grey italics), Zoom with
    interpreters, draft mark, people table per organisation, action table 'Wat / Wie / Deadline'."""
    doc = new_doc("Calibri", 10.5)
    header_footer(doc, ["OCMW Schoten – partner AMIF Antwerpen"], TAG_NL + " / " + TAG_FR)

    para(doc, "ONTWERP – BROUILLON", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Verslag netwerkbijeenkomst AMIF – Rapport réunion de réseau FAMI", bold=True, size=15)
    para(doc, "Dinsdag 18 april 2023 – mardi 18 avril 2023, 13u30 – 16u00")
    para(doc, "Online via Zoom – en ligne via Zoom")
    para(doc, "Met tolken – avec interprètes (NL ↔ FR)", italic=True)

    def nlfr(nl, fr):
        para(doc, nl, space_after=0)
        para(doc, fr, italic=True, color=GREY)

    para(doc, "Aanwezig / Présents:", bold=True)
    table(doc, [
        ["OCMW Schoten", "Tom Claes"],
        ["OCMW Antwerpen", "Els Wouters"],
        ["OCMW Antwerpen", "Hamid Bouzid"],
        ["OCMW Edegem", "Inge Maes"],
        ["OCMW Mortsel", "Koen Janssens"],
        ["POD MI / SPP IS", "Bram Goossens"],
        ["POD MI / SPP IS", "Sarah El Amrani"],
        ["OCMW Gent", "Pieter Verhaeghe"],
        ["CPAS Liège", "Jean-Luc Renard"],
        ["CPAS Charleroi", "Mehmet Yildiz"],
        ["CPAS Bruxelles", "Fatima Zahra Ouali"],
        ["Tolken / interprètes", "Marleen Claeys"],
        ["Tolken / interprètes", "Anne-Sophie Leclercq"],
    ], header=["Organisatie / Organisation", "Naam / Nom"], widths=[6, 7], head_fill="E2EFD9")
    mixed(doc, [("Verontschuldigd / Excusés: ", {"b": True}),
                ("Griet Peeters (OCMW Mortsel), Valérie Hanquet (CPAS Binche), Lien De Smet (OCMW Gent)", {})])

    para(doc, "Agenda / Ordre du jour", bold=True)
    for line in ["13u30 – 13u45  Welkom / Bienvenue",
                 "13u45 – 14u30  Stand van zaken partners / État des lieux des partenaires",
                 "14u30 – 15u15  Indicatoren AMIF 2021-2027 / Indicateurs FAMI 2021-2027",
                 "15u15 – 16u00  Archivering en GDPR / Archivage et RGPD"]:
        para(doc, line, style="List Bullet")

    doc.add_heading("1. Welkom – Bienvenue", level=1)
    nlfr("Tom verwelkomt iedereen namens Schoten, dat voor het eerst een netwerkbijeenkomst organiseert.",
         "Tom souhaite la bienvenue à tous au nom de Schoten, qui organise pour la première fois une réunion "
         "du réseau.")

    doc.add_heading("2. Stand van zaken partners – État des lieux des partenaires", level=1)
    doc.add_heading("2.1 Schoten", level=2)
    nlfr("Schoten heeft al 9 deelnemers ingeschreven voor de module taalactivering.",
         "Schoten a déjà inscrit 9 participants au module d'activation linguistique.")
    doc.add_heading("2.2 Edegem", level=2)
    nlfr("Edegem werkt met een nieuwe folder voor de maatschappelijk werkers.",
         "Edegem utilise un nouveau dépliant pour les assistants sociaux.")
    para(doc, "[Cijfers Edegem nog aan te vullen – chiffres d'Edegem à compléter]", italic=True, color=RED)
    doc.add_heading("2.3 Mortsel", level=2)
    nlfr("Mortsel start in september met een tweede groep; het lokaal is al gevonden.",
         "Mortsel démarre un deuxième groupe en septembre ; le local a déjà été trouvé.")

    doc.add_heading("3. Indicatoren AMIF 2021-2027 – Indicateurs FAMI 2021-2027", level=1)
    nlfr("Sarah overloopt de gemeenschappelijke output- en resultaatindicatoren: deelnemers aan taalcursussen, "
         "burgerschapsoriëntatie en persoonlijke begeleiding, en deelnemers die minstens één ERK-niveau stijgen.",
         "Sarah passe en revue les indicateurs communs de réalisation et de résultat : participants aux cours "
         "de langue, à l'orientation civique et à l'accompagnement personnel, et participants qui progressent "
         "d'au moins un niveau du CECR.")
    nlfr("De OCMW's vragen duidelijke definities, vooral voor zelfrapportage door de deelnemers.",
         "Les CPAS demandent des définitions claires, surtout pour l'auto-évaluation par les participants.")

    doc.add_heading("4. Archivering en GDPR – Archivage et RGPD", level=1)
    nlfr("Beslist: de projectdocumenten worden 5 jaar bewaard vanaf 31 december van het jaar van de laatste "
         "betaling; persoonsgegevens niet langer dan nodig.",
         "Décidé : les documents du projet sont conservés 5 ans à partir du 31 décembre de l'année du dernier "
         "paiement ; les données personnelles pas plus longtemps que nécessaire.")

    doc.add_heading("5. Acties – Actions", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    hdr = t.add_row().cells
    for c, hh in zip(hdr, ["Wat / Quoi", "Wie / Qui", "Deadline"]):
        set_cell(c, hh, bold=True)
        shade(c, "E2EFD9")
    rows = [
        ("Presentatie van Schoten doorsturen naar alle deelnemers",
         "Envoyer la présentation de Schoten à tous les participants", "Tom", "25/04"),
        ("Sjabloon voor de gemeenschappelijke indicatoren invullen per module",
         "Compléter le modèle des indicateurs communs par module", "alle OCMW's / tous les CPAS", "31/05"),
        ("Definities van de resultaatindicatoren verduidelijken (ERK-niveau, zelfrapportage)",
         "Clarifier les définitions des indicateurs de résultat (niveau CECR, auto-évaluation)",
         "POD / SPP", "15/05"),
        ("Bewaartermijnen van de dossiers nagaan bij de eigen DPO",
         "Vérifier les délais de conservation des dossiers auprès de son DPO", "Inge + Koen", "30/06"),
        ("Franse versie van de Edegemse folder laten nalezen",
         "Faire relire la version française du dépliant d'Edegem", "nog te bepalen / à déterminer", "–"),
        ("Gemeenschappelijke lijst van vertaalde documenten opstellen",
         "Établir une liste commune des documents traduits", "OCMW Antwerpen", "30/06"),
    ]
    for nl, fr, who, dl in rows:
        cells = t.add_row().cells
        set_cell(cells[0], nl)
        p = cells[0].add_paragraph()
        r = p.add_run(fr)
        r.italic = True
        r.font.color.rgb = GREY
        set_cell(cells[1], who)
        set_cell(cells[2], dl)
    for row in t.rows:
        for c, w in zip(row.cells, [10, 4, 2]):
            c.width = Cm(w)
    para(doc)
    mixed(doc, [("Volgende bijeenkomst / Prochaine réunion: ", {"b": True}),
                ("dinsdag 10 oktober 2023 – mardi 10 octobre 2023, in Mortsel / à Mortsel.", {})])
    save(doc, "504_verslag_zoom_schoten.docx")


# ---------------------------------------------------------------- 505 Edegem, 2025
def r505():
    """Inge Maes, OCMW Edegem: Dutch, hybrid (Webex), green Heading 1/2 with typed '1.' and '1.1',
    people table with a status column, agenda table with start times, owners after an arrow '→ Inge'."""
    doc = new_doc("Calibri", 11)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = GREEN
    header_footer(doc, ["Gemeente en OCMW Edegem – Welzijn"], "Netwerkverslag AMIF – 13.02.2025")

    para(doc, "Netwerkdag AMIF – verslag", bold=True, size=16, color=GREEN)
    para(doc, "Donderdag 13 februari 2025, 9u30 – 12u30", bold=True)
    para(doc, "Hybride: Sociaal Huis Edegem (zaal Drie Eiken) en Webex. Geen tolk: de Franstalige collega's "
              "volgden in het Nederlands of spraken Frans.")

    para(doc, "Deelnemers", bold=True, color=GREEN)
    table(doc, [
        ["Inge Maes", "OCMW Edegem", "aanwezig ter plaatse"],
        ["Els Wouters", "OCMW Antwerpen", "aanwezig ter plaatse"],
        ["Tom Claes", "OCMW Schoten", "aanwezig ter plaatse"],
        ["Koen Janssens", "OCMW Mortsel", "aanwezig online"],
        ["Sarah El Amrani", "POD MI", "aanwezig ter plaatse"],
        ["Bram Goossens", "POD MI", "aanwezig online"],
        ["Lien De Smet", "OCMW Gent", "aanwezig online"],
        ["Jean-Luc Renard", "OCMW Luik", "aanwezig online"],
        ["Caroline Dethier", "OCMW Charleroi", "aanwezig online"],
        ["Julien Mertens", "OCMW Brussel", "aanwezig online"],
        ["Hamid Bouzid", "OCMW Antwerpen", "verontschuldigd"],
        ["Didier Lhoir", "OCMW Binche", "verontschuldigd"],
    ], header=["Naam", "Organisatie", "Status"], widths=[5, 5, 5], head_fill="E2EFD9")

    para(doc, "Agenda", bold=True, color=GREEN)
    table(doc, [
        ["09:30", "Onthaal (ter plaatse) en inloggen Webex"],
        ["10:00", "Terugblik 2024: indicatoren en tevredenheid"],
        ["11:00", "Casus: een deelnemer vraagt inzage in zijn dossier"],
        ["11:45", "Planning 2025"],
        ["12:15", "Lunch (ter plaatse)"],
    ], header=["Uur", "Onderwerp"], widths=[2.5, 12.5])

    doc.add_heading("1. Terugblik 2024", level=1)
    doc.add_heading("1.1 Indicatoren", level=2)
    para(doc, "De cijfers van 2024 zijn bijna volledig; Gent en Luik leverden al aan.")
    para(doc, "Cijfers indicatoren 2024 volgen na validatie door het POD.", italic=True, color=GREY)
    para(doc, "Ontbrekende cijfers van Charleroi en Brussel bezorgen vóór 28 februari → Caroline, Julien",
         style="List Bullet")
    doc.add_heading("1.2 Tevredenheidsenquête", level=2)
    para(doc, "68 % van de deelnemers vindt dat het project hen hielp bij hun integratie. De pictogrammen "
              "werken goed; de vraag over 'zelfvertrouwen' blijft te abstract.")
    para(doc, "Resultaten per OCMW in één tabel zetten → POD", style="List Bullet")

    doc.add_heading("2. Casus: inzage in het dossier (art. 15 AVG)", level=1)
    para(doc, "Een deelnemer van Edegem vroeg alles in te kijken wat het OCMW over hem bijhoudt. Elk OCMW blijft "
              "eigenaar van de gegevens van zijn deelnemers; het POD ziet geen namen.")
    para(doc, "Procedure voor inzageverzoeken op papier zetten, met een termijn van één maand → Inge",
         style="List Bullet")
    para(doc, "Interne DPO laten meelezen met de procedure → elk OCMW", style="List Bullet")
    para(doc, "Bijlage: presentatie Sarah (nog toe te voegen)", italic=True, color=GREY)

    doc.add_heading("3. Planning 2025", level=1)
    para(doc, "Beslist: drie netwerkdagen in 2025, waarvan één volledig online.")
    para(doc, "Uitnodiging netwerkdag juni versturen → OCMW Gent", style="List Bullet")
    para(doc, "Locatie voor de netwerkdag van oktober zoeken → nog niemand", style="List Bullet")

    doc.add_heading("4. Volgende netwerkdag", level=1)
    para(doc, "Dinsdag 10 juni 2025 in Gent (hybride).")
    save(doc, "505_netwerkdag_edegem_2025.docx")


# ---------------------------------------------------------------- 506 Mortsel, 2026
def r506():
    """Griet Peeters, OCMW Mortsel: long Dutch report with a French summary at the end, Teams with
    interpretation, people inline by municipality, headings 'A.'..'G.' with 'B.1' sub-headings,
    all tasks in a numbered action table (no actions in the body text)."""
    doc = new_doc("Segoe UI", 10)
    header_footer(doc, ["OCMW Mortsel – AMIF-partner van OCMW Antwerpen"], TAG_NL)

    para(doc, "Netwerkbijeenkomst AMIF", bold=True, size=16, color=BLUE)
    para(doc, "Tussentijdse evaluatie en overdracht", italic=True, size=12)
    para(doc, "Dinsdag 27 januari 2026, 9u30 – 12u30, Microsoft Teams", bold=True)
    para(doc, "Met simultaanvertaling NL-FR.")

    mixed(doc, [("Aanwezig: ", {"b": True}),
                ("Griet Peeters en Koen Janssens (Mortsel); Els Wouters en Hamid Bouzid (Antwerpen); Tom Claes "
                 "(Schoten); Inge Maes (Edegem); Sarah El Amrani en Bram Goossens (POD MI); Pieter Verhaeghe "
                 "(Gent); Nadia Belkacem (Luik); Sophie Lambotte (Charleroi); Valérie Hanquet (Binche); "
                 "Marie Vanderlinden (Brussel).", {})])
    mixed(doc, [("Verontschuldigd: ", {"b": True}), ("Julien Mertens (Brussel), Youssef Amrani (Gent).", {})])

    para(doc, "Agenda", bold=True)
    for line in ["Welkom en praktische afspraken",
                 "Stand van zaken per OCMW",
                 "Tussentijdse evaluatie AMIF 2021-2027",
                 "Bewaring van documenten en persoonsgegevens",
                 "Overdracht: nieuwe contactpersonen",
                 "Varia"]:
        para(doc, line, style="List Bullet")

    doc.add_heading("A. Welkom en praktische afspraken", level=1)
    para(doc, "Griet verwelkomt iedereen. Wie niet spreekt, zet de microfoon uit; de tolken vragen om "
              "traag te spreken en de naam van het OCMW te zeggen.")

    doc.add_heading("B. Stand van zaken per OCMW", level=1)
    doc.add_heading("B.1 Gent", level=2)
    para(doc, "Gent heeft de nieuwe enquête al in zes talen beschikbaar en start in februari een groep voor "
              "jonge moeders.")
    doc.add_heading("B.2 Luik", level=2)
    para(doc, "Mod'Actions telt 41 deelnemers. Wens van Luik: meer uitwisseling tussen de maatschappelijk "
              "werkers van de verschillende OCMW's.")
    doc.add_heading("B.3 Charleroi en Binche", level=2)
    para(doc, "Het groepsabonnement TEC voor Binche is in 2025 afgelopen; het vervoer blijft een drempel.")
    doc.add_heading("B.4 Antwerpen en partners", level=2)
    para(doc, "Antwerpen, Schoten, Edegem en Mortsel werken sinds september met één gezamenlijke intake.")
    doc.add_heading("B.5 Brussel", level=2)
    para(doc, "De bijdrage van Brussel (B.5) volgt nog.", italic=True, color=RED)

    doc.add_heading("C. Tussentijdse evaluatie AMIF 2021-2027", level=1)
    para(doc, "Sarah stelt de eerste resultaten voor: 74 % van de deelnemers zegt dat het project hen hielp bij "
              "hun integratie; 31 % van de cursisten steeg minstens één ERK-niveau.")
    para(doc, "[grafiek tussentijdse evaluatie invoegen]", italic=True, color=GREY)
    para(doc, "Beslissing: de bijeenkomsten blijven online, behalve de netwerkdag in het najaar.")

    doc.add_heading("D. Bewaring van documenten en persoonsgegevens", level=1)
    para(doc, "Documenten worden bewaard tot vijf jaar na 31 december van het jaar van de laatste betaling. "
              "Persoonsgegevens worden niet langer bijgehouden dan nodig. Het POD heeft de richtlijn al in "
              "december rondgestuurd.")

    doc.add_heading("E. Overdracht: nieuwe contactpersonen", level=1)
    para(doc, "Koen en Griet gaan vanaf april met pensioen of naar een andere dienst; Brussel krijgt een "
              "nieuwe coördinator.")

    doc.add_heading("F. Varia", level=1)
    para(doc, "Volgende bijeenkomst: dinsdag 19 mei 2026, plaats nog te bepalen.", bold=True)

    doc.add_heading("G. Actielijst", level=1)
    rows = [
        ("1", "Cijfers 2025 per module aanleveren in het nieuwe sjabloon", "alle OCMW's", "13/02/2026"),
        ("2", "Nieuwe versie van het sjabloon met ERK-niveaus rondsturen", "POD MI", "06/02/2026"),
        ("3", "Getuigenissen van deelnemers verzamelen voor de tussentijdse evaluatie", "Pieter, Nadia",
         "31/03/2026"),
        ("4", "Transportprobleem Binche–Charleroi opnieuw bekijken met de TEC", "Valérie", "31/03/2026"),
        ("5", "Lijst opmaken van documenten die na 31/12/2031 vernietigd mogen worden", "OCMW Antwerpen",
         "30/04/2026"),
        ("6", "Vraag over bewaartermijn van intakeverslagen voorleggen aan de DPO van het POD", "Sarah",
         "28/02/2026"),
        ("7", "Contactlijst van het netwerk bijwerken (nieuwe coördinator Brussel)", "Bram", "28/02/2026"),
        ("8", "Overdrachtsnota voor de nieuwe collega's schrijven", "Koen + Griet", "31/03/2026"),
        ("9", "Gastheer zoeken voor de bijeenkomst van mei", "nog open", "–"),
        ("10", "Tevredenheidsenquête in het Oekraïens laten vertalen", "OCMW Charleroi", "30/04/2026"),
    ]
    table(doc, [list(r) for r in rows], header=["Nr.", "Actie", "Wie", "Tegen"], widths=[1.2, 9, 3.3, 2.5],
          head_fill="DEEAF6", size=9)

    doc.add_heading("Résumé en français", level=1)
    para(doc, "La réunion a fait le point sur chaque CPAS, sur l'évaluation intermédiaire du FAMI 2021-2027 "
              "(74 % des participants estiment que le projet a aidé leur intégration) et sur la conservation "
              "des documents. Dix actions ont été convenues (voir le tableau G). Prochaine réunion : le mardi "
              "19 mai 2026.", italic=True)
    save(doc, "506_bijeenkomst_mortsel_2026.docx")


if __name__ == "__main__":
    for f in (r497, r498, r499, r500, r501, r502, r503, r504, r505, r506):
        f()
    print("10 reports written")
