# -*- coding: utf-8 -*-
"""Builds reports 607-616 (AMIF network, mostly Dutch-speaking side) with python-docx.
One function per report. Run with the venv python from this folder."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for experiments)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x38, 0x76, 0x1D)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)

TAGLINE = ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF\n"
           "Vers une politique de migration plus intégrée, grâce au FAMI")


def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def para(doc, text="", bold=False, italic=False, underline=False, color=None, size=None,
         style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=..., italic=..., color=...))"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        r.underline = fmt.get("underline")
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
    return p


def cell_text(cell, text, bold=False, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    return p


def header_footer(doc, header=None, footer=None, italic=True):
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(header)
        r.italic = italic
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
    if footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------------------
# 607  Stuurgroep OCMW Gent, 2016 - POD MI (Annelies Verhaeghe), NL only, in person
# ---------------------------------------------------------------------------
def r607():
    doc = new_doc()
    header_footer(doc, header=TAGLINE, footer="POD MI – verslag stuurgroep OCMW Gent – 18/10/2016")
    para(doc, "POD Maatschappelijke Integratie", bold=True, color=BLUE)
    doc.add_heading("Verslag stuurgroep AMIF-project OCMW Gent", level=0)
    para(doc, "Dinsdag 18 oktober 2016, 13u30 – 16u00", bold=True)
    para(doc, "Locatie: OCMW Gent, vergaderzaal 2de verdieping")

    para(doc, "Aanwezig", bold=True, underline=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for n, o in [("Annelies Verhaeghe", "POD MI (verslag)"), ("Koen Van Damme", "OCMW Gent – coördinator"),
                 ("Sarah De Clercq", "OCMW Gent – trajectbegeleider"),
                 ("Youssef El Hamdaoui", "OCMW Gent – intercultureel bemiddelaar"),
                 ("Lieve Pauwels", "OCMW Gent – sociale dienst")]:
        row = t.add_row().cells
        cell_text(row[0], n)
        cell_text(row[1], o)
    para(doc, "")
    para(doc, "Verontschuldigd", bold=True, underline=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for n, o in [("Bart Claeys", "POD MI"), ("Nadia Benali", "OCMW Gent – sociale dienst")]:
        row = t.add_row().cells
        cell_text(row[0], n)
        cell_text(row[1], o)

    para(doc, "")
    para(doc, "Agenda", bold=True, underline=True)
    for tm, ti in [("13u30", "Welkom en goedkeuring vorig verslag"), ("13u45", "Stand van zaken rekrutering"),
                   ("14u30", "Intakegesprekken en oriëntatiebalans"), ("15u15", "Budget en rapportering AMIF"),
                   ("15u45", "Varia")]:
        para(doc, tm + "\t" + ti)

    doc.add_heading("1. Welkom en goedkeuring vorig verslag", level=1)
    para(doc, "Koen heet iedereen welkom. Het verslag van de stuurgroep van 6 september wordt zonder "
              "opmerkingen goedgekeurd.")

    doc.add_heading("2. Stand van zaken rekrutering", level=1)
    doc.add_heading("2.1 Doorverwijzingen via de sociale diensten", level=2)
    para(doc, "Sinds de start in september werden 41 cliënten doorverwezen door de maatschappelijk werkers "
              "van de sociale diensten. 23 van hen kwamen naar een infosessie. De meeste doorverwijzingen "
              "komen uit twee diensten; de andere diensten kennen het project nog te weinig.")
    doc.add_heading("2.2 Infosessies", level=2)
    para(doc, "De infosessies op vrijdagnamiddag lopen minder goed (veel deelnemers hebben dan kinderopvang "
              "nodig). De stuurgroep beslist om de infosessies voortaan op dinsdagvoormiddag te organiseren.")
    para(doc, "Youssef heeft de folder al laten vertalen naar het Arabisch en het Dari.", italic=True)
    para(doc, "Actie: Sarah bezorgt de geactualiseerde lijst van doorverwijzingen aan Annelies tegen eind "
              "oktober.", bold=True)

    doc.add_heading("3. Intakegesprekken en oriëntatiebalans", level=1)
    para(doc, "Het intakegesprek duurt nu gemiddeld anderhalf uur. Er wordt gevraagd om het formulier in te "
              "korten en meer ruimte te laten voor de motivatie en de drempels van de deelnemer. "
              "De oriëntatiebalans wordt besproken op het teamoverleg van maandag.")
    para(doc, "Koen Van Damme stelt een nieuwe versie van het intakeformulier op en stuurt die rond vóór de "
              "volgende stuurgroep.", bold=True)

    doc.add_heading("4. Budget en rapportering AMIF", level=1)
    para(doc, "Annelies licht de regels voor de rapportering toe: personeelskosten worden per VTE verantwoord, "
              "met tijdsregistratie. Het eerste tussentijds rapport wordt verwacht in het voorjaar 2017.")
    para(doc, "Het POD bezorgt het OCMW het sjabloon voor het jaarlijkse rapport.", bold=True)

    doc.add_heading("5. Varia", level=1)
    para(doc, "Geen punten.")

    para(doc, "")
    p = para(doc, "")
    runs(p, [("Volgende stuurgroep: ", {"bold": True}),
             ("dinsdag 6 december 2016 om 13u30, zelfde locatie.", {})])
    save(doc, "607_stuurgroep_ocmw_gent_2016.docx")


# ---------------------------------------------------------------------------
# 608  Partneroverleg Antwerpen, 2018 - newcomer Jens Wouters, NL, in person, bold lines
# ---------------------------------------------------------------------------
def r608():
    doc = new_doc(font="Arial", size=10)
    para(doc, "OCMW Antwerpen – AMIF-project", color=GREY, size=9)
    para(doc, "Verslag partneroverleg", bold=True, size=14)
    para(doc, "donderdag 22 maart 2018 – OCMW Antwerpen, lokaal 0.14")
    p = para(doc, "")
    runs(p, [("Aanwezig: ", {"bold": True}),
             ("Jens Wouters (OCMW Antwerpen), Hilde Peeters (OCMW Antwerpen), Ahmed Ouali (OCMW Antwerpen), "
              "Marleen Janssens (OCMW Schoten), Tom Verbruggen (OCMW Edegem), Inge Maes (OCMW Mortsel)", {})])
    p = para(doc, "")
    runs(p, [("Verontschuldigd: ", {"bold": True}),
             ("Ilse Wuyts (OCMW Mortsel), Dirk Mertens (POD MI)", {})])
    p = para(doc, "")
    runs(p, [("Verslag: ", {"bold": True}), ("Jens", {})])

    para(doc, "Agenda", bold=True)
    for it in ["Kennismaking met de nieuwe coördinator", "Doorverwijzing vanuit de partner-OCMW's",
               "Vervoer van deelnemers naar Antwerpen", "Tevredenheidsenquête", "Rondvraag"]:
        para(doc, it, style="List Number")

    para(doc, "Kennismaking", bold=True)
    para(doc, "Ik ben sinds begin maart de nieuwe coördinator van het project (in de plaats van Hilde, die nu "
              "de sociale diensten opvolgt maar wel betrokken blijft). Iedereen stelt zich kort voor.")

    para(doc, "Doorverwijzing vanuit Schoten, Edegem en Mortsel", bold=True)
    para(doc, "Sinds september: Schoten 7 doorverwijzingen, Edegem 4, Mortsel 3. Niet iedereen is naar de "
              "intake gekomen. Marleen merkt op dat de cliënten uit Schoten de weg naar Antwerpen moeilijk "
              "vinden. Afgesproken dat de intake voor de partners ook in het eigen OCMW kan gebeuren "
              "(met iemand van het projectteam).")

    para(doc, "Vervoer:", bold=True)
    para(doc, "De verplaatsing kost de deelnemers geld. Sommigen haken daarom af na de eerste weken. Het is "
              "niet duidelijk of we dit uit het AMIF-budget mogen betalen.")

    para(doc, "Tevredenheidsenquête", bold=True)
    para(doc, "De enquête van het POD is te moeilijk voor onze deelnemers (woorden als 'zelfredzaamheid', "
              "'verwachtingen'). Inge stelt voor om met smileys te werken. Het zou ook goed zijn als de "
              "enquête in meer talen bestaat.")

    para(doc, "Rondvraag", bold=True)
    para(doc, "Tom meldt dat Edegem vanaf mei een nieuwe maatschappelijk werker heeft die de AMIF-cliënten "
              "zal opvolgen.")

    para(doc, "Afspraken", bold=True)
    for it in ["Marleen, Tom en Inge bezorgen elk een lijst met mogelijke deelnemers aan Hilde tegen 15 april.",
               "Jens vraagt bij het POD na of vervoerskosten onder het AMIF-budget vallen.",
               "OCMW Edegem zoekt uit of de deelnemers een Lijnkaart kunnen krijgen via de sociale dienst.",
               "Enquête laten vertalen naar het Arabisch en het Tigrinya – wie? (nog te bepalen)"]:
        para(doc, it, style="List Bullet")

    para(doc, "Volgend overleg: in juni, datum volgt via mail.")
    para(doc, "")
    para(doc, "(Hilde, kan jij dit nog nalezen voor het rondgaat? Ik ben niet zeker van de cijfers bij punt 2.)",
         italic=True, color=RED)
    save(doc, "608_partneroverleg_antwerpen_2018.docx")


# ---------------------------------------------------------------------------
# 609  Netwerkdag Gent, 2019 - POD MI (Bart Claeys), NL + résumé FR, in person, whispered interpreting
# ---------------------------------------------------------------------------
def r609():
    doc = new_doc()
    header_footer(doc, header=TAGLINE, footer="POD | Maatschappelijke Integratie – SPP | Intégration Sociale")
    para(doc, "POD | Maatschappelijke Integratie\nSPP | Intégration Sociale", color=BLUE, size=9)
    para(doc, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=16,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "AMIF 26 november 2019 – 26 novembre 2019", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "OCMW Gent, Administratief Centrum, Gent", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, "Aanwezig – Présents", bold=True)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], "Naam", bold=True)
    cell_text(t.rows[0].cells[1], "Organisatie", bold=True)
    for n, o in [("Bart Claeys", "POD MI"), ("Annelies Verhaeghe", "POD MI"), ("Koen Van Damme", "OCMW Gent"),
                 ("Sarah De Clercq", "OCMW Gent"), ("Émilie Renard", "CPAS Liège"), ("Mathieu Collard", "CPAS Liège"),
                 ("Sophie Lemaire", "CPAS Charleroi"), ("Hilde Peeters", "OCMW Antwerpen"),
                 ("Karim Bouzid", "CPAS Bruxelles / OCMW Brussel"), ("Marie Lambert", "tolk / interprète"),
                 ("Peter Jacobs", "tolk / interprète")]:
        row = t.add_row().cells
        cell_text(row[0], n)
        cell_text(row[1], o)
    para(doc, "")
    p = para(doc, "")
    runs(p, [("Verontschuldigd – Excusés: ", {"bold": True}),
             ("Isabelle Dupont (CPAS Binche), Jens Wouters (OCMW Antwerpen)", {})])

    para(doc, "Agenda – Ordre du jour", bold=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for tm, ti in [("10:00 – 10:30", "Onthaal en inleiding / Accueil et introduction"),
                   ("10:30 – 11:30", "Voorstelling project OCMW Gent / Présentation du projet du CPAS de Gand"),
                   ("11:30 – 12:30", "Stand van zaken per OCMW / État des lieux par CPAS"),
                   ("12:30 – 13:30", "Lunch"),
                   ("13:30 – 15:00", "Workshop tevredenheidsenquête / Atelier enquête de satisfaction"),
                   ("15:00 – 15:30", "Afsluiting en feedback / Clôture et feed-back")]:
        row = t.add_row().cells
        cell_text(row[0], tm)
        cell_text(row[1], ti)

    doc.add_heading("I. Onthaal en inleiding", level=1)
    para(doc, "Het team van OCMW Gent ontvangt de andere OCMW's in het Administratief Centrum. Bart herinnert "
              "aan het doel van het netwerk: van elkaar leren, zonder gegevens van deelnemers uit te wisselen. "
              "Er is fluistertolken voorzien voor de Franstalige collega's.")

    doc.add_heading("II. Voorstelling project OCMW Gent", level=1)
    para(doc, "Koen en Sarah stellen het traject voor: doorverwijzing door de maatschappelijk werker, "
              "intakegesprek, oriëntatiebalans, en daarna een combinatie van individuele begeleiding "
              "(om de twee weken) en groepsmodules (taalactivering, computer, 'wegwijs in Gent').")
    para(doc, "Elke maand is er een sociaal-culturele uitstap.")

    doc.add_heading("III. Stand van zaken per OCMW", level=1)
    for num, city, txt in [
            ("a)", "Gent", "52 deelnemers in 2019, 18 trajecten afgerond, waarvan 6 naar een opleiding."),
            ("b)", "Luik", "Nieuw creatief atelier; de wachtlijst voor de intake loopt op tot zes weken."),
            ("c)", "Charleroi", "Tweede module gestart; 60 van de 199 uitgenodigde personen kwamen naar de "
                                "infosessie."),
            ("d)", "Antwerpen", "Partners Schoten, Edegem en Mortsel verwijzen nu zelf door; vervoer blijft een "
                                "drempel."),
            ("e)", "Brussel", "Tweetalige groepen werken goed, maar vragen meer voorbereiding.")]:
        doc.add_heading(num + " " + city, level=2)
        para(doc, txt)

    doc.add_heading("IV. Workshop tevredenheidsenquête", level=1)
    para(doc, "In kleine groepen werd de huidige enquête overlopen. Conclusies:")
    for it in ["Sterk: de enquête is kort en per module.",
               "Werkpunt: de vragen bevatten abstracte begrippen ('autonomie', 'verwachtingen').",
               "Werkpunt: de enquête bestaat enkel in het Nederlands en het Frans.",
               "Voorstel: met pictogrammen of smileys werken."]:
        para(doc, it, style="List Bullet")

    doc.add_heading("V. Afsluiting en feedback", level=1)
    para(doc, "De deelnemers waarderen het bezoek aan de werkplaats en de tijd voor uitwisseling.")
    para(doc, "Volgende afspraken werden gemaakt:")
    for it in ["Koen Van Damme stuurt de presentatie van OCMW Gent door naar alle deelnemers.",
               "Alle OCMW's bezorgen hun opmerkingen over de enquête aan het POD vóór 20 december 2019.",
               "Het POD maakt een vereenvoudigde versie van de enquête met pictogrammen.",
               "Émilie Renard en Sophie Lemaire delen hun oefeningen rond taalactivering."]:
        para(doc, it, style="List Number")
    para(doc, "Opmerkingen van Luik en Charleroi nog toe te voegen.", italic=True, color=RED)
    p = para(doc, "")
    runs(p, [("Volgende bijeenkomst: ", {"bold": True}),
             ("dinsdag 28 januari 2020 in Luik (onder voorbehoud).", {})])

    doc.add_heading("Résumé en français", level=1)
    para(doc, "Le CPAS de Gand a accueilli le réseau et présenté son projet (orientation par l'AS, entretien "
              "d'admission, bilan d'orientation, accompagnement individuel et modules collectifs). Chaque CPAS "
              "a fait le point. L'atelier sur l'enquête de satisfaction conclut que les questions sont trop "
              "abstraites et que l'enquête devrait exister en plus de langues.", italic=True)
    para(doc, "Koen Van Damme enverra la présentation ; les CPAS envoient leurs remarques sur l'enquête au SPP "
              "avant le 20 décembre ; le SPP prépare une version simplifiée ; Émilie Renard et Sophie Lemaire "
              "partagent leurs exercices.", italic=True)
    para(doc, "Prochaine rencontre : mardi 28 janvier 2020 à Liège.", italic=True)
    save(doc, "609_netwerkdag_gent_2019.docx")


# ---------------------------------------------------------------------------
# 610  Online network meeting 2020 - Brussels team (Karim Bouzid), FR | NL side by side, interpretation
# ---------------------------------------------------------------------------
def r610():
    doc = new_doc(font="Calibri", size=10)
    header_footer(doc, header="CPAS de Bruxelles – OCMW Brussel | FAMI / AMIF",
                  footer="Rapport rencontre CPAS en ligne – Verslag online bijeenkomst OCMW's – 11/06/2020")
    para(doc, "[NL à relire par Bart / NL na te lezen door Bart]", color=RED, bold=True)
    para(doc, "Rapport rencontre CPAS (en ligne) – Verslag bijeenkomst OCMW's (online)", bold=True, size=15,
         color=BLUE)
    para(doc, "Jeudi 11 juin 2020 – Donderdag 11 juni 2020", bold=True)
    para(doc, "Via Microsoft Teams – interprétation simultanée / simultaanvertaling FR-NL")

    p = para(doc, "")
    r = p.add_run("Présents / Aanwezig :")
    r.bold = True
    for line in ["Karim Bouzid (CPAS Bruxelles)", "Nathalie Vandenberghe (CPAS Bruxelles)", "Bart Claeys (SPP IS)",
                 "Koen Van Damme (OCMW Gent)", "Émilie Renard (CPAS Liège)", "Sophie Lemaire (CPAS Charleroi)",
                 "Hilde Peeters (OCMW Antwerpen)", "Jens Wouters (OCMW Antwerpen)",
                 "Interprètes / tolken : Marie Lambert, Peter Jacobs"]:
        r.add_break()
        r = p.add_run(line)
    p = para(doc, "")
    runs(p, [("Excusés / Verontschuldigd : ", {"bold": True}),
             ("Mathieu Collard (CPAS Liège), Isabelle Dupont (CPAS Binche)", {})])

    para(doc, "Ordre du jour / Agenda", bold=True)
    for line in ["14:00\tTour de table : la situation sanitaire / Tafelronde: de coronasituatie",
                 "14:45\tGroupes réduits (règle 4 + 1, 3 + 1) / Kleinere groepen (regel 4 + 1, 3 + 1)",
                 "15:30\tIndicateurs FAMI 2020 / AMIF-indicatoren 2020",
                 "16:00-16:15\tDivers / Varia"]:
        para(doc, line)

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Français", bold=True, color=BLUE)
    cell_text(t.rows[0].cells[1], "Nederlands", bold=True, color=BLUE)

    def section(title, fr, nl):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_text(m, title, bold=True)
        row = t.add_row()
        c0, c1 = row.cells
        c0.text = ""
        c1.text = ""
        for i, x in enumerate(fr):
            (c0.paragraphs[0] if i == 0 else c0.add_paragraph()).add_run(x)
        for i, x in enumerate(nl):
            (c1.paragraphs[0] if i == 0 else c1.add_paragraph()).add_run(x)

    section("1. Tour de table / Tafelronde",
            ["Toutes les activités collectives ont été arrêtées à la mi-mars. Les CPAS ont gardé le contact "
             "par téléphone et WhatsApp avec les participants.",
             "Gand et Anvers reprennent les entretiens individuels sur rendez-vous."],
            ["Alle groepsactiviteiten werden half maart stopgezet. De OCMW's hielden telefonisch en via WhatsApp "
             "contact met de deelnemers.",
             "Gent en Antwerpen hervatten de individuele gesprekken op afspraak."])
    section("2. Groupes réduits / Kleinere groepen",
            ["Charleroi et Liège travaillent avec la règle « 3 participants + 1 formateur », Gand avec « 4 + 1 ». "
             "Bruxelles attend l'avis du service prévention.",
             "Sophie Lemaire partagera le protocole sanitaire de Charleroi avec les autres CPAS."],
            ["Charleroi en Luik werken met de regel '3 deelnemers + 1 begeleider', Gent met '4 + 1'. "
             "Brussel wacht op het advies van de preventiedienst.",
             "Sophie Lemaire deelt het coronaprotocol van Charleroi met de andere OCMW's."])
    section("3. Indicateurs FAMI / AMIF-indicatoren",
            ["Le suivi à distance compte-t-il comme activité ? Le SPP confirme que oui, à condition de le "
             "documenter.",
             "Le SPP enverra le modèle de rapportage des indicateurs avant le 30 juin.",
             "Chaque CPAS communiquera au SPP le nombre de participants suivis à distance."],
            ["Telt de opvolging op afstand als activiteit? Het POD bevestigt dat, op voorwaarde dat ze "
             "gedocumenteerd wordt.",
             "Het POD stuurt het rapporteringsmodel voor de indicatoren vóór 30 juni.",
             "Elk OCMW meldt aan het POD hoeveel deelnemers op afstand worden opgevolgd."])
    section("4. Divers / Varia",
            ["Le groupe décide de maintenir les réunions en ligne jusqu'à nouvel ordre."],
            ["De groep beslist om de vergaderingen tot nader order online te houden."])

    para(doc, "")
    para(doc, "Prochaine réunion / Volgende vergadering : jeudi 17 septembre 2020, en ligne / donderdag "
              "17 september 2020, online", bold=True)
    save(doc, "610_netwerk_online_2020.docx")


# ---------------------------------------------------------------------------
# 611  Hybrid overleg Antwerpen 2021 - stand-in social worker Fatima Azzouzi, NL, initials
# ---------------------------------------------------------------------------
def r611():
    doc = new_doc(font="Verdana", size=9)
    para(doc, "Verslag overleg AMIF Antwerpen + partners (hybride)", bold=True, size=12)
    para(doc, "dinsdag 16/03/2021 – sociaal huis Antwerpen + Teams")
    para(doc, "Verslag: Fatima Azzouzi (ter vervanging van Hilde)", italic=True)
    para(doc, "")
    para(doc, "Aanwezig: JW (Jens Wouters, OCMW Antwerpen), AO (Ahmed Ouali, OCMW Antwerpen), FA (Fatima "
              "Azzouzi, OCMW Antwerpen), MJ (Marleen Janssens, OCMW Schoten – via Teams), TV (Tom Verbruggen, "
              "OCMW Edegem – via Teams), IW (Ilse Wuyts, OCMW Mortsel – via Teams)")
    para(doc, "Verontschuldigd: HP (Hilde Peeters, OCMW Antwerpen), IM (Inge Maes, OCMW Mortsel)")
    para(doc, "")
    para(doc, "Agenda:", underline=True)
    for it in ["1) groepsgrootte", "2) intakes en oriëntatiebalans", "3) enquête", "4) varia"]:
        para(doc, it)
    para(doc, "")

    para(doc, "1) Groepsgrootte", underline=True, bold=True)
    para(doc, "Nu 4 + 1 in het sociaal huis. JW wil naar 6 + 1 vanaf april als de maatregelen het toelaten. "
              "Schoten en Edegem doen nog alles individueel.")
    para(doc, "JW: vraagt aan POD of 6 + 1 mag vanaf april", color=BLUE)

    para(doc, "2) Intakes", underline=True, bold=True)
    para(doc, "AO heeft sinds januari 11 intakes gedaan, waarvan 3 via Teams (niet ideaal, tolk via telefoon). "
              "[cijfers intakes nog aan te vullen – Hilde]")
    para(doc, "MJ en TV: sturen de intakefiches van hun deelnemers (zonder namen!) door naar AO", color=BLUE)

    para(doc, "3) Tevredenheidsenquête", underline=True, bold=True)
    para(doc, "De nieuwe versie met smileys is er nog niet. Mortsel heeft geen lokaal meer voor de "
              "enquête-workshop (zaal wordt vaccinatiecentrum).")
    para(doc, "OCMW Mortsel: zoekt een nieuwe lokatie voor de workshop", color=BLUE)
    para(doc, "Actie (nog geen trekker): enquête vertalen naar Arabisch, Dari en Tigrinya", color=BLUE)

    para(doc, "4) Varia", underline=True, bold=True)
    para(doc, "IW vraagt of de uitstap naar het MAS kan doorgaan in mei. Afwachten.")
    para(doc, "")
    para(doc, "Volgende keer: 20/04, zelfde uur, hybride", bold=True)
    para(doc, "Dit verslag is nog niet nagelezen door Hilde.", italic=True, color=GREY)
    save(doc, "611_teamoverleg_antwerpen_2021.docx")


# ---------------------------------------------------------------------------
# 612  Workshop enquête, POD 2022 - intern Lotte Vermeulen, NL + full FR version, online
# ---------------------------------------------------------------------------
def r612():
    doc = new_doc()
    header_footer(doc, header="POD MI – AMIF – workshop tevredenheidsenquête",
                  footer="Versie 1 – 19/05/2022")
    para(doc, "Versie 1 – nog niet gevalideerd door Dirk Mertens", italic=True, color=ORANGE)
    doc.add_heading("Verslag online workshop tevredenheidsenquête", level=0)
    para(doc, "Donderdag 19 mei 2022, 09:30 – 11:30, via Webex (geen tolk voorzien: iedereen spreekt in zijn "
              "eigen taal)")
    para(doc, "Verslag: Lotte Vermeulen, stagiaire POD MI", italic=True)

    para(doc, "Deelnemers", bold=True)
    for it in ["Lotte Vermeulen (POD MI)", "Dirk Mertens (POD MI)", "Sarah De Clercq (OCMW Gent)",
               "Mathieu Collard (CPAS Luik)", "Nathalie Vandenberghe (OCMW Brussel)",
               "Ahmed Ouali (OCMW Antwerpen)", "Sophie Lemaire (OCMW Charleroi)"]:
        para(doc, it, style="List Bullet")
    para(doc, "Verontschuldigd", bold=True)
    para(doc, "Émilie Renard (CPAS Luik)", style="List Bullet")

    para(doc, "Agenda", bold=True)
    for it in ["09:30 – 09:45  Welkom", "09:45 – 10:30  Wat loopt er mis met de huidige enquête?",
               "10:30 – 11:15  Nieuwe vragen in eenvoudige taal", "11:15 – 11:30  Afspraken"]:
        para(doc, it)

    doc.add_heading("1. Welkom", level=1)
    para(doc, "Dirk verwelkomt de deelnemers en stelt Lotte voor, die tot juni stage loopt bij het POD en de "
              "herwerking van de enquête opvolgt.")
    doc.add_heading("2. Wat loopt er mis met de huidige enquête?", level=1)
    doc.add_heading("2.1 Abstracte begrippen", level=2)
    para(doc, "Woorden als 'autonomie', 'zelfvertrouwen' of 'maatschappelijke participatie' worden niet begrepen, "
              "zeker niet door deelnemers die laaggeletterd zijn. De begeleiders moeten elke vraag uitleggen, "
              "waardoor de antwoorden gestuurd worden.")
    doc.add_heading("2.2 Talen", level=2)
    para(doc, "De enquête bestaat enkel in het Nederlands en het Frans. Gevraagd: Arabisch, Dari, Tigrinya, "
              "Engels en Russisch (nieuw sinds de komst van Oekraïense deelnemers).")
    doc.add_heading("3. Nieuwe vragen in eenvoudige taal", level=1)
    para(doc, "In twee groepen werden nieuwe vragen geschreven. Voorbeelden:")
    for it in ["Ik weet nu beter waar ik hulp kan vragen. 🙂 😐 🙁",
               "Ik spreek meer Nederlands/Frans dan vroeger.",
               "Deze activiteit heeft me geholpen om mijn weg te vinden in België."]:
        para(doc, it, style="List Bullet")
    para(doc, "De laatste vraag sluit aan bij de gemeenschappelijke resultaatindicator van het AMIF.")
    doc.add_heading("4. Afspraken", level=1)
    for it in ["Lotte verwerkt alle voorstellen in een nieuwe ontwerpversie van de enquête tegen 10 juni.",
               "Sarah De Clercq en Ahmed Ouali testen de nieuwe vragen met een groep deelnemers in Gent en "
               "Antwerpen.",
               "Het POD vraagt een offerte aan voor de vertaling in vijf talen.",
               "Dirk bekijkt met de AMIF-verantwoordelijke of de indicator 'deelnemers die aangeven dat de "
               "activiteit hun integratie heeft geholpen' in de enquête kan."]:
        para(doc, it, style="List Number")
    para(doc, "Een tweede workshop volgt in het najaar (datum nog te prikken).")

    doc.add_page_break()
    doc.add_heading("Version française", level=1)
    para(doc, "Atelier en ligne sur l'enquête de satisfaction – jeudi 19 mai 2022", italic=True)
    doc.add_heading("1. Bienvenue", level=2)
    para(doc, "Dirk accueille les participants et présente Lotte, stagiaire au SPP jusqu'en juin, qui suit la "
              "révision de l'enquête.")
    doc.add_heading("2. Qu'est-ce qui ne va pas avec l'enquête actuelle ?", level=2)
    doc.add_heading("2.1 Notions abstraites", level=3)
    para(doc, "Des mots comme « autonomie », « confiance en soi » ou « participation sociale » ne sont pas "
              "compris, surtout par les participants peu alphabétisés. Les accompagnateurs doivent expliquer "
              "chaque question, ce qui oriente les réponses.")
    doc.add_heading("2.2 Langues", level=3)
    para(doc, "L'enquête n'existe qu'en néerlandais et en français. Demandé : arabe, dari, tigrinya, anglais et "
              "russe.")
    doc.add_heading("3. Nouvelles questions en langage simple", level=2)
    para(doc, "Deux groupes ont rédigé de nouvelles questions (voir exemples ci-dessus).")
    doc.add_heading("4. Accords", level=2)
    for it in ["Lotte intègre toutes les propositions dans une nouvelle version de l'enquête pour le 10 juin.",
               "Sarah De Clercq et Ahmed Ouali testent les nouvelles questions avec un groupe de participants à "
               "Gand et à Anvers.",
               "Le SPP demande une offre pour la traduction en cinq langues.",
               "Dirk vérifie avec le responsable FAMI si l'indicateur peut figurer dans l'enquête."]:
        para(doc, it, style="List Number")
    para(doc, "Un deuxième atelier suivra à l'automne (date à fixer).")
    save(doc, "612_workshop_enquete_pod_2022.docx")


# ---------------------------------------------------------------------------
# 613  Team meeting CPAS de Bruxelles 2023 - Nathalie Vandenberghe, FR / NL alternating, hybrid
# ---------------------------------------------------------------------------
def r613():
    doc = new_doc(font="Calibri", size=10.5)
    header_footer(doc, header="CPAS de Bruxelles / OCMW Brussel – Projet FAMI / AMIF-project",
                  footer="PV 10/10/2023")
    para(doc, "PV réunion d'équipe FAMI – PV teamvergadering AMIF", bold=True, size=14, color=BLUE)
    para(doc, "CPAS de Bruxelles / OCMW Brussel – mardi 10 octobre 2023 / dinsdag 10 oktober 2023")
    para(doc, "Réunion hybride : salle 3.12 + Teams / Hybride vergadering: zaal 3.12 + Teams", italic=True)

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nom / Naam", "Service / Dienst", "Présent·e / Aanwezig"]):
        cell_text(c, h, bold=True)
    for n, s, x in [("Nathalie Vandenberghe", "CPAS Bruxelles – coordination / coördinatie", "X"),
                    ("Karim Bouzid", "CPAS Bruxelles – entretiens d'admission / intake", "X"),
                    ("Yasmina Haddad", "CPAS Bruxelles – animatrice / begeleidster", "excusée / verontschuldigd"),
                    ("Aïcha Diallo", "CPAS Bruxelles – médiatrice interculturelle / intercultureel bemiddelaar",
                     "X"),
                    ("Pieter Van Hoof", "CPAS Bruxelles – AS antenne Laeken / MW antenne Laken", "X"),
                    ("Thomas Leclercq", "CPAS Bruxelles – stagiaire", "X"),
                    ("Julie Marchal", "SPP IS / POD MI", "X (Teams)")]:
        row = t.add_row().cells
        cell_text(row[0], n)
        cell_text(row[1], s)
        cell_text(row[2], x)

    para(doc, "")
    para(doc, "Ordre du jour / Agenda", bold=True)
    for it in ["a. Recrutement via les antennes sociales / Rekrutering via de sociale antennes",
               "b. Entretiens d'admission : délais / Intakegesprekken: wachttijden",
               "c. Indicateurs FAMI 2021-2027 / AMIF-indicatoren 2021-2027",
               "d. Divers / Varia"]:
        para(doc, it)

    def fr_nl(fr, nl):
        para(doc, fr)
        para(doc, nl, italic=True, color=GREY)

    doc.add_heading("A. Recrutement / Rekrutering", level=2)
    fr_nl("Les antennes sociales orientent peu de personnes depuis l'été (9 orientations en septembre). "
          "Beaucoup d'AS ne connaissent pas le projet. [chiffres de septembre à compléter / cijfers september "
          "aan te vullen]",
          "De sociale antennes verwijzen sinds de zomer weinig mensen door. Veel maatschappelijk werkers kennen "
          "het project niet.")
    fr_nl("Pieter Van Hoof présentera le projet lors de la réunion des AS de l'antenne de Laeken en novembre.",
          "Pieter Van Hoof stelt het project voor op de vergadering van de maatschappelijk werkers van de antenne "
          "Laken in november.")

    doc.add_heading("B. Entretiens d'admission / Intakegesprekken", level=2)
    fr_nl("Le délai entre l'orientation et l'entretien d'admission est de cinq à six semaines. Certaines "
          "personnes ne viennent plus. Aïcha propose de faire les entretiens à deux pour les personnes qui ne "
          "parlent ni français ni néerlandais.",
          "De wachttijd tussen doorverwijzing en intakegesprek is vijf à zes weken. Sommige mensen komen niet "
          "meer opdagen.")
    fr_nl("Karim et Aïcha vont revoir le planning des entretiens pour réduire le délai à trois semaines.",
          "Karim en Aïcha herbekijken de planning van de intakes om de wachttijd tot drie weken te beperken.")

    doc.add_heading("C. Indicateurs / Indicatoren", level=2)
    fr_nl("Julie explique les indicateurs communs du nouveau programme (participants aux cours de langue, à "
          "l'orientation civique, à l'accompagnement professionnel personnalisé ; participants qui ont gagné "
          "au moins un niveau CECR).",
          "Julie licht de gemeenschappelijke indicatoren van het nieuwe programma toe.")
    fr_nl("Le SPP transmettra la fiche technique des indicateurs communs (règlement (UE) 2021/1147).",
          "Het POD bezorgt de technische fiche van de gemeenschappelijke indicatoren.")

    doc.add_heading("D. Divers / Varia", level=2)
    fr_nl("Thomas a déjà mis à jour le tableau de présences.",
          "Thomas heeft de aanwezigheidstabel al bijgewerkt.")
    fr_nl("À faire : désigner une personne pour la formation RGPD du 7 décembre (personne n'est encore désigné).",
          "Te doen: iemand aanduiden voor de AVG-opleiding van 7 december.")

    para(doc, "")
    para(doc, "Prochaine réunion d'équipe / volgende teamvergadering : mardi 12 décembre 2023, 9h30.", bold=True)
    save(doc, "613_reunion_equipe_bruxelles_2023.docx")


# ---------------------------------------------------------------------------
# 614  Werkbezoek Luik in Gent 2024 - Sarah De Clercq, NL, in person, consecutive interpreting
# ---------------------------------------------------------------------------
def r614():
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, header="OCMW Gent – AMIF", footer="Verslag werkbezoek 25/04/2024", italic=False)
    para(doc, "Verslag werkbezoek CPAS Luik aan OCMW Gent", bold=True, size=16, color=GREEN)
    para(doc, "Donderdag 25 april 2024 – Activeringshuis OCMW Gent", bold=True)
    para(doc, "Met consecutieve tolk (voorzien door het POD).", italic=True)

    para(doc, "Aanwezig", bold=True)
    for n, o in [("Sarah De Clercq", "OCMW Gent"), ("Youssef El Hamdaoui", "OCMW Gent"),
                 ("Lieve Pauwels", "OCMW Gent"), ("Émilie Renard", "CPAS Luik"), ("Mathieu Collard", "CPAS Luik"),
                 ("Claire Dumont", "CPAS Luik"), ("Annelies Verhaeghe", "POD MI"), ("Jan De Smet", "tolk")]:
        para(doc, n + "\t" + o, style="List Bullet")
    para(doc, "Verontschuldigd", bold=True)
    para(doc, "Koen Van Damme\tOCMW Gent", style="List Bullet")

    para(doc, "Programma", bold=True)
    t = doc.add_table(rows=0, cols=2)
    for tm, ti in [("09u30", "Ontvangst met koffie"), ("10u00", "Rondleiding in het activeringshuis"),
                   ("11u00", "Voorstelling groepsmodules Gent en Luik"), ("12u30", "Lunch"),
                   ("13u30", "Uitwisseling: intake en oriëntatiebalans"), ("15u00-15u30", "Afsluiting")]:
        row = t.add_row().cells
        cell_text(row[0], tm, bold=True)
        cell_text(row[1], ti)
    t.columns[0].width = Cm(3)

    doc.add_heading("I. Ontvangst en rondleiding", level=1)
    para(doc, "De collega's uit Luik werden ontvangen in het activeringshuis. Youssef gaf een rondleiding langs "
              "het computerlokaal, de ateliers en de kinderhoek.")
    doc.add_heading("II. Groepsmodules Gent en Luik", level=1)
    para(doc, "Gent werkt met modules van tien weken; Luik met modules per schooljaar (september–juni). In Luik "
              "tekent elke deelnemer drie contracten: met de maatschappelijk werker, met de intaker en met de "
              "verantwoordelijke van elke module. Daarin staan de afspraken over aanwezigheid en stiptheid.")
    para(doc, "Claire stelt voor om een gezamenlijke uitstap te doen met deelnemers uit beide steden.")
    doc.add_heading("III. Uitwisseling: intake en oriëntatiebalans", level=1)
    para(doc, "In beide OCMW's staat de intake centraal. Gent gebruikt sinds 2017 een korter formulier; Luik "
              "neemt meer tijd voor de motivatie en de drempels. Afgesproken om de formulieren uit te wisselen "
              "zonder gegevens van deelnemers.")
    doc.add_heading("IV. Afsluiting", level=1)
    para(doc, "Iedereen vond het bezoek leerrijk. Afspraken:")
    for it in ["Mathieu Collard stuurt het contractmodel van Luik (drie contracten per deelnemer) naar Sarah.",
               "Youssef en Lieve werken een voorstel uit voor een gezamenlijke uitstap met deelnemers uit Gent "
               "en Luik.",
               "OCMW Gent bezorgt de Luikse collega's een Franse versie van het weekrooster."]:
        para(doc, it, style="List Bullet 2")
    p = para(doc, "")
    runs(p, [("Tegenbezoek in Luik: donderdag 13 juni 2024.", {"bold": True, "color": GREEN})])

    doc.add_page_break()
    doc.add_heading("Bijlage: weekrooster", level=1)
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    days = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"]
    am = ["Taalactivering", "Computeratelier", "Individuele begeleiding", "Wegwijs in Gent", "Groepscoaching"]
    pm = ["Individuele begeleiding", "Creatief atelier", "–", "Taalactivering", "Uitstap (1x/maand)"]
    for i in range(5):
        cell_text(t.rows[0].cells[i], days[i], bold=True)
        cell_text(t.rows[1].cells[i], am[i])
        cell_text(t.rows[2].cells[i], pm[i])
    save(doc, "614_werkbezoek_gent_liege_2024.docx")


# ---------------------------------------------------------------------------
# 615  Partneroverleg Antwerpen 2025 - Ahmed Ouali, NL + résumé FR, online
# ---------------------------------------------------------------------------
def r615():
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, header="OCMW Antwerpen | AMIF | partneroverleg", footer="pagina 1")
    para(doc, "Partneroverleg AMIF Antwerpen – Schoten – Edegem – Mortsel", bold=True, size=14)
    para(doc, "Donderdag 30 januari 2025, 14:00 – 16:00, online (Teams)")
    para(doc, "Verslag: Ahmed Ouali", italic=True)

    t = doc.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Naam", "Organisatie", "Aanwezig?"]):
        cell_text(c, h, bold=True)
    for n, o, a in [("Ahmed Ouali", "OCMW Antwerpen", "ja"), ("Hilde Peeters", "OCMW Antwerpen", "ja"),
                    ("Jens Wouters", "OCMW Antwerpen", "verontschuldigd"),
                    ("Marleen Janssens", "OCMW Schoten", "ja"), ("Tom Verbruggen", "OCMW Edegem", "ja"),
                    ("Ilse Wuyts", "OCMW Mortsel", "ja"), ("Inge Maes", "OCMW Mortsel", "verontschuldigd"),
                    ("Julie Marchal", "POD MI", "ja")]:
        row = t.add_row().cells
        cell_text(row[0], n)
        cell_text(row[1], o)
        cell_text(row[2], a)

    para(doc, "")
    para(doc, "Agenda", bold=True)
    for it in ["14:00\tGoedkeuring verslag 28/11/2024", "14:20\tCijfers 2024: doorverwijzingen en uitstroom",
               "15:00\tNieuwe projectperiode AMIF 2021-2027", "15:30\tVaria"]:
        para(doc, it, style="List Number")

    def head(text):
        para(doc, text, bold=True, color=ORANGE, size=12)

    head("A. Goedkeuring verslag")
    para(doc, "Het verslag van 28 november 2024 wordt goedgekeurd.")
    head("B. Cijfers 2024")
    para(doc, "Doorverwijzingen 2024: Schoten 9, Edegem 6, Mortsel 4, Antwerpen 71. Uitstroom naar werk of "
              "opleiding: 5 deelnemers van de partners. Bijlage (cijfertabel) volgt nog.")
    para(doc, "Marleen Janssens en Ilse Wuyts bezorgen hun cijfers over uitstroom naar werk of opleiding tegen "
              "14 februari.")
    head("C. Nieuwe projectperiode")
    para(doc, "Julie geeft uitleg over de bewaring van documenten: vijf jaar vanaf 31 december van het jaar van de "
              "laatste betaling; persoonsgegevens niet langer dan nodig. Elke deelnemer kan vragen om alles in te "
              "zien wat over hem of haar bijgehouden wordt.")
    para(doc, "Julie bezorgt de partners de nieuwe richtlijnen over bewaartermijnen.")
    para(doc, "OCMW Schoten past zijn toestemmingsformulier aan volgens het nieuwe model.")
    para(doc, "Mortsel wil in de nieuwe periode als aparte partner instappen. Het POD laat weten of Mortsel in de "
              "nieuwe periode als aparte partner kan instappen.")
    head("D. Varia")
    para(doc, "Tom vraagt om de volgende keer ook de tevredenheidsenquête te bespreken.")
    para(doc, "")
    para(doc, "Volgend partneroverleg: donderdag 27 maart 2025 om 14 uur via Teams.", bold=True)

    para(doc, "")
    head("Résumé en français")
    para(doc, "Le rapport du 28 novembre 2024 est approuvé. Orientations 2024 : Schoten 9, Edegem 6, Mortsel 4, "
              "Anvers 71. Marleen Janssens et Ilse Wuyts envoient leurs chiffres de sortie vers l'emploi ou la "
              "formation pour le 14 février. Julie transmet les nouvelles directives sur la durée de conservation. "
              "Le CPAS de Schoten adapte son formulaire de consentement. Le SPP fera savoir si Mortsel peut devenir "
              "partenaire séparé. Prochaine réunion : jeudi 27 mars 2025 à 14 h, Teams.", italic=True)
    save(doc, "615_partneroverleg_antwerpen_2025.docx")


# ---------------------------------------------------------------------------
# 616  Netwerkbijeenkomst Brussel 2026 - newcomer POD MI Wout Lemmens, NL with FR lines, hybrid, interpretation
# ---------------------------------------------------------------------------
def r616():
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, header=TAGLINE, footer="POD MI – SPP IS")
    para(doc, "ONTWERP – versie 0.2, niet definitief", bold=True, color=RED)
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16, color=BLUE,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "5 februari 2026 – 5 février 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "OCMW Brussel, zaal Europa + online via Teams – simultaanvertaling / interprétation simultanée",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Verslag: Wout Lemmens (POD MI)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, "Aanwezig / Présents", bold=True)
    p = doc.add_paragraph()
    lines = ["POD MI:\tWout Lemmens, Julie Marchal, Dirk Mertens",
             "OCMW Gent:\tSarah De Clercq, Youssef El Hamdaoui",
             "CPAS Luik:\tClaire Dumont",
             "CPAS Charleroi:\tSophie Lemaire, Isabelle Dupont (CPAS Binche)",
             "OCMW Antwerpen:\tAhmed Ouali (online)",
             "OCMW Brussel:\tNathalie Vandenberghe, Karim Bouzid",
             "Tolken:\tMarie Lambert, Peter Jacobs"]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i < len(lines) - 1:
            r.add_break()
    p = para(doc, "")
    runs(p, [("Verontschuldigd / Excusés: ", {"bold": True}),
             ("Mathieu Collard (CPAS Luik), Hilde Peeters (OCMW Antwerpen)", {})])

    para(doc, "Agenda / Ordre du jour", bold=True)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Uur / Heure", bold=True)
    cell_text(t.rows[0].cells[1], "Punt / Point", bold=True)
    for tm, ti in [("10:00-10:15", "Welkom / Accueil"),
                   ("10:15-11:00", "Eindevaluatie AMIF-projecten / Évaluation finale des projets FAMI"),
                   ("11:00-12:00", "Indicatoren en jaarverslag 2025 / Indicateurs et rapport annuel 2025"),
                   ("12:00-12:45", "Lunch"),
                   ("12:45-14:00", "Bewaring van documenten en AVG / Conservation des documents et RGPD"),
                   ("14:00-14:30", "Varia en volgende stappen / Divers et prochaines étapes")]:
        row = t.add_row().cells
        cell_text(row[0], tm)
        cell_text(row[1], ti)

    def fr(text):
        para(doc, "FR: " + text, italic=True, color=GREY)

    doc.add_heading("1 Welkom / Accueil", level=1)
    para(doc, "Nathalie verwelkomt het netwerk in Brussel. Wout stelt zich voor als nieuwe projectbeheerder "
              "bij het POD (sinds januari).")
    fr("Nathalie accueille le réseau ; Wout se présente comme nouveau gestionnaire de projet au SPP.")

    doc.add_heading("2 Eindevaluatie AMIF-projecten / Évaluation finale des projets FAMI", level=1)
    doc.add_heading("2.1 Wat werkt / Ce qui fonctionne", level=2)
    for it in ["intensief werken met de deelnemers, bijna elke dag van de week;",
               "de band tussen begeleiders en deelnemers, en tussen deelnemers onderling;",
               "de groepsgeest op het einde van een module."]:
        para(doc, it, style="List Bullet")
    fr("travail intensif avec le public, liens entre agents et participants, esprit de groupe en fin de module.")
    doc.add_heading("2.2 Werkpunten / Points à améliorer", level=2)
    for it in ["communicatie naar deelnemers bij gewijzigde uurroosters of geannuleerde lessen;",
               "activiteiten vroeger plannen (administratieve procedures duren langer);",
               "geen verplichte activiteiten over gevoelige thema's."]:
        para(doc, it, style="List Bullet")
    para(doc, "[opmerkingen Charleroi nog toe te voegen]", color=RED)
    para(doc, "Actie Sarah en Nathalie: maken een korte nota over wat werkt in de intake.", bold=True)
    fr("Action Sarah et Nathalie : rédigent une courte note sur ce qui fonctionne dans l'entretien d'admission.")

    doc.add_heading("3 Indicatoren en jaarverslag 2025 / Indicateurs et rapport annuel 2025", level=1)
    para(doc, "Dirk overloopt de gemeenschappelijke output- en resultaatindicatoren: deelnemers aan taalcursussen, "
              "maatschappelijke oriëntatie en persoonlijke professionele begeleiding; deelnemers die minstens "
              "één ERK-niveau gestegen zijn; deelnemers die zeggen dat de activiteit hun integratie hielp.")
    para(doc, "Actie Wout: stuurt de template voor het jaarverslag 2025 naar alle OCMW's vóór 20 februari.",
         bold=True)
    para(doc, "Actie alle OCMW's: leveren de indicatoren (deelnemers per activiteit, ERK-niveau) aan tegen "
              "31 maart.", bold=True)
    fr("Action Wout : envoie le modèle du rapport annuel 2025 avant le 20 février. Action tous les CPAS : "
       "fournissent les indicateurs pour le 31 mars.")

    doc.add_heading("4 Bewaring van documenten en AVG / Conservation des documents et RGPD", level=1)
    para(doc, "Documenten van het project worden bewaard tot vijf jaar na 31 december van het jaar van de laatste "
              "betaling. Persoonsgegevens van deelnemers mogen niet langer bewaard worden dan nodig. Er is "
              "onduidelijkheid over de deelnemersdossiers die ook voor de sociale dienst gebruikt worden.")
    para(doc, "Actie POD: vraagt juridisch advies over de bewaartermijn van de deelnemersdossiers.", bold=True)
    fr("Action SPP : demande un avis juridique sur la durée de conservation des dossiers des participants.")

    doc.add_heading("5 Varia en volgende stappen / Divers et prochaines étapes", level=1)
    para(doc, "Het netwerk wil de slotbijeenkomst gebruiken om de resultaten van alle projecten voor te stellen.")
    para(doc, "Actie (trekker nog te bepalen): de slotbijeenkomst inhoudelijk voorbereiden.", bold=True)
    fr("Action (responsable à désigner) : préparer le contenu de la réunion de clôture.")
    para(doc, "")
    para(doc, "Slotbijeenkomst: donderdag 21 mei 2026 (locatie nog te bevestigen) – Réunion de clôture : jeudi "
              "21 mai 2026 (lieu à confirmer)", bold=True)
    save(doc, "616_netwerkbijeenkomst_brussel_2026.docx")


if __name__ == "__main__":
    for f in (r607, r608, r609, r610, r611, r612, r613, r614, r615, r616):
        f()
