# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 697-706 of the AMIF network (python-docx).
Run: ../venv/bin/python make_reports.py  (the .docx files are written next to this script)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)


def new_doc(font="Calibri", size=11, header_lines=None, footer=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header_lines):
            r = hp.add_run(line)
            r.italic = True
            r.font.size = Pt(8)
            r.font.color.rgb = GREY
            if i < len(header_lines) - 1:
                r.add_break()
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return d


def p(d, text="", bold=False, italic=False, color=None, size=None, align=None, style=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def runs(d, parts, style=None):
    """parts: list of (text, dict(bold/italic/color))"""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = para.add_run(t)
        r.bold = f.get("b", False)
        r.italic = f.get("i", False)
        if "c" in f:
            r.font.color.rgb = f["c"]
    return para


def bullet(d, text, style="List Bullet"):
    return p(d, text, style=style)


def table(d, rows, header=True, widths=None, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    d.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 697
def r697():
    d = new_doc(header_lines=["POD Maatschappelijke Integratie", TAG_NL], footer="POD MI – verslag 13/10/2016")
    p(d, "Verslag bijeenkomst OCMW's – AMIF", bold=True, size=16, color=BLUE)
    p(d, "13 oktober 2016", bold=True)
    p(d, "Plaats: OCMW Gent, Onderbergen 86, 9000 Gent")
    runs(d, [("Aanwezig: ", {"b": True}),
             ("Griet Vanhoutte (POD MI), Pieter De Clercq (POD MI), Hilde Van Acker (OCMW Gent), Karim Bouzidi (OCMW Gent), "
              "Jef Wouters (OCMW Antwerpen), Naima El Idrissi (OCMW Antwerpen), Julie Lhoest (OCMW Luik), "
              "Valérie Dethier (OCMW Charleroi), Nadia Benali (OCMW Brussel)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Mehdi Haddad (OCMW Luik)", {})])
    p(d, "Agenda", bold=True)
    for line in ["10u00 – 10u30\tOnthaal en kennismaking",
                 "10u30 – 11u30\tVoorstelling van het project van OCMW Gent",
                 "11u30 – 12u30\tStand van zaken per OCMW",
                 "12u30 – 13u30\tLunch",
                 "13u30 – 15u00\tRekrutering van deelnemers: ervaringen",
                 "15u00\tAfsluiting"]:
        p(d, line)
    d.add_heading("1. Onthaal en kennismaking", level=1)
    p(d, "Hilde Van Acker verwelkomt de collega's in Gent. Het is de eerste bijeenkomst van het netwerk sinds de start "
         "van de AMIF-projecten. Iedereen stelt zich kort voor: functie, team en de rol in het project. De POD MI licht toe "
         "waarom het netwerk er is: ervaringen uitwisselen tussen de vijf OCMW's die een AMIF-project trekken.")
    d.add_heading("2. Voorstelling van het project van OCMW Gent", level=1)
    p(d, "Het Gentse project richt zich op nieuwkomers die al lang een leefloon ontvangen en weinig Nederlands spreken. "
         "De maatschappelijk werkers van de sociale diensten verwijzen door; daarna volgt een intakegesprek met een "
         "oriëntatiebalans. Karim Bouzidi werkt als intercultureel bemiddelaar en tolkt bij de intake waar nodig.")
    bullet(d, "individuele begeleiding om de twee weken;")
    bullet(d, "wekelijkse groepsmodule 'Wegwijs in Gent' (instellingen, huisvesting, mobiliteit);")
    bullet(d, "maandelijkse sociaal-culturele uitstap.")
    d.add_heading("3. Stand van zaken per OCMW", level=1)
    runs(d, [("Antwerpen: ", {"b": True}), ("de eerste groep start in november; de partners Schoten, Edegem en Mortsel "
                                            "sluiten in de loop van 2017 aan.", {})])
    runs(d, [("Luik: ", {"b": True}), ("het project loopt per schooljaar, van september tot juni. Drie contracten per "
                                       "deelnemer (maatschappelijk werker, intake, module).", {})])
    runs(d, [("Charleroi: ", {"b": True}), ("een lijst van mogelijke deelnemers wordt samen met het lokale observatorium "
                                            "opgemaakt; infosessies in december.", {})])
    runs(d, [("Brussel: ", {"b": True}), ("tweetalig team, begeleiding in het Frans en in het Nederlands.", {})])
    d.add_heading("4. Rekrutering van deelnemers", level=1)
    p(d, "Alle OCMW's merken dat de doorverwijzing door de maatschappelijk werkers traag op gang komt. Een korte "
         "voorstelling van het project op teamvergaderingen van de sociale diensten helpt. Gent geeft aan dat een "
         "vaste contactpersoon per dienst het verschil maakt.")
    p(d, "Er wordt beslist om de bijeenkomsten voortaan beurtelings bij een OCMW te houden.", italic=True)
    d.add_heading("5. Afspraken", level=1)
    bullet(d, "Griet bezorgt de presentatie van OCMW Gent aan alle deelnemers.")
    bullet(d, "Elk OCMW stuurt tegen 15 november de ingevulde projectfiche naar de POD MI.")
    bullet(d, "Hilde en Naima werken een gezamenlijke flyer uit voor de maatschappelijk werkers.")
    p(d)
    runs(d, [("Volgende bijeenkomst: donderdag 9 februari 2017 in Antwerpen (uitnodiging volgt).", {"b": True})])
    save(d, "697_verslag_gent_oktober_2016.docx")


# ---------------------------------------------------------------- 698
def r698():
    d = new_doc(font="Arial", size=10, header_lines=[TAG_NL, TAG_FR],
                footer="POD MI | Maatschappelijke Integratie – SPP | Intégration Sociale")
    p(d, "ONTWERPVERSIE – VERSION PROVISOIRE", bold=True, color=RED, align="c")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "9 februari 2017 – 9 février 2017", bold=True, align="c")
    p(d, "OCMW Antwerpen, Lange Beeldekensstraat 190, 2060 Antwerpen", align="c")
    p(d, "Aanwezig", bold=True)
    table(d, [["Naam", "Organisatie"],
              ["Griet Vanhoutte", "POD MI"], ["Pieter De Clercq", "POD MI"],
              ["Jef Wouters", "OCMW Antwerpen"], ["Naima El Idrissi", "OCMW Antwerpen"],
              ["Kristien Mertens", "OCMW Schoten"], ["Sarah Janssens", "OCMW Edegem"],
              ["Dirk Van Loon", "OCMW Mortsel"], ["Hilde Van Acker", "OCMW Gent"],
              ["Mehdi Haddad", "OCMW Luik"], ["Samir Ouali", "OCMW Charleroi"],
              ["Catherine Leroy", "OCMW Binche"], ["Nadia Benali", "OCMW Brussel"],
              ["Isabelle Moreau", "tolk NL-FR"], ["Koen Vermeulen", "tolk NL-FR"]], widths=[6, 6])
    p(d)
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Julie Lhoest (OCMW Luik), Valérie Dethier (OCMW Charleroi)", {})])
    p(d, "De bijeenkomst verliep met simultaanvertaling Nederlands-Frans.", italic=True)
    p(d, "Agenda", bold=True)
    for line in ["09:30 – 10:00  Onthaal",
                 "10:00 – 11:00  Voorstelling: het AMIF-project van OCMW Antwerpen en de partners",
                 "11:00 – 12:15  De samenwerking met Schoten, Edegem en Mortsel",
                 "12:15 – 13:15  Middagmaal",
                 "13:15 – 14:30  Tevredenheidsenquête: eerste resultaten",
                 "14:30 – 15:00  Varia en volgende bijeenkomst"]:
        bullet(d, line)
    d.add_heading("1. Verwelkoming", level=1)
    p(d, "Jef Wouters verwelkomt het netwerk in Antwerpen. Het is de eerste keer dat de drie partnergemeenten erbij zijn.")
    d.add_heading("2. Het AMIF-project van OCMW Antwerpen", level=1)
    p(d, "Naima El Idrissi stelt het project voor. Deelnemers worden aangemeld door hun maatschappelijk werker; na een "
         "intakegesprek volgt een voorstel van modules. Er zijn twee groepen: een groep met weinig schoolse ervaring en "
         "een groep die al wat Nederlands spreekt. Inschrijven kan op elk moment.")
    d.add_heading("3. Samenwerking met de partnergemeenten", level=1)
    p(d, "Schoten, Edegem en Mortsel hebben elk maar een handvol deelnemers. Zij sturen hun deelnemers naar de "
         "groepsmodules in Antwerpen; de individuele begeleiding blijft in de eigen gemeente. Vervoer is een probleem "
         "voor deelnemers uit Edegem en Mortsel.")
    d.add_heading("4. Tevredenheidsenquête", level=1)
    p(d, "De eerste enquêtes zijn terug. Veel deelnemers begrijpen de vragen niet goed: woorden als 'zelfredzaamheid' of "
         "'participatie' zijn te abstract. Het netwerk vraagt eenvoudigere vragen en meer talen.")
    d.add_heading("5. Actiepunten", level=1)
    bullet(d, "Naima bezorgt de intakefiche van Antwerpen aan alle OCMW's.")
    bullet(d, "De POD MI vertaalt de tevredenheidsenquête naar het Arabisch, Dari en Tigrinya.")
    bullet(d, "OCMW Charleroi deelt zijn cijfers over de infosessies.")
    bullet(d, "Kristien Mertens en Dirk Van Loon: een gezamenlijke vorming voor maatschappelijk werkers voorbereiden.")
    d.add_heading("6. Varia", level=1)
    p(d, "Geen bijkomende punten.")
    p(d, "Volgende bijeenkomst: 22 juni 2017 in Charleroi.", bold=True)
    page_break(d)
    # --- version française
    p(d, "Rapport rencontre CPAS – 9 février 2017", style="Title")
    p(d, "CPAS d'Anvers, Lange Beeldekensstraat 190, 2060 Anvers", align="c")
    runs(d, [("Présents : ", {"b": True}),
             ("voir la liste en néerlandais ci-dessus (interprétation simultanée néerlandais-français assurée par Isabelle "
              "Moreau et Koen Vermeulen).", {})])
    runs(d, [("Excusés : ", {"b": True}), ("Julie Lhoest (CPAS Liège), Valérie Dethier (CPAS Charleroi)", {})])
    p(d, "Ordre du jour", bold=True)
    for line in ["09:30 – 10:00  Accueil",
                 "10:00 – 11:00  Présentation : le projet FAMI du CPAS d'Anvers et de ses partenaires",
                 "11:00 – 12:15  La collaboration avec Schoten, Edegem et Mortsel",
                 "12:15 – 13:15  Repas",
                 "13:15 – 14:30  Enquête de satisfaction : premiers résultats",
                 "14:30 – 15:00  Divers et prochaine rencontre"]:
        bullet(d, line)
    d.add_heading("1. Accueil", level=1)
    p(d, "Jef Wouters accueille le réseau à Anvers. C'est la première fois que les trois communes partenaires sont présentes.")
    d.add_heading("2. Le projet FAMI du CPAS d'Anvers", level=1)
    p(d, "Naima El Idrissi présente le projet. Les participants sont orientés par leur assistant social ; après un "
         "entretien d'admission, des modules leur sont proposés. L'inscription est possible à tout moment.")
    d.add_heading("3. Collaboration avec les communes partenaires", level=1)
    p(d, "Schoten, Edegem et Mortsel envoient leurs participants aux modules collectifs à Anvers ; l'accompagnement "
         "individuel reste dans la commune. Le transport pose problème pour Edegem et Mortsel.")
    d.add_heading("4. Enquête de satisfaction", level=1)
    p(d, "Beaucoup de participants ne comprennent pas bien les questions, jugées trop abstraites. Le réseau demande des "
         "questions plus simples et davantage de langues.")
    d.add_heading("5. Points d'action", level=1)
    bullet(d, "Naima transmet la fiche d'admission d'Anvers à tous les CPAS.")
    bullet(d, "Le SPP IS fait traduire l'enquête de satisfaction en arabe, en dari et en tigrinya.")
    bullet(d, "Le CPAS de Charleroi partage ses chiffres sur les séances d'information.")
    bullet(d, "Kristien Mertens et Dirk Van Loon : préparer une formation commune pour les assistants sociaux.")
    d.add_heading("6. Divers", level=1)
    p(d, "Pas d'autres points.")
    p(d, "Prochaine rencontre : 22 juin 2017 à Charleroi.", bold=True)
    save(d, "698_verslag_rapport_antwerpen_2017.docx")


# ---------------------------------------------------------------- 699
def r699():
    d = new_doc(font="Times New Roman", size=11, header_lines=["CPAS de Bruxelles – OCMW van Brussel", TAG_FR],
                footer="Rapport rédigé par Thomas Vandenbroucke, équipe FAMI du CPAS de Bruxelles")
    p(d, "Rencontre des CPAS du réseau FAMI", bold=True, size=15, align="c")
    p(d, "Bruxelles, le 24 mai 2018", align="c")
    p(d, "Lieu : CPAS de Bruxelles, antenne sociale de la rue Haute, 1000 Bruxelles", align="c")
    p(d)
    runs(d, [("Présents : ", {"b": True, "c": BLUE}),
             ("Thomas Vandenbroucke, Marie-Claire Ngoma et Joris Lemmens (CPAS de Bruxelles), Sophie Lambotte et Griet "
              "Vanhoutte (SPP IS), Hilde Van Acker et Evi Goossens (CPAS de Gand), Jef Wouters (CPAS d'Anvers), Mehdi "
              "Haddad et Julie Lhoest (CPAS de Liège), Samir Ouali (CPAS de Charleroi), Catherine Leroy (CPAS de Binche) ; "
              "interprètes : Koen Vermeulen et Isabelle Moreau.", {})])
    runs(d, [("Excusés : ", {"b": True, "c": BLUE}),
             ("Naima El Idrissi (CPAS d'Anvers), Valérie Dethier (CPAS de Charleroi).", {})])
    p(d)
    p(d, "Ordre du jour :", bold=True)
    for line in ["1) Accueil et visite de l'antenne sociale de la rue Haute",
                 "2) Présentation du projet bruxellois",
                 "3) Tour de table des CPAS",
                 "4) Enquête de satisfaction",
                 "5) Divers"]:
        p(d, line).paragraph_format.left_indent = Cm(1)
    d.add_heading("I. Accueil par le CPAS de Bruxelles", level=2)
    p(d, "Marie-Claire Ngoma accueille les collègues et fait visiter l'antenne. Les échanges ont lieu en français et en "
         "néerlandais, avec interprétation simultanée (deux interprètes, matériel prêté par le SPP).")
    d.add_heading("II. Le projet bruxellois : un accompagnement bilingue", level=2)
    p(d, "L'équipe bruxelloise est la seule du réseau à travailler dans les deux langues. Chaque participant choisit sa "
         "langue d'accompagnement au moment de l'entretien d'admission. Les ateliers collectifs ont lieu en français ; "
         "un groupe néerlandophone a démarré en mars avec six participants.")
    p(d, "Chiffres au 30 avril : 47 participants suivis, dont 12 via l'antenne Nord.")
    p(d, "[Joris : peux-tu compléter les chiffres de l'antenne Nord ?]", italic=True, color=RED)
    d.add_heading("III. Tour de table", level=2)
    runs(d, [("Gand : ", {"i": True}), ("deuxième groupe complet, liste d'attente.", {})])
    runs(d, [("Anvers : ", {"i": True}), ("les partenaires envoient plus de participants que prévu.", {})])
    runs(d, [("Liège : ", {"i": True}), ("l'atelier créatif se termine par une exposition en juin.", {})])
    runs(d, [("Charleroi et Binche : ", {"i": True}), ("la séance d'information du module 2 a attiré 30 % des invités.", {})])
    d.add_heading("IV. Enquête de satisfaction : retour des participants", level=2)
    p(d, "Tous les CPAS constatent que l'enquête reste difficile pour un public peu scolarisé. Les termes sont trop "
         "abstraits et la version papier décourage. Gand propose des smileys plutôt qu'une échelle de 1 à 5.")
    d.add_heading("V. Actions à entreprendre", level=2)
    bullet(d, "Marie-Claire Ngoma envoie la grille d'entretien bilingue à tous les CPAS.")
    bullet(d, "Le SPP IS propose une version simplifiée de l'enquête, avec des pictogrammes, pour la prochaine rencontre.")
    bullet(d, "Chaque CPAS fait relire l'enquête par deux ou trois participants.")
    bullet(d, "Contacter le service de traduction sociale pour la version en arabe (responsable à désigner).")
    d.add_heading("VI. Prochaine rencontre", level=2)
    p(d, "Le 18 octobre 2018 à Gand (lieu exact à confirmer).")
    save(d, "699_rapport_bruxelles_mai_2018.docx")


# ---------------------------------------------------------------- 700
def r700():
    d = new_doc(size=11, footer="Lotte – stage OCMW Gent")
    p(d, "Verslag werkgroep AMIF Vlaamse OCMW's", bold=True, size=14)
    p(d, "dinsdag 26 november 2019 – OCMW Gent, ontmoetingscentrum Brugse Poort")
    p(d, "Verslag: Lotte Claeys (stagiaire maatschappelijk werk)", italic=True)
    p(d, "Aanwezig (initialen tussen haakjes):")
    for line in ["Lotte Claeys (LC), stagiaire OCMW Gent – verslag",
                 "Hilde Van Acker (HVA), OCMW Gent",
                 "Karim Bouzidi (KB), OCMW Gent",
                 "Griet Vanhoutte (GV), POD MI",
                 "Jef Wouters (JW), OCMW Antwerpen",
                 "Kristien Mertens (KM), OCMW Schoten",
                 "Els Huybrechts (EH), OCMW Mortsel"]:
        bullet(d, line)
    p(d, "Verontschuldigd: Sarah Janssens (OCMW Edegem), Dirk Van Loon (OCMW Mortsel)")
    p(d, "Agenda (zoals doorgestuurd door Hilde):")
    for line in ["13u30: Welkom", "13u45: Terugblik op de eerste modules (Gent)",
                 "14u30: Oriëntatiebalans: hoe doen jullie dat?", "15u30: Rondvraag"]:
        p(d, line)
    p(d)
    p(d, "Welkom", bold=True)
    p(d, "HVA heet iedereen welkom en stelt mij voor: ik loop tot januari stage in het AMIF-team van Gent. Er was geen "
         "tolk nodig, alle aanwezigen zijn Nederlandstalig.")
    p(d, "Terugblik op de eerste modules", bold=True)
    p(d, "In Gent hebben dit jaar 23 deelnemers een module afgewerkt. [Hilde, klopt dit cijfer? Ik heb 23 genoteerd maar ben "
         "niet zeker] De meeste deelnemers kwamen heel regelmatig; wie afhaakte, deed dat vooral in de eerste drie weken.")
    p(d, "KB vertelt dat de groep aan het einde echt een groep was: deelnemers spreken nu ook buiten de lessen af.")
    p(d, "Stuk over Schoten nog aan te vullen", color=RED)
    p(d, "Oriëntatiebalans", bold=True)
    p(d, "Iedereen doet de intake anders. In Antwerpen duurt de intake een uur, in Gent twee gesprekken van 45 minuten. "
         "GV vertelt dat Luik met een vast sjabloon werkt (traject, doelen, motivatie, hindernissen) en dat dat goed werkt.")
    p(d, "Rondvraag", bold=True)
    p(d, "EH: in Mortsel is er vanaf januari een nieuwe maatschappelijk werker die het project opvolgt.")
    p(d, "To do's", bold=True)
    table(d, [["Wie", "Wat", "Tegen"],
              ["GV", "sjabloon oriëntatiebalans van Luik doorsturen", "15/12"],
              ["HVA + KB", "verslag van de eerste module voorstellen op de volgende bijeenkomst", "maart"],
              ["alle OCMW's", "aantal doorverwijzingen per maand bijhouden", "doorlopend"],
              ["?", "zaal zoeken voor de bijeenkomst in maart", ""]])
    p(d)
    p(d, "Volgende keer: maart 2020, datum nog te prikken via Doodle.")
    save(d, "700_verslag_werkgroep_stagiaire_2019.docx")


# ---------------------------------------------------------------- 701
def r701():
    d = new_doc(header_lines=["OCMW Antwerpen – AMIF-project"], footer="Verslag: Jef Wouters, teamleider")
    p(d, "Verslag AMIF-netwerk (online) – 18 juni 2020", style="Title")
    p(d, "Via Microsoft Teams, 10u–12u30. Met simultaanvertaling NL/FR (tolken: Isabelle Moreau en Koen Vermeulen).")
    p(d, "Ik neem het verslag deze keer over omdat Griet met verlof is.", italic=True)
    table(d, [["Organisatie", "Aanwezig", "Verontschuldigd"],
              ["POD MI", "Pieter De Clercq, Sophie Lambotte", "Griet Vanhoutte"],
              ["OCMW Gent", "Hilde Van Acker, Evi Goossens", "–"],
              ["OCMW Antwerpen", "Jef Wouters, Naima El Idrissi, Tom Peeters", "–"],
              ["OCMW Schoten", "Kristien Mertens", "–"],
              ["OCMW Edegem", "–", "Sarah Janssens"],
              ["OCMW Mortsel", "Els Huybrechts", "Dirk Van Loon"],
              ["OCMW Luik", "Julie Lhoest, Mehdi Haddad", "–"],
              ["OCMW Charleroi", "Valérie Dethier", "Samir Ouali"],
              ["OCMW Binche", "–", "Catherine Leroy"],
              ["OCMW Brussel", "Nadia Benali, Thomas Vandenbroucke", "–"],
              ["Tolken", "Isabelle Moreau, Koen Vermeulen", ""]])
    p(d)
    p(d, "Agenda", bold=True)
    for line in ["a. Hoe lopen de projecten tijdens de coronamaatregelen?",
                 "b. Groepsgrootte en hygiëneregels per OCMW",
                 "c. Digitale begeleiding van deelnemers",
                 "d. Planning najaar"]:
        p(d, line)
    d.add_heading("1) Opening", level=2)
    p(d, "Pieter De Clercq opent de vergadering. Eerste online bijeenkomst van het netwerk; de tolken werken via een "
         "apart kanaal in Teams. Iedereen zet zijn micro uit als hij niet spreekt.")
    d.add_heading("2) Stand van zaken tijdens corona", level=2)
    p(d, "Van half maart tot eind mei lagen alle groepsmodules stil. De individuele begeleiding ging telefonisch verder. "
         "Sommige deelnemers waren niet bereikbaar: geen beltegoed, geen wifi. Sinds juni starten de groepen opnieuw, in "
         "kleine groepjes.")
    d.add_heading("3) Groepsgrootte per OCMW", level=2)
    table(d, [["OCMW", "Regel sinds juni"],
              ["Gent", "4 + 1"],
              ["Antwerpen (en partners)", "5 + 1 vanaf 1 juli"],
              ["Luik", "3 deelnemers + 1 trainer"],
              ["Charleroi", "3 + 1"],
              ["Brussel", "4 + 1, mondmasker verplicht"]])
    p(d)
    p(d, "De regels verschillen dus per OCMW. De POD MI vraagt om elke wijziging te melden.")
    d.add_heading("4) Digitale begeleiding", level=2)
    p(d, "Antwerpen heeft een korte handleiding gemaakt om deelnemers met een smartphone in een Teams-gesprek te krijgen. "
         "Liège werkt met WhatsApp-groepen. Veel maatschappelijk werkers weten niet welke deelnemers een toestel hebben.")
    d.add_heading("5) Planning najaar", level=2)
    p(d, "Beslist: de bijeenkomst van het najaar gaat ook online door.")
    d.add_heading("6) Actiepunten", level=2)
    bullet(d, "Actie Naima: de handleiding voor Teams in eenvoudig Nederlands delen met de andere OCMW's.")
    bullet(d, "Actie POD MI: nagaan of tablets voor deelnemers onder de AMIF-subsidie vallen.")
    bullet(d, "Actie OCMW Luik: het aangepaste uurrooster van de modules bezorgen.")
    bullet(d, "Actie Evi en Tom: een korte bevraging van de maatschappelijk werkers over digitale noden opstellen.")
    p(d)
    p(d, "Volgende bijeenkomst: dinsdag 13 oktober 2020, online (Teams), 10u.", bold=True)
    p(d)
    p(d, "Griet, wil jij dit nog nalezen voor het naar iedereen gaat?", italic=True, color=RGBColor(0x70, 0x30, 0xA0))
    save(d, "701_verslag_online_corona_2020.docx")


# ---------------------------------------------------------------- 702
def r702():
    d = new_doc(font="Verdana", size=10, header_lines=["CPAS de Liège – OCMW Luik", TAG_FR + " / " + TAG_NL],
                footer="Rédaction / Redactie : François Collard")
    p(d, "Rapport réunion FAMI – Verslag AMIF-vergadering", bold=True, size=14, align="c")
    p(d, "11 mars 2021 – 11 maart 2021", bold=True, align="c")
    p(d, "En ligne (Teams) – Online (Teams)", align="c")
    runs(d, [("Présents / Aanwezig : ", {"b": True}),
             ("François Collard (CPAS Liège), Julie Lhoest (CPAS Liège), Sophie Lambotte (SPP IS), Pieter De Clercq "
              "(POD MI), Hilde Van Acker (OCMW Gent), Naima El Idrissi (OCMW Antwerpen), Valérie Dethier (CPAS "
              "Charleroi), Catherine Leroy (CPAS Binche), Nadia Benali (CPAS Bruxelles), Joris Lemmens (OCMW Brussel)", {})])
    runs(d, [("Excusés / Verontschuldigd : ", {"b": True}),
             ("Mehdi Haddad (CPAS Liège), Jef Wouters (OCMW Antwerpen)", {})])
    p(d, "Pas d'interprétation : chacun s'exprime dans sa langue. / Geen tolken: iedereen spreekt zijn eigen taal.",
      italic=True)
    p(d, "Traduction NL à vérifier par Pieter (je ne suis pas sûr de tous les termes).", color=RED)
    p(d, "Ordre du jour / Agenda", bold=True)
    for line in ["10h00 – 10h15 : Accueil / Verwelkoming",
                 "10h15 – 11h00 : Le parcours des participants à Liège / Het traject van de deelnemers in Luik",
                 "11h00 – 11h45 : Enquête de satisfaction en plusieurs langues / Tevredenheidsenquête in meer talen",
                 "11h45 – 12h00 : Divers / Varia"]:
        bullet(d, line)
    d.add_heading("1. Accueil / Verwelkoming", level=1)
    p(d, "Sophie Lambotte ouvre la réunion. On me demande de rédiger le rapport dans les deux langues ; je fais de mon mieux.")
    p(d, "Sophie Lambotte opent de vergadering. Men vraagt mij om het verslag in de twee talen te schrijven; ik doe mijn best.",
      italic=True)
    d.add_heading("2. Le parcours des participants à Liège / Het traject van de deelnemers in Luik", level=1)
    p(d, "Julie Lhoest présente le parcours : orientation par l'assistant social, entretien d'admission et bilan "
         "d'orientation, puis trois contrats. Beaucoup de parcours durent plus de six mois ; une dizaine de participants "
         "sont passés vers l'ISP ou une formation en 2020.")
    p(d, "Julie Lhoest stelt het traject voor: doorverwijzing door de maatschappelijk werker, intakegesprek en "
         "oriëntatiebalans, dan drie contracten. Veel trajecten duren langer dan zes maanden; een tiental deelnemers is "
         "in 2020 doorgestroomd naar ISP of een opleiding.", italic=True)
    d.add_heading("3. Enquête de satisfaction / Tevredenheidsenquête", level=1)
    p(d, "Le réseau trouve l'enquête toujours trop abstraite. Une version avec pictogrammes a été préparée par le SPP. "
         "Les CPAS demandent des traductions, surtout en arabe et en dari.")
    p(d, "[NL : à traduire]", italic=True)
    d.add_heading("4. Actions / Acties", level=1)
    bullet(d, "Julie Lhoest envoie le canevas du bilan d'orientation à Hilde et Naima.")
    p(d, "Julie Lhoest stuurt het sjabloon van de oriëntatiebalans naar Hilde en Naima.", italic=True).paragraph_format.left_indent = Cm(1.27)
    bullet(d, "Le SPP IS fait traduire l'enquête en arabe, en dari et en anglais.")
    p(d, "De POD MI laat de enquête vertalen naar het Arabisch, het Dari en het Engels.", italic=True).paragraph_format.left_indent = Cm(1.27)
    bullet(d, "Chaque CPAS teste la version avec pictogrammes auprès de cinq participants avant le 30 avril.")
    p(d, "Elk OCMW test de versie met pictogrammen bij vijf deelnemers voor 30 april.", italic=True).paragraph_format.left_indent = Cm(1.27)
    bullet(d, "Nadia et Joris comparent les deux versions bruxelloises (FR et NL) du contrat.")
    p(d, "Nadia en Joris vergelijken de twee Brusselse versies (FR en NL) van het contract.", italic=True).paragraph_format.left_indent = Cm(1.27)
    d.add_heading("5. Divers / Varia", level=1)
    p(d, "Catherine Leroy signale que Binche recrute une nouvelle animatrice.")
    p(d, "Catherine Leroy meldt dat Binche een nieuwe animatrice aanwerft.", italic=True)
    p(d)
    p(d, "Prochaine réunion / Volgende vergadering : le 17 juin 2021 / 17 juni 2021, lieu à déterminer / plaats nog te bepalen",
      bold=True)
    save(d, "702_rapport_verslag_liege_bilingue_2021.docx")


# ---------------------------------------------------------------- 703
def r703():
    d = new_doc(size=11)
    p(d, "Verslag overleg AMIF – OCMW Antwerpen en partners", style="Heading 1")
    p(d, "Datum: 29/09/2022")
    p(d, "Waar: OCMW Mortsel, vergaderzaal 2 + online via Teams voor wie niet kon komen")
    p(d, "Verslag: Sarah Janssens, maatschappelijk werker OCMW Edegem")
    p(d)
    p(d, "In de zaal: Els Huybrechts (Mortsel), Dirk Van Loon (Mortsel), Sarah Janssens (Edegem), Kristien Mertens "
         "(Schoten), Naima El Idrissi (Antwerpen), Tom Peeters (Antwerpen)")
    p(d, "Online: Ann Verstraeten (POD MI), Bram Desmet (OCMW Gent)")
    p(d, "Verontschuldigd: Jef Wouters (Antwerpen)")
    p(d)
    p(d, "We hadden geen vaste agenda; we overliepen de punten van de vorige keer.", italic=True)
    d.add_heading("Doorverwijzing door de maatschappelijk werkers", level=2)
    p(d, "In Edegem en Mortsel denken collega's niet altijd aan het project. Een affiche in de wachtzaal helpt niet veel; "
         "wat wel helpt is dat iemand van het project eens meegaat naar het teamoverleg. Bij ons in Edegem kwamen er zo "
         "drie aanmeldingen bij in één week.")
    d.add_heading("Groepsgrootte", level=2)
    p(d, "Geen coronaregels meer, maar de groepen blijven bewust klein (max. 8). Grote groepen werken niet voor "
         "deelnemers die nog weinig Nederlands spreken.")
    d.add_heading("Tevredenheidsenquête", level=2)
    p(d, "De versie met pictogrammen wordt goed begrepen. Er komen veel Oekraïense deelnemers bij sinds het voorjaar; "
         "voor hen bestaat er nog geen vertaling.")
    p(d, "TODO: foto's van de kookactiviteit invoegen", color=RED)
    d.add_heading("Wat moet er nog gebeuren?", level=2)
    bullet(d, "Ik (Sarah) maak een lijstje van cliënten die in aanmerking komen en stuur dat naar Naima.")
    bullet(d, "OCMW Antwerpen bezorgt de nieuwe aanwezigheidslijsten aan de partners.")
    bullet(d, "Ann (POD MI) bekijkt of de enquête ook in het Oekraïens kan.")
    bullet(d, "Nog iemand zoeken om de uitstap naar Brussel te begeleiden (niemand aangeduid).")
    p(d)
    p(d, "Volgend overleg: ergens in januari, Kristien stuurt nog een datumprikker rond.")
    save(d, "703_verslag_overleg_mortsel_hybride_2022.docx")


# ---------------------------------------------------------------- 704
def r704():
    d = new_doc(font="Arial", size=10, header_lines=[TAG_FR], footer="CPAS de Bruxelles – Service social")
    p(d, "Compte rendu de la rencontre des CPAS – réseau FAMI", bold=True, size=14, color=BLUE)
    p(d, "Charleroi, mardi 14 novembre 2023 – CPAS de Charleroi, Service Action Migrants")
    p(d, "Rédaction : Marie-Claire Ngoma, assistante sociale, CPAS de Bruxelles", italic=True)
    p(d, "Participants", bold=True)
    table(d, [["Nom", "Organisation", "P / E"],
              ["Thomas Vandenbroucke", "CPAS de Bruxelles", "excusé"],
              ["Marie-Claire Ngoma", "CPAS de Bruxelles", "présente"],
              ["Nadia Benali", "CPAS de Bruxelles", "présente"],
              ["Sophie Lambotte", "SPP IS", "présente"],
              ["Ann Verstraeten", "SPP IS", "présente"],
              ["Valérie Dethier", "CPAS de Charleroi", "présente"],
              ["Samir Ouali", "CPAS de Charleroi", "présent"],
              ["Catherine Leroy", "CPAS de Binche", "présente"],
              ["Mehdi Haddad", "CPAS de Liège", "excusé"],
              ["Julie Lhoest", "CPAS de Liège", "présente"],
              ["Hilde Van Acker", "CPAS de Gand", "excusée"],
              ["Bram Desmet", "CPAS de Gand", "présent"],
              ["Naima El Idrissi", "CPAS d'Anvers", "présente"],
              ["Isabelle Moreau", "interprète", "présente"],
              ["Lucas Dumont", "interprète", "présent"]])
    p(d)
    p(d, "Interprétation simultanée français-néerlandais en cabine.", italic=True)
    p(d, "Programme", bold=True)
    table(d, [["Heure", "Point"],
              ["9h30 – 10h00", "Accueil café"],
              ["10h00 – 11h00", "Du listing à l'atelier : le recrutement à Charleroi et Binche"],
              ["11h00 – 12h00", "Indicateurs communs du FAMI 2021-2027"],
              ["12h00", "Lunch"],
              ["13h00 – 14h30", "Nouveaux arrivants d'Ukraine : ce que font les CPAS"],
              ["14h30", "Clôture"]], widths=[3.5, 12])
    p(d)
    d.add_heading("A. Accueil", level=1)
    p(d, "Valérie Dethier nous accueille au Service Action Migrants. Café et viennoiseries.")
    d.add_heading("B. Du listing à l'atelier : le recrutement à Charleroi et Binche", level=1)
    p(d, "Samir Ouali explique la méthode : un listing des bénéficiaires potentiels est fait avec l'observatoire du CPAS, "
         "les assistantes sociales retiennent les personnes qui peuvent entrer dans le projet, puis une invitation à une "
         "séance d'information est envoyée. Cette année : 240 personnes retenues, 81 présentes à la séance (34 %).")
    p(d, "Une collègue de Binche présente leur version plus petite : invitation par téléphone plutôt que par courrier, avec "
         "de meilleurs résultats.")
    p(d, "NB : le nom de l'intervenante de Binche est à compléter.", color=RED)
    d.add_heading("C. Indicateurs communs du FAMI 2021-2027", level=1)
    p(d, "Sophie Lambotte présente les indicateurs du règlement (UE) 2021/1147 que la Belgique doit rapporter chaque "
         "année : nombre de participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
         "personnel), participants ayant gagné au moins un niveau du CECR, participants qui disent que l'activité a aidé "
         "leur intégration. Les CPAS demandent une définition claire du « participant ».")
    d.add_heading("D. Nouveaux arrivants d'Ukraine", level=1)
    p(d, "À Anvers et à Gand, beaucoup de personnes ukrainiennes rejoignent les modules. Bruxelles fait la même expérience. "
         "La langue reste le principal obstacle ; les interprètes sociaux en ukrainien sont rares.")
    d.add_heading("E. À faire", level=1)
    for line in ["→ Samir Ouali : envoyer le tableau de suivi du recrutement (listing, invités, présents).",
                 "→ SPP IS : préciser la définition du participant pour les indicateurs communs.",
                 "→ Tous les CPAS : transmettre les chiffres 2023 avant le 31 janvier 2024.",
                 "→ CPAS de Binche : vérifier avec son service juridique la durée de conservation des dossiers.",
                 "→ Marie-Claire et Nadia : préparer un atelier sur le logement pour la prochaine rencontre."]:
        p(d, line)
    p(d)
    p(d, "Prochaine rencontre : en mars 2024 à Bruxelles (date à fixer par le SPP).", bold=True)
    save(d, "704_compte_rendu_charleroi_2023.docx")


# ---------------------------------------------------------------- 705
def r705():
    d = new_doc(header_lines=["POD | Maatschappelijke Integratie – SPP | Intégration Sociale", TAG_NL, TAG_FR],
                footer="Verslag / Rapport – 20/02/2025")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "20 februari 2025 – 20 février 2025", bold=True)
    p(d, "POD Maatschappelijke Integratie, Brussel – hybride bijeenkomst (zaal en Teams)")
    p(d, "Aanwezig in de zaal: Ann Verstraeten (POD MI), Sophie Lambotte (POD MI), Bram Desmet (OCMW Gent), Evi Goossens "
         "(OCMW Gent), Thomas Vandenbroucke (OCMW Brussel), Joris Lemmens (OCMW Brussel), Isabelle Moreau (tolk), "
         "Lucas Dumont (tolk)")
    p(d, "Online: Naima El Idrissi (OCMW Antwerpen), Els Huybrechts (OCMW Mortsel), Julie Lhoest (OCMW Luik), "
         "Valérie Dethier (OCMW Charleroi)")
    p(d, "Verontschuldigd: Kristien Mertens (OCMW Schoten), Catherine Leroy (OCMW Binche)")
    p(d, "Simultaanvertaling NL-FR in de zaal en via het tolkkanaal in Teams.", italic=True)
    p(d, "Agenda", bold=True)
    table(d, [["13:30 – 13:45", "Welkom en praktische afspraken (hybride)"],
              ["13:45 – 14:30", "Gemeenschappelijke indicatoren (Verordening (EU) 2021/1147)"],
              ["14:30 – 15:15", "Bewaring van documenten en persoonsgegevens"],
              ["15:15 – 15:45", "Doorstroming naar ISP in Gent"],
              ["15:45 – 16:00", "Rondvraag"]], header=False, widths=[3.5, 12])
    d.add_heading("1. Welkom", level=1)
    p(d, "Ann Verstraeten verwelkomt de aanwezigen in de zaal en online. Wie online volgt, gebruikt de chat om het woord te vragen.")
    d.add_heading("2. Gemeenschappelijke indicatoren", level=1)
    p(d, "De POD MI verzamelt elk jaar de gegevens voor de gemeenschappelijke output- en resultaatindicatoren: deelnemers "
         "aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke begeleiding), deelnemers "
         "die minstens één ERK-niveau stegen, en deelnemers die zeggen dat de activiteit hun integratie hielp. De OCMW's "
         "leveren geaggregeerde cijfers, geen namen.")
    d.add_heading("3. Bewaring van documenten en persoonsgegevens", level=1)
    p(d, "Afgesproken: documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling "
         "(Verordening (EU) 2021/1060, artikel 82). Persoonsgegevens niet langer dan nodig (AVG, artikel 5). Een deelnemer "
         "kan altijd inzage vragen in alles wat het OCMW over hem bijhoudt (artikel 15).")
    d.add_heading("4. Doorstroming naar ISP in Gent", level=1)
    p(d, "Evi Goossens toont hoe Gent deelnemers na hun traject opvolgt: zes maanden na het einde een telefoontje. Ongeveer "
         "een derde zit dan in een opleiding of een ISP-traject.")
    d.add_heading("5. Afspraken", level=1)
    bullet(d, "De POD MI stuurt een sjabloon voor de jaarlijkse indicatoren naar alle OCMW's.")
    bullet(d, "Elk OCMW duidt een contactpersoon aan voor vragen over inzage (AVG, artikel 15).")
    bullet(d, "OCMW Gent deelt de vragenlijst rond doorstroming naar ISP.")
    bullet(d, "Thomas Vandenbroucke en Joris Lemmens vertalen de infobrochure voor deelnemers in eenvoudige taal.")
    bullet(d, "Juridisch advies vragen over de bewaartermijn van de aanwezigheidslijsten: nog niet toegewezen.")
    d.add_heading("6. Rondvraag", level=1)
    p(d, "Mortsel vraagt of de partners ook toegang krijgen tot de nieuwe digitale opvolging. Wordt bekeken.")
    p(d, "Volgende bijeenkomst: donderdag 12 juni 2025 in Luik (hybride).", bold=True)
    page_break(d)
    p(d, "Rapport rencontre CPAS – 20 février 2025", style="Title")
    p(d, "SPP Intégration Sociale, Bruxelles – rencontre hybride (salle et Teams)")
    p(d, "Présents dans la salle : Ann Verstraeten (SPP IS), Sophie Lambotte (SPP IS), Bram Desmet (CPAS de Gand), Evi "
         "Goossens (CPAS de Gand), Thomas Vandenbroucke (CPAS de Bruxelles), Joris Lemmens (CPAS de Bruxelles), Isabelle "
         "Moreau (interprète), Lucas Dumont (interprète)")
    p(d, "En ligne : Naima El Idrissi (CPAS d'Anvers), Els Huybrechts (CPAS de Mortsel), Julie Lhoest (CPAS de Liège), "
         "Valérie Dethier (CPAS de Charleroi)")
    p(d, "Excusés : Kristien Mertens (CPAS de Schoten), Catherine Leroy (CPAS de Binche)")
    p(d, "Ordre du jour", bold=True)
    table(d, [["13:30 – 13:45", "Bienvenue et consignes pratiques (hybride)"],
              ["13:45 – 14:30", "Indicateurs communs (règlement (UE) 2021/1147)"],
              ["14:30 – 15:15", "Conservation des documents et des données personnelles"],
              ["15:15 – 15:45", "Passage vers l'ISP à Gand"],
              ["15:45 – 16:00", "Tour de table"]], header=False, widths=[3.5, 12])
    d.add_heading("1. Bienvenue", level=1)
    p(d, "Ann Verstraeten accueille les participants dans la salle et en ligne.")
    d.add_heading("2. Indicateurs communs", level=1)
    p(d, "Le SPP IS rassemble chaque année les données des indicateurs communs de réalisation et de résultat. Les CPAS "
         "fournissent des chiffres agrégés, sans noms.")
    d.add_heading("3. Conservation des documents et des données personnelles", level=1)
    p(d, "Convenu : les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement. Les "
         "données personnelles ne sont pas gardées plus longtemps que nécessaire.")
    d.add_heading("4. Passage vers l'ISP à Gand", level=1)
    p(d, "Evi Goossens présente le suivi des participants six mois après la fin du parcours.")
    d.add_heading("5. Engagements", level=1)
    bullet(d, "Le SPP IS envoie un modèle pour les indicateurs annuels à tous les CPAS.")
    bullet(d, "Chaque CPAS désigne une personne de contact pour les demandes d'accès (RGPD, article 15).")
    bullet(d, "Le CPAS de Gand partage son questionnaire sur le passage vers l'ISP.")
    bullet(d, "Thomas Vandenbroucke et Joris Lemmens traduisent la brochure pour les participants en langage simple.")
    bullet(d, "Demander un avis juridique sur la durée de conservation des listes de présence : pas encore attribué.")
    d.add_heading("6. Tour de table", level=1)
    p(d, "Mortsel demande si les partenaires auront aussi accès au nouveau suivi numérique. À examiner.")
    p(d, "Prochaine rencontre : jeudi 12 juin 2025 à Liège (hybride).", bold=True)
    save(d, "705_verslag_rapport_pod_mi_hybride_2025.docx")


# ---------------------------------------------------------------- 706
def r706():
    d = new_doc(size=11, header_lines=["OCMW Gent – AMIF"], footer="Verslag netwerk 22/01/2026")
    p(d, "ONTWERP – nog na te lezen door Evi", bold=True, color=RED)
    p(d, "Verslag netwerkbijeenkomst AMIF", style="Title")
    p(d, "Donderdag 22 januari 2026, OCMW Gent, Sociaal Huis Ledeberg")
    p(d, "Verslag: Bram Desmet, teamleider AMIF OCMW Gent", italic=True)
    p(d, "Aanwezig", bold=True)
    bullet(d, "POD MI: Ann Verstraeten")
    bullet(d, "OCMW Gent: Bram Desmet, Evi Goossens, Karim Bouzidi, Yasmina Amrani (stagiaire)")
    bullet(d, "OCMW Antwerpen: Naima El Idrissi, Tom Peeters")
    bullet(d, "OCMW Edegem: Sarah Janssens")
    bullet(d, "OCMW Brussel: Joris Lemmens")
    p(d, "Verontschuldigd: Els Huybrechts (OCMW Mortsel), Kristien Mertens (OCMW Schoten), Thomas Vandenbroucke (OCMW Brussel)")
    p(d, "Geen tolken: de vergadering verliep in het Nederlands.", italic=True)
    p(d, "Agenda", bold=True)
    for line in ["9.30 u.\tOnthaal", "10.00 u.\tStand van zaken per OCMW", "11.00 u.\tEvaluatie van de modules",
                 "12.00 u.\tDigitale opvolging van deelnemers", "12.45 u.\tAfspraken en lunch"]:
        p(d, line)
    d.add_heading("1 Welkom en stand van zaken", level=1)
    p(d, "Bram Desmet verwelkomt iedereen in Ledeberg. Gent begeleidde in 2025 [aantal deelnemers invullen] deelnemers. "
         "Antwerpen en de partners zitten aan 64 deelnemers, Brussel aan 41.")
    d.add_heading("2 Evaluatie van de modules 2024–2025", level=1)
    d.add_heading("2.1 Wat werkt", level=2)
    bullet(d, "intensief werken: deelnemers komen bijna elke dag;")
    bullet(d, "de band tussen deelnemers onderling en met het team;")
    bullet(d, "groepsgevoel op het einde van een module.")
    d.add_heading("2.2 Werkpunten", level=2)
    bullet(d, "communicatie naar deelnemers bij gewijzigde uren of geschrapte lessen;")
    bullet(d, "activiteiten vroeger plannen: de administratie duurt steeds langer;")
    bullet(d, "geen verplichte sessies over gevoelige onderwerpen.")
    d.add_heading("3 Digitale opvolging van deelnemers", level=1)
    p(d, "De POD MI toont de nieuwe toepassing die de papieren fiches vervangt: intake, oriëntatiebalans, aanwezigheden per "
         "sessie en de tevredenheidsenquête. Elk OCMW ziet alleen zijn eigen deelnemers; de POD MI ziet enkel totalen. "
         "Edegem wil graag testen.")
    d.add_heading("4 Afspraken", level=1)
    table(d, [["Actie", "Wie", "Deadline"],
              ["Resultaten tevredenheidsenquête per module bundelen", "Evi Goossens", "eind februari"],
              ["Lijst met feedback op de app bezorgen aan de POD MI", "alle OCMW's", "15 maart"],
              ["Testomgeving van de app openzetten voor Edegem", "POD MI", "februari"],
              ["Vorming voor maatschappelijk werkers plannen", "Naima + Tom", "voor de zomer"],
              ["Slotevent voor het einde van het programma organiseren", "nog te bepalen", "najaar 2026"]])
    p(d)
    p(d, "Volgende bijeenkomst: 23 april 2026, OCMW Antwerpen (onder voorbehoud).", bold=True)
    save(d, "706_verslag_gent_netwerk_2026.docx")


if __name__ == "__main__":
    for f in (r697, r698, r699, r700, r701, r702, r703, r704, r705, r706):
        f()
    print("ok")
