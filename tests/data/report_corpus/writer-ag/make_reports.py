# -*- coding: utf-8 -*-
"""Builds reports 337-346 of the AMIF network (invented people) and their expected lists."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.5):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.orientation = WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def par(d, text="", style=None, bold=False, italic=False, underline=False, color=None, size=None, align=None,
        space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, style=None, align=None):
    """parts: list of (text, dict(bold=, italic=, underline=, color=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        r.underline = fmt.get("u")
        if fmt.get("c"):
            r.font.color.rgb = RGBColor.from_string(fmt["c"])
    if align:
        p.alignment = align
    return p


def table(d, rows, style="Table Grid", bold_header=True, widths=None, shade_header=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            cell.paragraphs[0].text = ""
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                r = p.add_run(line)
                if i == 0 and bold_header:
                    r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


def header_footer(d, head=None, foot=None, italic_foot=True):
    s = d.sections[0]
    if head:
        hp = s.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
    if foot:
        fp = s.footer.paragraphs[0]
        fp.text = foot
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
            r.italic = italic_foot


def P(name, status, org):
    return [name, status, org]


# ---------------------------------------------------------------- 337 SPP, 2016, FR with NL
def r337():
    fn = "337_rapport_reunion_reseau_fami_novembre2016.docx"
    d = new_doc("Arial", 10)
    header_footer(d, "SPP Intégration Sociale | POD Maatschappelijke Integratie",
                  TAG_FR + " / " + TAG_NL)
    par(d, "Rapport de réunion – Verslag vergadering", style="Title")
    par(d, "Réseau FAMI des CPAS – AMIF-netwerk van de OCMW’s", bold=True, size=12)
    par(d, "Mardi 8 novembre 2016 – dinsdag 8 november 2016")
    par(d, "SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles – salle 7.12")
    par(d, "Interprétation simultanée FR/NL assurée par les interprètes du SPP.", italic=True)

    par(d, "Participants / Deelnemers", bold=True)
    rows = [["Nom / Naam", "Organisation / Organisatie", "Présent / Aanwezig", "Excusé / Verontschuldigd"],
            ["Anne Vercauteren", "SPP IS", "x", ""],
            ["Nadia Benali", "SPP IS", "x", ""],
            ["Hanne Van Damme", "CPAS Gand / OCMW Gent", "x", ""],
            ["Koen De Smet", "CPAS Gand / OCMW Gent", "", "x"],
            ["Claire Lambotte", "CPAS Liège / OCMW Luik", "x", ""],
            ["Isabelle Gilson", "CPAS Charleroi", "x", ""],
            ["Els Peeters", "CPAS Anvers / OCMW Antwerpen", "x", ""],
            ["Agathe Dumont", "CPAS Bruxelles / OCMW Brussel", "", "x"],
            ["Samir El Idrissi", "CPAS Bruxelles / OCMW Brussel", "x", ""],
            ["Véronique Maes", "Interprète / Tolk", "x", ""],
            ["Dirk Hermans", "Interprète / Tolk", "x", ""]]
    table(d, rows, widths=[4.5, 5.5, 2.5, 3.5])
    par(d)

    par(d, "Ordre du jour / Agenda", bold=True)
    ag = [("9h30 – 10h00", "Accueil et café / Onthaal en koffie"),
          ("10h00 – 11h30", "Tour de table des CPAS / Stand van zaken per OCMW"),
          ("11h30 – 12h30", "Rapportage FAMI 2016 / AMIF-rapportering 2016"),
          ("12h30 – 13h00", "Divers et points d’action / Varia en actiepunten")]
    for t, title in ag:
        p = par(d, t + "\t" + title)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        p.paragraph_format.space_after = Pt(0)
    par(d)

    H = [("1", "Accueil / Verwelkoming"), ("2", "Tour de table des CPAS / Stand van zaken per OCMW"),
         ("2.1", "Gand / Gent"), ("2.2", "Liège / Luik"), ("2.3", "Charleroi"), ("2.4", "Anvers / Antwerpen"),
         ("2.5", "Bruxelles / Brussel"), ("3", "Rapportage FAMI 2016 / AMIF-rapportering 2016"),
         ("4", "Divers / Varia"), ("5", "Points d’action / Actiepunten")]

    def h(i):
        num, title = H[i]
        lvl = 2 if "." in num else 1
        d.add_heading((num + ". " if lvl == 1 else num + " ") + title, level=lvl)

    h(0)
    par(d, "Anne Vercauteren souhaite la bienvenue aux CPAS. C’est la première réunion du réseau depuis le "
           "lancement des projets FAMI au printemps. Le SPP a déjà envoyé les conventions signées à tous les "
           "CPAS.")
    h(1)
    h(2)
    par(d, "Hanne présente le démarrage du projet à Gand : 42 participants inscrits, dont une majorité de "
           "femmes. Les maatschappelijk werkers des antennes orientent bien, mais l’intake prend du temps.")
    h(3)
    par(d, "Claire Lambotte explique le fonctionnement des trois contrats (travailleur social, entretien "
           "d’admission, responsable de module). Les règles sur le taux de présence y sont fixées.")
    h(4)
    par(d, "Isabelle Gilson présente l’entonnoir de recrutement : plus de 1.000 personnes listées, 315 retenues "
           "par les AS pour le module 1, 110 présentes à la séance d’information (35 %).")
    h(5)
    par(d, "Els Peeters : l’OCMW Antwerpen cherche encore un partenaire pour le module langue. Les partenaires "
           "Schoten et Edegem rejoindront le projet en 2017.")
    h(6)
    par(d, "Samir El Idrissi présente brièvement le public du projet bruxellois.")
    rem1 = "[Chiffres de Bruxelles à compléter]"
    par(d, rem1, color="C00000")
    h(7)
    par(d, "Le SPP rappelle que les indicateurs sont à rapporter chaque année. Il est décidé de garder un seul "
           "modèle de rapport annuel pour tous les CPAS. / Er wordt beslist één model van jaarverslag te "
           "gebruiken voor alle OCMW’s.")
    h(8)
    par(d, "Le réseau souhaite visiter le projet de Liège lors de la prochaine réunion.")
    h(9)
    a1 = "Envoyer le modèle de rapport annuel aux CPAS / Jaarverslagmodel naar de OCMW’s sturen"
    a2 = "Partager la liste des ateliers découvertes de Charleroi"
    a3 = "Compléter la fiche projet (partie coûts) / Projectfiche aanvullen (deel kosten)"
    a4 = "Préparer une proposition commune d’enquête de satisfaction"
    a5 = "Organiser la visite des locaux de Liège / Bezoek Luik organiseren"
    table(d, [["Qui / Wie", "Quoi / Wat", "Quand / Wanneer"],
              ["SPP", a1, "30/11/2016"],
              ["Isabelle Gilson", a2, "15/12/2016"],
              ["Chaque CPAS / Elk OCMW", a3, "31/12/2016"],
              ["Hanne Van Damme + Els Peeters", a4, "février 2017"],
              ["À définir / Nog te bepalen", a5, "mars 2017"]], widths=[4, 9, 3])
    par(d)
    nm = "Prochaine réunion / Volgende vergadering : mardi 14 mars 2017 au CPAS de Liège / dinsdag 14 maart 2017 bij het OCMW Luik"
    par(d, nm, bold=True)

    e = {
        "file": fn, "languages": ["fr", "nl"], "online": False, "interpretation": True, "date": "2016-11-08",
        "people": [P("Anne Vercauteren", "Present", "SPP"), P("Nadia Benali", "Present", "SPP"),
                   P("Hanne Van Damme", "Present", "GENT"), P("Claire Lambotte", "Present", "LIEGE"),
                   P("Isabelle Gilson", "Present", "CHARLEROI"), P("Els Peeters", "Present", "ANTWERPEN"),
                   P("Samir El Idrissi", "Present", "BRUXELLES"), P("Véronique Maes", "Present", None),
                   P("Dirk Hermans", "Present", None),
                   P("Koen De Smet", "Excused", "GENT"), P("Agathe Dumont", "Excused", "BRUXELLES")],
        "agenda": [["09:30", "10:00", ag[0][1]], ["10:00", "11:30", ag[1][1]], ["11:30", "12:30", ag[2][1]],
                   ["12:30", "13:00", ag[3][1]]],
        "headings": [list(x) for x in H],
        "actions": [["SPP", [], None, "Envoyer le modèle de rapport annuel aux CPAS"],
                    ["Network Contact", ["Isabelle Gilson"], None, "Partager la liste des ateliers découvertes"],
                    ["CPAS", [], None, "Compléter la fiche projet (partie coûts)"],
                    ["Several Network Contacts", ["Hanne Van Damme", "Els Peeters"], None,
                     "Préparer une proposition commune d’enquête de satisfaction"],
                    ["To Be Assigned", [], None, "Organiser la visite des locaux de Liège"]],
        "next_meeting": {"date": "2017-03-14", "text": nm},
        "remarks": [rem1],
    }
    return d, e


# ---------------------------------------------------------------- 338 Gent, 2017, NL
def r338():
    fn = "338_verslag_netwerkdag_gent_maart2017.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "OCMW Gent – Dienst Samenleven", "AMIF-project ‘Samen Sterk’ – verslag netwerkdag")
    par(d, "VERSLAG NETWERKDAG AMIF", bold=True, size=14, color="1F4E79")
    par(d, "Dinsdag 21 maart 2017, OCMW Gent, Onderbergen 86, 9000 Gent")
    par(d, "Verslag: Koen De Smet", italic=True)
    par(d, "Voertaal: Nederlands en Frans, zonder tolken.")
    runs(d, [("Aanwezig: ", {"b": True}),
             ("Hanne Van Damme (OCMW Gent), Koen De Smet (OCMW Gent), Yusuf Arslan (OCMW Gent), Pieter Claeys "
              "(POD MI), Els Peeters (OCMW Antwerpen), Bart Verhulst (OCMW Edegem), Claire Lambotte (OCMW Luik), "
              "Mehdi Bouzidi (OCMW Luik)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}),
             ("Isabelle Gilson (OCMW Charleroi), Agathe Dumont (OCMW Brussel)", {})])
    par(d, "Agenda", bold=True)
    ag = [("9u30 – 10u", "onthaal met koffie"),
          ("10u – 11u15", "voorstelling van het Gentse project ‘Samen Sterk’"),
          ("11u15 – 12u30", "uitwisseling rond intake en oriëntatiebalans"),
          ("12u30", "lunch"),
          ("13u30 – 15u", "werkgroep tevredenheidsenquête"),
          ("15u – 15u30", "varia en afspraken")]
    for t, title in ag:
        par(d, t + ": " + title, style="List Number")

    H = [("1", "Welkom"), ("2", "Voorstelling ‘Samen Sterk’"), ("3", "Intake en oriëntatiebalans"),
         ("4", "Werkgroep tevredenheidsenquête"), ("5", "Varia")]

    def h(i):
        p = par(d, H[i][0] + ". " + H[i][1], bold=True, underline=True)
        p.paragraph_format.space_before = Pt(12)

    h(0)
    par(d, "Hanne verwelkomt iedereen in het Sociaal Huis. Korte kennismakingsronde; Bart Verhulst is nieuw in "
           "het netwerk en vertegenwoordigt Edegem als partner van Antwerpen.")
    h(1)
    par(d, "Yusuf stelt de werking voor: individuele trajectbegeleiding om de twee weken, wekelijkse groepsateliers "
           "taalactivering en een maandelijkse uitstap. Collega Mieke van de sociale dienst vertelt kort hoe de "
           "maatschappelijk werkers doorverwijzen.")
    rem = "[cijfers instroom Antwerpen nog aan te vullen]"
    par(d, "Instroom 2016: Gent 64 deelnemers, Antwerpen " + rem + ".")
    h(2)
    par(d, "Claire en Mehdi lichten de drie contracten van Luik toe. In Gent is er één contract per deelnemer. "
           "De groep vindt de oriëntatiebalans een sterk instrument.")
    a1 = "Actie: Yusuf stuurt de intakefiche van Gent door naar alle OCMW's."
    par(d, a1, bold=True)
    h(3)
    par(d, "De huidige tevredenheidsenquête is te abstract voor de doelgroep. Antwerpen heeft al een vertaalde "
           "versie in het Arabisch getest.")
    par(d, "Afspraak: de enquête wordt voortaan mondeling afgenomen met een tolk.")
    par(d, "Actie Antwerpen: de vertaalde vragenlijst bezorgen aan de POD.", bold=True)
    par(d, "Actie POD: nagaan of een aangepaste enquête mag voor de rapportering.", bold=True)
    h(4)
    par(d, "Geen bijkomende punten.")
    nm = "Volgende bijeenkomst: juni 2017 in Antwerpen (datum volgt)."
    par(d, nm, italic=True)

    e = {
        "file": fn, "languages": ["nl"], "online": False, "interpretation": False, "date": "2017-03-21",
        "people": [P("Hanne Van Damme", "Present", "GENT"), P("Koen De Smet", "Present", "GENT"),
                   P("Yusuf Arslan", "Present", "GENT"), P("Pieter Claeys", "Present", "SPP"),
                   P("Els Peeters", "Present", "ANTWERPEN"), P("Bart Verhulst", "Present", "EDEGEM"),
                   P("Claire Lambotte", "Present", "LIEGE"), P("Mehdi Bouzidi", "Present", "LIEGE"),
                   P("Isabelle Gilson", "Excused", "CHARLEROI"), P("Agathe Dumont", "Excused", "BRUXELLES")],
        "agenda": [["09:30", "10:00", ag[0][1]], ["10:00", "11:15", ag[1][1]], ["11:15", "12:30", ag[2][1]],
                   ["12:30", None, ag[3][1]], ["13:30", "15:00", ag[4][1]], ["15:00", "15:30", ag[5][1]]],
        "headings": [list(x) for x in H],
        "actions": [["Network Contact", ["Yusuf Arslan"], None, "Yusuf stuurt de intakefiche van Gent door"],
                    ["CPAS", [], "ANTWERPEN", "de vertaalde vragenlijst bezorgen aan de POD"],
                    ["SPP", [], None, "nagaan of een aangepaste enquête mag"]],
        "next_meeting": {"date": None, "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 339 Liège, 2018, FR
def r339():
    fn = "339_pv_reseau_fami_liege_juin2018.docx"
    d = new_doc("Times New Roman", 12, 2.0)
    header_footer(d, "CPAS de Liège – Projet Mod’Actions", "PV réseau FAMI – 14 juin 2018")
    rem = "PROJET – version du 18/06/2018 – remarques des participants encore à intégrer"
    par(d, rem, italic=True, color="808080", size=9)
    par(d, "Procès-verbal de la réunion du réseau FAMI", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(d, "Jeudi 14 juin 2018 – La Ferme du CPAS, rue des Prés 12, 4020 Liège",
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(d, "Présents :", bold=True, underline=True)
    par(d, "Pour le CPAS de Liège : Mme Claire Lambotte, M. Mehdi Bouzidi, Mme Sophie Renard", style="List Bullet")
    par(d, "Pour le CPAS de Gand : Mme Hanne Van Damme, M. Yusuf Arslan", style="List Bullet")
    par(d, "Pour le CPAS d’Anvers : Mme Els Peeters, M. Jonas Wouters", style="List Bullet")
    par(d, "Pour le CPAS de Mortsel : Mme Liesbeth Goossens", style="List Bullet")
    par(d, "Pour le SPP IS : Mme Anne Vercauteren", style="List Bullet")
    par(d, "Interprètes : Mmes Véronique Maes et An De Wolf (interprétation simultanée FR/NL)")
    runs(d, [("Excusés : ", {"b": True, "u": True}),
             ("M. Karim Haddou (CPAS de Charleroi), M. Samir El Idrissi (CPAS de Bruxelles)", {})])
    par(d, "Ordre du jour :", bold=True, underline=True)
    ag = ["Accueil par le CPAS de Liège", "Les trois contrats : retour d’expérience",
          "Atelier créatif : démonstration", "Règlement d’ordre intérieur des modules", "Divers"]
    for a in ag:
        par(d, a, style="List Bullet 2")

    H = [("I", "Accueil"), ("II", "Les trois contrats"), ("III", "Atelier créatif"),
         ("IV", "Règlement d’ordre intérieur"), ("V", "Divers")]

    def h(i):
        d.add_heading(H[i][0] + ". " + H[i][1], level=2)

    h(0)
    par(d, "Mme Lambotte accueille les participants à la ferme du CPAS. Une visite des lieux suit, puis un café "
           "est offert. M. Wouters remercie l’équipe pour l’organisation.")
    h(1)
    par(d, "Chaque participant signe trois contrats : avec son assistant social, avec Claudine (entretiens "
           "d’admission) et avec le responsable de chaque module. Les CPAS de Gand et d’Anvers trouvent la "
           "formule lourde mais utile pour la ponctualité.")
    a1 = "→ Claire envoie les modèles de contrats à tous les CPAS pour la fin juin."
    par(d, a1)
    h(2)
    par(d, "Mehdi a déjà transmis la vidéo de l’atelier créatif au SPP. Les participants du réseau testent "
           "l’exercice « portrait sonore ». Les frais de matériel posent question.")
    a2 = "→ Le SPP vérifie si les frais de matériel artistique sont éligibles au FAMI."
    par(d, a2)
    h(3)
    par(d, "Le règlement fixe les règles de présence (80 %) et de ponctualité. Les CPAS néerlandophones "
           "souhaitent l’adapter.")
    a3 = "→ Jonas et Liesbeth traduisent le règlement en néerlandais."
    par(d, a3)
    h(4)
    par(d, "Hanne signale que Gand change de coordinateur en septembre.")
    nm = "Prochaine réunion : mardi 9 octobre à Charleroi (à confirmer)."
    par(d, nm, bold=True)
    par(d, "Sophie Renard, pour le CPAS de Liège", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    e = {
        "file": fn, "languages": ["fr"], "online": False, "interpretation": True, "date": "2018-06-14",
        "people": [P("Claire Lambotte", "Present", "LIEGE"), P("Mehdi Bouzidi", "Present", "LIEGE"),
                   P("Sophie Renard", "Present", "LIEGE"), P("Hanne Van Damme", "Present", "GENT"),
                   P("Yusuf Arslan", "Present", "GENT"), P("Els Peeters", "Present", "ANTWERPEN"),
                   P("Jonas Wouters", "Present", "ANTWERPEN"), P("Liesbeth Goossens", "Present", "MORTSEL"),
                   P("Anne Vercauteren", "Present", "SPP"), P("Véronique Maes", "Present", None),
                   P("An De Wolf", "Present", None),
                   P("Karim Haddou", "Excused", "CHARLEROI"), P("Samir El Idrissi", "Excused", "BRUXELLES")],
        "agenda": [[None, None, a] for a in ag],
        "headings": [list(x) for x in H],
        "actions": [["Network Contact", ["Claire Lambotte"], None, "Claire envoie les modèles de contrats"],
                    ["SPP", [], None, "Le SPP vérifie si les frais de matériel"],
                    ["Several Network Contacts", ["Jonas Wouters", "Liesbeth Goossens"], None,
                     "Jonas et Liesbeth traduisent le règlement en néerlandais"]],
        "next_meeting": {"date": "2018-10-09", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 340 Charleroi, 2019, FR
def r340():
    fn = "340_reunion_reseau_charleroi_octobre2019.docx"
    d = new_doc("Century Gothic", 10, 2.0)
    header_footer(d, "CPAS de Charleroi – Service Action Migrants – Activ’Up", TAG_FR)
    par(d, "Réunion du réseau FAMI – Charleroi, le 3 octobre 2019", bold=True, size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(d, "Lieu : Maison de l’Intégration, boulevard Joseph II 13, 6000 Charleroi – Rédaction : L. Piron",
        align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    par(d, "La réunion s’est tenue en français ; les collègues néerlandophones ont reçu les slides en NL.",
        italic=True)
    table(d, [["NOM Prénom", "Institution", "Présence"],
              ["GILSON Isabelle", "CPAS de Charleroi", "P"],
              ["HADDOU Karim", "CPAS de Charleroi", "P"],
              ["PIRON Laetitia", "CPAS de Charleroi", "P"],
              ["DELHAYE Marc", "CPAS de Binche", "P"],
              ["LAMBOTTE Claire", "CPAS de Liège", "E"],
              ["DUMONT Agathe", "CPAS de Bruxelles", "P"],
              ["VAN DAMME Hanne", "CPAS de Gand", "E"],
              ["VERCAUTEREN Anne", "SPP Intégration Sociale", "P"],
              ["DUPUIS Hélène", "Lire et Écrire Charleroi (invitée)", "P"]], widths=[5, 7.5, 2.5])
    par(d, "P = présent(e) – E = excusé(e)", italic=True, size=8)
    par(d, "Programme de la journée", bold=True)
    ag = [("9.30 – 10.00", "Accueil et tour de table"),
          ("10.00 – 11.00", "Entonnoir de recrutement du module 3"),
          ("11.00 – 12.00", "Séances d’information « Vivre en Belgique »"),
          ("12.00 – 12.45", "Enquête de satisfaction : que garder ?"),
          ("12.45", "Divers – lunch")]
    for t, title in ag:
        p = par(d, t + "\t" + title, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))

    H = [("A", "Accueil et tour de table"), ("B", "Entonnoir de recrutement module 3"),
         ("C", "Séances d’information"), ("D", "Enquête de satisfaction"), ("E", "Divers"),
         ("F", "Points d’action")]

    def h(i):
        p = runs(d, [(H[i][0] + ". " + H[i][1], {"b": True, "u": True, "c": "7030A0"})])
        p.paragraph_format.space_before = Pt(10)

    h(0)
    par(d, "Isabelle Gilson accueille le réseau. Marc Delhaye présente le partenariat avec Binche : les AS "
           "binchois orientent désormais vers les ateliers découvertes de Charleroi. Hélène Dupuis (Lire et "
           "Écrire) présente l’offre d’alphabétisation.")
    h(1)
    rem = "(chiffres Binche à compléter)"
    par(d, "Module 3 : 1.040 personnes listées, 280 retenues par les AS, 96 présentes à la séance d’information "
           "(34 %). Binche : " + rem + ".")
    par(d, "Karim fait remarquer que le taux reste stable d’un module à l’autre.")
    h(2)
    par(d, "Les séances hebdomadaires (institutions, droits et devoirs, logement, banque et assurances) sont "
           "appréciées. Horaires qui changent : il faut mieux prévenir les participants.")
    h(3)
    par(d, "Tous trouvent l’enquête trop abstraite. Agathe Dumont propose des pictogrammes.")
    h(4)
    par(d, "Le SPP rappelle la date limite du rapport annuel (31 janvier).")
    h(5)
    acts = ["1. Envoyer les chiffres de l’entonnoir au SPP (CPAS Charleroi)",
            "2. Proposer une version simplifiée de l’enquête – KH",
            "3. Relancer les AS des antennes sociales pour la séance du 15/11 (Binche)",
            "4. Diffuser le PV à l’ensemble du réseau (SPP)",
            "5. Trouver une salle pour la prochaine réunion : ?"]
    for a in acts:
        par(d, a, space_after=2)
    nm = "Prochaine réunion : le jeudi 12 décembre 2019 à 9h30, CPAS de Bruxelles."
    p = par(d, nm, bold=True)
    p.paragraph_format.space_before = Pt(12)

    e = {
        "file": fn, "languages": ["fr"], "online": False, "interpretation": False, "date": "2019-10-03",
        "people": [P("GILSON Isabelle", "Present", "CHARLEROI"), P("HADDOU Karim", "Present", "CHARLEROI"),
                   P("PIRON Laetitia", "Present", "CHARLEROI"), P("DELHAYE Marc", "Present", "BINCHE"),
                   P("DUMONT Agathe", "Present", "BRUXELLES"), P("VERCAUTEREN Anne", "Present", "SPP"),
                   P("DUPUIS Hélène", "Present", None),
                   P("LAMBOTTE Claire", "Excused", "LIEGE"), P("VAN DAMME Hanne", "Excused", "GENT")],
        "agenda": [["09:30", "10:00", ag[0][1]], ["10:00", "11:00", ag[1][1]], ["11:00", "12:00", ag[2][1]],
                   ["12:00", "12:45", ag[3][1]], ["12:45", None, ag[4][1]]],
        "headings": [list(x) for x in H],
        "actions": [["CPAS", [], "CHARLEROI", "Envoyer les chiffres de l’entonnoir au SPP"],
                    ["Network Contact", ["HADDOU Karim"], None, "Proposer une version simplifiée de l’enquête"],
                    ["CPAS", [], "BINCHE", "Relancer les AS des antennes sociales"],
                    ["SPP", [], None, "Diffuser le PV à l’ensemble du réseau"],
                    ["To Be Assigned", [], None, "Trouver une salle pour la prochaine réunion"]],
        "next_meeting": {"date": "2019-12-12", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 341 Antwerpen, 2020, NL, Teams
def r341():
    fn = "341_verslag_netwerkoverleg_teams_mei2020.docx"
    d = new_doc("Verdana", 9, 2.2)
    header_footer(d, "OCMW Antwerpen | AMIF – Samen Vooruit", "Intern werkdocument – verslag J. Wouters")
    par(d, "Verslag AMIF-netwerkoverleg (online via Microsoft Teams)", style="Heading 1")
    par(d, "Datum: 12/05/2020 – 10.00 tot 12.30 u.")
    par(d, "Aanwezig", bold=True, color="2E75B6")
    pres = [("Els Peeters", "OCMW Antwerpen"), ("Jonas Wouters", "OCMW Antwerpen"),
            ("Tine Janssens", "OCMW Schoten"), ("Bart Verhulst", "OCMW Edegem"),
            ("Liesbeth Goossens", "OCMW Mortsel"), ("Koen De Smet", "OCMW Gent"),
            ("Mehdi Bouzidi", "OCMW Luik"), ("Pieter Claeys", "POD MI")]
    for n, o in pres:
        par(d, n + " – " + o, style="List Bullet")
    par(d, "Verontschuldigd", bold=True, color="2E75B6")
    for n, o in [("Fatima Ouali", "OCMW Antwerpen"), ("Marc Delhaye", "OCMW Binche")]:
        par(d, n + " – " + o, style="List Bullet")
    par(d, "Agenda", bold=True, color="2E75B6")
    ag = [("10.00 – 10.15 u.", "Opening en stand van zaken corona"),
          ("10.15 – 11.00 u.", "Groepsgrootte en heropstart groepsateliers"),
          ("11.00 – 11.45 u.", "Digitale begeleiding van deelnemers"),
          ("11.45 – 12.15 u.", "Rapportering en indicatoren 2020"),
          ("12.15 – 12.30 u.", "Rondvraag")]
    table(d, [["Tijd", "Onderwerp"]] + [[t, s] for t, s in ag], style="Light List Accent 1", widths=[3.5, 12])

    H = ["Opening", "Corona en groepsgrootte", "Digitale begeleiding", "Rapportering en indicatoren",
         "Rondvraag", "Actiepunten", "Volgende overleg"]
    h = lambda i: d.add_heading(H[i], level=2)
    h(0)
    par(d, "Els opent het overleg. Alle OCMW’s werken sinds half maart op afstand; de groepsateliers liggen stil.")
    h(1)
    par(d, "De regels verschillen per OCMW: 4 + 1 in Gent, 3 + 1 in Luik en Charleroi. Antwerpen wacht op de "
           "richtlijnen van de stad. Schoten en Edegem volgen de regels van Antwerpen.")
    rem = "Stand van zaken Schoten: nog aan te vullen door Tine."
    par(d, rem, italic=True, color="C00000")
    h(2)
    par(d, "Veel deelnemers hebben geen laptop of alleen een smartphone. Gent belt wekelijks elke deelnemer op. "
           "Mortsel geeft taalopdrachten via WhatsApp.")
    h(3)
    par(d, "Pieter: de POD bekijkt hoe online sessies meetellen. Voorlopig worden ze geregistreerd als "
           "individuele begeleiding.")
    h(4)
    par(d, "Mehdi meldt dat Luik in juni wil heropstarten met kleine groepen.")
    h(5)
    acts = [("Lijst met digitale tools delen via Teams", "Tine", "19/05"),
            ("Nagaan of online modules meetellen voor de indicatoren", "POD MI", "eind mei"),
            ("Laptops aanvragen voor deelnemers bij de stad of het Digitaal Fonds", "elk OCMW", "juni"),
            ("Handleiding Teams voor deelnemers vertalen naar het Arabisch en Dari", "nog te bepalen", "—"),
            ("Draaiboek heropstart groepssessies opmaken", "Els + Koen", "5/06")]
    table(d, [["Wat", "Wie", "Deadline"]] + [list(a) for a in acts], widths=[10, 3.5, 2.5])
    h(6)
    nm = "Dinsdag 16 juni 2020 om 10 u., opnieuw via Teams."
    par(d, nm)

    e = {
        "file": fn, "languages": ["nl"], "online": True, "interpretation": False, "date": "2020-05-12",
        "people": [P("Els Peeters", "Present", "ANTWERPEN"), P("Jonas Wouters", "Present", "ANTWERPEN"),
                   P("Tine Janssens", "Present", "SCHOTEN"), P("Bart Verhulst", "Present", "EDEGEM"),
                   P("Liesbeth Goossens", "Present", "MORTSEL"), P("Koen De Smet", "Present", "GENT"),
                   P("Mehdi Bouzidi", "Present", "LIEGE"), P("Pieter Claeys", "Present", "SPP"),
                   P("Fatima Ouali", "Excused", "ANTWERPEN"), P("Marc Delhaye", "Excused", "BINCHE")],
        "agenda": [["10:00", "10:15", ag[0][1]], ["10:15", "11:00", ag[1][1]], ["11:00", "11:45", ag[2][1]],
                   ["11:45", "12:15", ag[3][1]], ["12:15", "12:30", ag[4][1]]],
        "headings": [["", x] for x in H],
        "actions": [["Network Contact", ["Tine Janssens"], None, "Lijst met digitale tools delen via Teams"],
                    ["SPP", [], None, "Nagaan of online modules meetellen voor"],
                    ["CPAS", [], None, "Laptops aanvragen voor deelnemers bij de stad"],
                    ["To Be Assigned", [], None, "Handleiding Teams voor deelnemers vertalen"],
                    ["Several Network Contacts", ["Els Peeters", "Koen De Smet"], None,
                     "Draaiboek heropstart groepssessies opmaken"]],
        "next_meeting": {"date": "2020-06-16", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 342 SPP (NL), 2021, NL + FR summary, Webex
def r342():
    fn = "342_verslag_netwerkvergadering_webex_februari2021.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "POD Maatschappelijke Integratie – SPP Intégration Sociale", TAG_NL + " – " + TAG_FR)
    par(d, "Verslag netwerkvergadering AMIF – Rapport réunion de réseau FAMI", style="Title")
    par(d, "9 februari 2021 – 9 février 2021 | Webex, 09:30–12:30", bold=True)
    par(d, "Simultaanvertaling via het tolkkanaal van Webex / Interprétation simultanée via le canal "
           "d’interprétation Webex.")
    t = table(d, [["Aanwezig – Présents", "Verontschuldigd – Excusés"],
                  [["Pieter Claeys, POD MI", "Nadia Benali, POD MI", "Koen De Smet, OCMW Gent",
                    "Claire Lambotte, CPAS Liège", "Agathe Dumont, CPAS Bruxelles",
                    "Samir El Idrissi, CPAS Bruxelles", "Jonas Wouters, OCMW Antwerpen",
                    "Tine Janssens, OCMW Schoten"],
                   ["Isabelle Gilson, CPAS Charleroi", "Bart Verhulst, OCMW Edegem"]]],
              widths=[8, 8])
    par(d, "Tolken / Interprètes: Véronique Maes, An De Wolf", italic=True)
    par(d, "Agenda", style="Heading 3")
    ag = [("09:30–09:45", "Welkom en technische afspraken"),
          ("09:45–10:30", "Jaarverslag 2020 en indicatoren"),
          ("10:30–11:15", "Nieuwe AMIF-programmering 2021-2027"),
          ("11:15–12:15", "Uitwisseling: werken met deelnemers op afstand"),
          ("12:15–12:30", "Varia")]
    for tm, s in ag:
        par(d, tm + "  " + s, style="List Number")

    H = [("1", "Welkom"), ("2", "Jaarverslag 2020"), ("3", "AMIF 2021-2027"), ("4", "Werken op afstand"),
         ("5", "Varia"), ("", "Résumé en français")]
    h = lambda i: d.add_heading((H[i][0] + ". " if H[i][0] else "") + H[i][1], level=1)
    h(0)
    par(d, "Pieter verwelkomt de deelnemers en legt het tolkkanaal uit. Camera’s mogen uit als de verbinding "
           "zwak is.")
    h(1)
    par(d, "De cijfers van 2020 liggen lager door de lockdowns: minder deelnemers in taalactivering, meer "
           "individuele begeleiding. Gent merkt een fout in de eigen cijfers op.")
    a1 = "OCMW Gent: cijfers 2020 corrigeren in de rapporteringstool vóór 15 februari."
    par(d, a1, bold=True)
    rem = "[Opmerkingen van OCMW Charleroi nog toe te voegen]"
    par(d, rem, color="FF0000")
    h(2)
    par(d, "De nieuwe verordening (EU) 2021/1147 voorziet gemeenschappelijke output- en resultaatindicatoren. "
           "De POD bezorgt de nieuwe indicatorenfiche tegen 1 maart aan alle OCMW’s.")
    h(3)
    par(d, "Brussel werkt met een draaiboek voor online sessies in kleine groepen (max. 6 + 1). Antwerpen en "
           "Schoten willen dit overnemen.")
    par(d, "Actie: Agathe en Samir delen hun draaiboek voor online sessies met het netwerk.", bold=True)
    h(4)
    par(d, "Claire vraagt of de tevredenheidsenquête ook in het Arabisch kan; dat is al zo sinds januari.")
    h(5)
    par(d, "La réunion a porté sur les chiffres 2020, la nouvelle programmation FAMI et le travail à distance. "
           "Le SPP envoie la nouvelle fiche indicateurs d’ici le 1er mars ; Bruxelles partage son scénario "
           "pour les séances en ligne ; Gand corrige ses chiffres 2020.", italic=True)
    nm = ("Volgende vergadering / Prochaine réunion: donderdag 20 mei 2021 – jeudi 20 mai 2021 (online)")
    par(d, nm, bold=True)

    e = {
        "file": fn, "languages": ["nl", "fr"], "online": True, "interpretation": True, "date": "2021-02-09",
        "people": [P("Pieter Claeys", "Present", "SPP"), P("Nadia Benali", "Present", "SPP"),
                   P("Koen De Smet", "Present", "GENT"), P("Claire Lambotte", "Present", "LIEGE"),
                   P("Agathe Dumont", "Present", "BRUXELLES"), P("Samir El Idrissi", "Present", "BRUXELLES"),
                   P("Jonas Wouters", "Present", "ANTWERPEN"), P("Tine Janssens", "Present", "SCHOTEN"),
                   P("Véronique Maes", "Present", None), P("An De Wolf", "Present", None),
                   P("Isabelle Gilson", "Excused", "CHARLEROI"), P("Bart Verhulst", "Excused", "EDEGEM")],
        "agenda": [["09:30", "09:45", ag[0][1]], ["09:45", "10:30", ag[1][1]], ["10:30", "11:15", ag[2][1]],
                   ["11:15", "12:15", ag[3][1]], ["12:15", "12:30", ag[4][1]]],
        "headings": [list(x) for x in H],
        "actions": [["CPAS", [], "GENT", "cijfers 2020 corrigeren in de rapporteringstool"],
                    ["SPP", [], None, "De POD bezorgt de nieuwe indicatorenfiche"],
                    ["Several Network Contacts", ["Agathe Dumont", "Samir El Idrissi"], None,
                     "Agathe en Samir delen hun draaiboek"]],
        "next_meeting": {"date": "2021-05-20", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 343 Bruxelles, 2022, FR, hybrid
def r343():
    fn = "343_compte_rendu_reunion_hybride_bruxelles_sept2022.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "CPAS de Bruxelles – Département Action sociale", "CR réseau FAMI 27.09.2022")
    par(d, "Compte rendu – Réunion du réseau FAMI", style="Title")
    par(d, "Mardi 27 septembre 2022, 10h – 13h")
    par(d, "Réunion hybride : salle du Conseil, rue Haute 298a, 1000 Bruxelles, et Microsoft Teams")
    par(d, "Présent·e·s en salle :", bold=True)
    for x in ["Agathe Dumont (CPAS de Bruxelles)", "Samir El Idrissi (CPAS de Bruxelles)",
              "Julie Vandenberghe (CPAS de Bruxelles)", "Nadia Benali (SPP IS)", "Karim Haddou (CPAS de Charleroi)",
              "Hélène Dupuis (Lire et Écrire Bruxelles), invitée"]:
        par(d, x, style="List Bullet")
    par(d, "En ligne :", bold=True)
    for x in ["Yusuf Arslan (OCMW Gent)", "Sophie Renard (CPAS de Liège)", "Fatima Ouali (OCMW Antwerpen)"]:
        par(d, x, style="List Bullet")
    par(d, "Interprétation FR/NL : Dirk Hermans (en salle, casques disponibles)", italic=True)
    par(d, "Excusé·e·s :", bold=True)
    for x in ["Pieter Claeys (POD MI)", "Tine Janssens (OCMW Schoten)"]:
        par(d, x, style="List Bullet")
    par(d, "Ordre du jour", bold=True)
    ag = [("10h – 10h15", "Accueil"), ("10h15 – 11h", "Retour sur les modules 2021-2022"),
          ("11h – 12h", "Langue facile et supports visuels (Lire et Écrire)"),
          ("12h – 12h45", "Protection des données et archivage"), ("12h45 – 13h", "Divers")]
    for tm, s in ag:
        par(d, tm + " : " + s, style="List Number")

    H = [("1", "Accueil"), ("2", "Retour sur les modules 2021-2022"), ("3", "Langue facile"),
         ("3.1", "Présentation de Lire et Écrire"), ("3.2", "Échanges"),
         ("4", "Protection des données et archivage"), ("5", "Divers")]

    def h(i):
        n, s = H[i]
        d.add_heading(n + ". " + s if "." not in n else n + " " + s, level=2 if "." in n else 1)

    h(0)
    par(d, "Agathe Dumont accueille les participants en salle et en ligne. Tour de table rapide.")
    h(1)
    par(d, "Les CPAS reprennent les groupes complets depuis septembre. Karim Haddou note que les participants "
           "anciens et nouveaux sont mélangés, ce qui demande des horaires équilibrés.")
    runs(d, [("ACTION : ", {"b": True, "c": "C00000"}),
             ("tous les CPAS envoient leurs horaires hebdomadaires au SPP pour le 15 octobre", {})])
    h(2)
    h(3)
    par(d, "Hélène Dupuis présente des principes de langue facile : phrases courtes, pictogrammes, un message "
           "par page.")
    h(4)
    par(d, "Yusuf Arslan montre la fiche illustrée de Gand. Tous sont intéressés par une fiche commune.")
    runs(d, [("ACTION : ", {"b": True, "c": "C00000"}),
             ("préparer une fiche d’information en langue facile – Samir", {})])
    h(5)
    par(d, "Nadia Benali rappelle que les documents d’une opération FAMI sont gardés cinq ans à partir du "
           "31 décembre de l’année du dernier paiement, mais que les données personnelles ne peuvent être "
           "gardées plus longtemps que nécessaire.")
    runs(d, [("ACTION : ", {"b": True, "c": "C00000"}),
             ("le SPP consulte le DPO sur la durée de conservation des fiches d’intake", {})])
    runs(d, [("ACTION : ", {"b": True, "c": "C00000"}),
             ("Liège – partager la grille d’évaluation des participants", {})])
    h(6)
    par(d, "Décision : le groupe de travail « enquête » est prolongé jusqu’en juin 2023.")
    nm = "La prochaine rencontre aura lieu au printemps 2023 à Gand ; la date sera fixée par Doodle."
    par(d, nm)
    par(d, "Julie Vandenberghe", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    e = {
        "file": fn, "languages": ["fr"], "online": True, "interpretation": True, "date": "2022-09-27",
        "people": [P("Agathe Dumont", "Present", "BRUXELLES"), P("Samir El Idrissi", "Present", "BRUXELLES"),
                   P("Julie Vandenberghe", "Present", "BRUXELLES"), P("Nadia Benali", "Present", "SPP"),
                   P("Karim Haddou", "Present", "CHARLEROI"), P("Hélène Dupuis", "Present", None),
                   P("Yusuf Arslan", "Present", "GENT"), P("Sophie Renard", "Present", "LIEGE"),
                   P("Fatima Ouali", "Present", "ANTWERPEN"), P("Dirk Hermans", "Present", None),
                   P("Pieter Claeys", "Excused", "SPP"), P("Tine Janssens", "Excused", "SCHOTEN")],
        "agenda": [["10:00", "10:15", ag[0][1]], ["10:15", "11:00", ag[1][1]], ["11:00", "12:00", ag[2][1]],
                   ["12:00", "12:45", ag[3][1]], ["12:45", "13:00", ag[4][1]]],
        "headings": [list(x) for x in H],
        "actions": [["CPAS", [], None, "tous les CPAS envoient leurs horaires hebdomadaires"],
                    ["Network Contact", ["Samir El Idrissi"], None,
                     "préparer une fiche d’information en langue facile"],
                    ["SPP", [], None, "le SPP consulte le DPO sur la durée"],
                    ["CPAS", [], "LIEGE", "partager la grille d’évaluation des participants"]],
        "next_meeting": {"date": None, "text": nm},
        "remarks": [],
    }
    return d, e


# ---------------------------------------------------------------- 344 Mortsel, 2023, NL
def r344():
    fn = "344_verslag_bijeenkomst_ocmws_mortsel_april2023.docx"
    d = new_doc("Arial", 10)
    header_footer(d, "Sociaal Huis Mortsel", TAG_NL + " / " + TAG_FR)
    par(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, color="1F3864")
    par(d, "3 april 2023 – 3 avril 2023", bold=True)
    par(d, "Plaats: Sociaal Huis Mortsel, Lieven Gevaertstraat 4, 2640 Mortsel")
    par(d, "Met simultaanvertaling NL/FR (twee tolken, zie aanwezigen).")
    par(d, "Aanwezig", bold=True)
    table(d, [["Naam", "Organisatie"],
              ["Liesbeth Goossens", "OCMW Mortsel"], ["Bart Verhulst", "OCMW Edegem"],
              ["Tine Janssens", "OCMW Schoten"], ["Fatima Ouali", "OCMW Antwerpen"],
              ["Hanne Van Damme", "OCMW Gent"], ["Mehdi Bouzidi", "CPAS Luik"],
              ["Laetitia Piron", "CPAS Charleroi"], ["Julie Vandenberghe", "CPAS Brussel"],
              ["Pieter Claeys", "POD MI"], ["An De Wolf", "tolk"], ["Dirk Hermans", "tolk"]],
              style="Light Grid Accent 1", widths=[6, 6])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Els Peeters (OCMW Antwerpen), Marc Delhaye (CPAS Binche)", {})])
    par(d, "Agenda", bold=True)
    ag = [("9.30 u.", "Onthaal en rondleiding in het Sociaal Huis"),
          ("10.00 u.", "Stand van zaken per OCMW"),
          ("11.00 u.", "Tevredenheidsenquête: nieuwe versie"),
          ("12.00 u.", "Indicatoren 2022"),
          ("12.30 u.", "Lunch")]
    for tm, s in ag:
        p = par(d, tm + "\t" + s, space_after=0)
        p.paragraph_format.left_indent = Cm(0.5)

    H = [("1", "Verwelkoming"), ("2", "Stand van zaken per OCMW"), ("2.1", "Antwerpen en partners"),
         ("2.2", "Gent, Luik, Charleroi en Brussel"), ("3", "Tevredenheidsenquête"), ("4", "Indicatoren 2022"),
         ("5", "Wie doet wat?")]

    def h(i):
        n, s = H[i]
        d.add_heading(n + " " + s, level=3 if "." in n else 2)

    rem = "Opmerkingen van de deelnemers worden nog toegevoegd."
    h(0)
    par(d, "Liesbeth verwelkomt het netwerk in Mortsel, de eerste keer dat een partner-OCMW gastheer is.")
    h(1)
    h(2)
    par(d, "Antwerpen begeleidde 2022 in totaal 118 deelnemers; Edegem en Schoten samen 31. Mortsel start een "
           "nieuwe groep met 6 + 1 deelnemers per sessie.")
    h(3)
    par(d, "Gent legt de nadruk op de band tussen deelnemers. Luik en Charleroi melden meer aanmeldingen via de "
           "sociale antennes. Brussel werkt aan een fiche in eenvoudige taal.")
    h(4)
    par(d, "De nieuwe versie is korter en gebruikt pictogrammen.")
    h(5)
    par(d, "Pieter herinnert aan de gemeenschappelijke indicatoren (deelnemers aan taalcursussen, "
           "maatschappelijke oriëntatie, niveaustijging ERK).")
    h(6)
    for x in ["Bart (Edegem): de tevredenheidsenquête testen met 5 deelnemers",
              "Elk OCMW bezorgt zijn indicatoren 2022 vóór 30 april aan de POD.",
              "POD MI: de enquête laten vertalen naar het Tigrinya en Pashto.",
              "Nog te bepalen: het draaiboek voor de uitstappen actualiseren."]:
        par(d, x, style="List Bullet")
    nm = "Volgende bijeenkomst: woensdag 27 september 2023 in Charleroi."
    par(d, nm, bold=True)
    par(d, rem, italic=True, color="808080")

    e = {
        "file": fn, "languages": ["nl"], "online": False, "interpretation": True, "date": "2023-04-03",
        "people": [P("Liesbeth Goossens", "Present", "MORTSEL"), P("Bart Verhulst", "Present", "EDEGEM"),
                   P("Tine Janssens", "Present", "SCHOTEN"), P("Fatima Ouali", "Present", "ANTWERPEN"),
                   P("Hanne Van Damme", "Present", "GENT"), P("Mehdi Bouzidi", "Present", "LIEGE"),
                   P("Laetitia Piron", "Present", "CHARLEROI"), P("Julie Vandenberghe", "Present", "BRUXELLES"),
                   P("Pieter Claeys", "Present", "SPP"), P("An De Wolf", "Present", None),
                   P("Dirk Hermans", "Present", None),
                   P("Els Peeters", "Excused", "ANTWERPEN"), P("Marc Delhaye", "Excused", "BINCHE")],
        "agenda": [["09:30", None, ag[0][1]], ["10:00", None, ag[1][1]], ["11:00", None, ag[2][1]],
                   ["12:00", None, ag[3][1]], ["12:30", None, ag[4][1]]],
        "headings": [list(x) for x in H],
        "actions": [["Network Contact", ["Bart Verhulst"], None, "de tevredenheidsenquête testen met 5 deelnemers"],
                    ["CPAS", [], None, "Elk OCMW bezorgt zijn indicatoren 2022"],
                    ["SPP", [], None, "de enquête laten vertalen naar het Tigrinya"],
                    ["To Be Assigned", [], None, "het draaiboek voor de uitstappen actualiseren"]],
        "next_meeting": {"date": "2023-09-27", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 345 Binche, 2024, FR
def r345():
    fn = "345_compte_rendu_reseau_binche_novembre2024.docx"
    d = new_doc("Calibri", 11, 2.0)
    par(d, "CPAS DE BINCHE", bold=True, size=9)
    par(d, "Compte rendu – réunion réseau FAMI du 19/11/2024", bold=True, size=13)
    par(d, "Salle polyvalente du CPAS de Binche – 9h30 à 12h30")
    runs(d, [("Étaient présents : ", {"b": True}),
             ("Isabelle Gilson, Karim Haddou (Charleroi) ; Marc Delhaye (Binche) ; Anne Vercauteren, "
              "Nadia Benali (SPP) ; Claire Lambotte (Liège) ; Els Peeters (Anvers).", {})])
    runs(d, [("Excusés : ", {"b": True}), ("Agathe Dumont (Bruxelles), Koen De Smet (Gand).", {})])
    par(d, "Ordre du jour :", bold=True)
    ag = [("09.30", "Accueil – café"), ("10.00", "Bilan du module 2023-2024"),
          ("11.00", "La règle de groupe 6 + 1"), ("11.45", "Fin de programmation et archivage"),
          ("12.15", "Divers")]
    for tm, s in ag:
        p = par(d, tm + "\t" + s, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
    par(d)
    H = ["Accueil", "Bilan du module 2023-2024", "Nouvelle règle de groupe", "Fin de programmation AMIF", "Divers"]
    h = lambda i: par(d, H[i], bold=True, underline=True)
    h(0)
    par(d, "Marc accueille le réseau à Binche. Café et croissants.")
    h(1)
    rem = "[liste des participants Binche à compléter]"
    par(d, "Charleroi : 74 participants, dont 51 jusqu’au bout du module. Binche : 18 participants " + rem + ".")
    par(d, "→ envoyer le bilan chiffré au SPP (Qui : Karim)")
    par(d, "→ prévoir une séance d’info commune Charleroi-Binche en janvier (Qui : CPAS de Binche)")
    h(2)
    par(d, "Depuis septembre, les ateliers se font à 6 participants + 1 formateur. Les équipes trouvent cela "
           "plus confortable. Claire précise que Liège reste à 8 + 1 pour l’atelier créatif.")
    par(d, "→ Isabelle et Marc rédigent une note commune sur la règle 6 + 1")
    h(3)
    par(d, "Anne rappelle la fin de la programmation et les règles d’archivage : garder les pièces cinq ans "
           "après le 31 décembre de l’année du dernier paiement.")
    par(d, "→ vérifier l’archivage des dossiers papier (Qui : SPP)")
    h(4)
    par(d, "Els demande si le réseau continuera après 2027. Pas encore de réponse.")
    nm = "Prochaine réunion le jeudi 13 février 2025 à Charleroi."
    par(d, nm, bold=True, color="C00000")
    par(d, "M. Delhaye", align=WD_ALIGN_PARAGRAPH.RIGHT)

    e = {
        "file": fn, "languages": ["fr"], "online": False, "interpretation": False, "date": "2024-11-19",
        "people": [P("Isabelle Gilson", "Present", "CHARLEROI"), P("Karim Haddou", "Present", "CHARLEROI"),
                   P("Marc Delhaye", "Present", "BINCHE"), P("Anne Vercauteren", "Present", "SPP"),
                   P("Nadia Benali", "Present", "SPP"), P("Claire Lambotte", "Present", "LIEGE"),
                   P("Els Peeters", "Present", "ANTWERPEN"),
                   P("Agathe Dumont", "Excused", "BRUXELLES"), P("Koen De Smet", "Excused", "GENT")],
        "agenda": [["09:30", None, ag[0][1]], ["10:00", None, ag[1][1]], ["11:00", None, ag[2][1]],
                   ["11:45", None, ag[3][1]], ["12:15", None, ag[4][1]]],
        "headings": [["", x] for x in H],
        "actions": [["Network Contact", ["Karim Haddou"], None, "envoyer le bilan chiffré au SPP"],
                    ["CPAS", [], "BINCHE", "prévoir une séance d’info commune Charleroi-Binche"],
                    ["Several Network Contacts", ["Isabelle Gilson", "Marc Delhaye"], None,
                     "Isabelle et Marc rédigent une note commune"],
                    ["SPP", [], None, "vérifier l’archivage des dossiers papier"]],
        "next_meeting": {"date": "2025-02-13", "text": nm},
        "remarks": [rem],
    }
    return d, e


# ---------------------------------------------------------------- 346 Schoten, 2026, NL/FR, Teams
def r346():
    fn = "346_verslag_rapport_amif_netwerk_teams_januari2026.docx"
    d = new_doc("Aptos", 10, 2.0)
    header_footer(d, "OCMW Schoten – partner AMIF Antwerpen", TAG_NL + " | " + TAG_FR)
    par(d, "AMIF-netwerk – Verslag / Réseau FAMI – Rapport", style="Title")
    table(d, [["Datum / Date", "22.01.2026, 10:00–12:00"],
              ["Plaats / Lieu", "online (Microsoft Teams)"],
              ["Tolken / Interprètes", "tolkkanaal NL/FR via Teams (zie deelnemers)"],
              ["Verslag / Rapport", "Tine Janssens"]], bold_header=False, widths=[4.5, 12])
    par(d)
    par(d, "Deelnemers / Participants", style="Heading 3")
    table(d, [["Naam / Nom", "Organisatie / Organisation", "Status"],
              ["Tine Janssens", "OCMW Schoten", "Aanwezig / Présent"],
              ["Jonas Wouters", "OCMW Antwerpen", "Aanwezig / Présent"],
              ["Yusuf Arslan", "OCMW Gent", "Aanwezig / Présent"],
              ["Sophie Renard", "CPAS Liège", "Verontschuldigd / Excusé"],
              ["Laetitia Piron", "CPAS Charleroi", "Aanwezig / Présent"],
              ["Julie Vandenberghe", "CPAS Bruxelles", "Aanwezig / Présent"],
              ["Nadia Benali", "POD MI / SPP IS", "Aanwezig / Présent"],
              ["Liesbeth Goossens", "OCMW Mortsel", "Verontschuldigd / Excusé"],
              ["Véronique Maes", "tolk / interprète", "Aanwezig / Présent"],
              ["Dirk Hermans", "tolk / interprète", "Aanwezig / Présent"]], style="Light Shading Accent 1",
          widths=[5, 6, 5])
    par(d, "Agenda / Ordre du jour", style="Heading 3")
    ag = [("10:00–10:15", "Opening / Ouverture"),
          ("10:15–11:00", "Stand van zaken / État des lieux"),
          ("11:00–11:40", "Afsluiting AMIF 2021-2027 / Clôture FAMI 2021-2027"),
          ("11:40–12:00", "Varia / Divers")]
    table(d, [["Tijd / Heure", "Punt / Point"]] + [list(a) for a in ag], widths=[3.5, 13])

    H = [("1", "Opening / Ouverture"), ("2", "Stand van zaken / État des lieux"), ("2.1", "Gent / Gand"),
         ("2.2", "Charleroi"), ("2.3", "Bruxelles / Brussel"), ("2.4", "Antwerpen en partners / Anvers et partenaires"),
         ("3", "Afsluiting AMIF 2021-2027 / Clôture FAMI 2021-2027"), ("4", "Actiepunten / Points d’action"),
         ("5", "Varia / Divers")]

    def h(i):
        n, s = H[i]
        d.add_heading(n + ". " + s if "." not in n else n + " " + s, level=2 if "." in n else 1)

    def fr(text):
        par(d, text, italic=True, color="595959")

    h(0)
    par(d, "Tine opent het overleg. Sophie en Liesbeth zijn verontschuldigd.")
    fr("Tine ouvre la réunion. Sophie et Liesbeth sont excusées.")
    h(1)
    h(2)
    par(d, "Yusuf: de laatste groep start in februari; de band tussen deelnemers blijft een sterk punt.")
    fr("Yusuf : le dernier groupe démarre en février ; le lien entre participants reste un point fort.")
    h(3)
    par(d, "Laetitia: 62 deelnemers in 2025; samenwerking met Binche loopt goed.")
    fr("Laetitia : 62 participants en 2025 ; la collaboration avec Binche se passe bien.")
    h(4)
    par(d, "Julie: de fiche in eenvoudige taal wordt nu door alle antennes gebruikt.")
    fr("Julie : la fiche en langue facile est utilisée par toutes les antennes.")
    h(5)
    rem = "[aan te vullen door Antwerpen]"
    par(d, "Jonas: cijfers 2025 " + rem + ". Schoten en Mortsel sluiten af in juni.")
    fr("Jonas : Schoten et Mortsel terminent en juin.")
    h(6)
    par(d, "Nadia: de eindrapportering volgt de gemeenschappelijke indicatoren; documenten worden bewaard "
           "volgens artikel 82 van verordening (EU) 2021/1060.")
    fr("Nadia : le rapport final suit les indicateurs communs ; les documents sont conservés selon l’article 82 "
       "du règlement (UE) 2021/1060.")
    h(7)
    acts = [("1", "Eindrapportering voorbereiden / Préparer le rapport final", "Alle OCMW’s / Tous les CPAS", "30/04"),
            ("2", "Archiveringsregels delen met het netwerk / Partager les règles d’archivage", "POD MI / SPP IS", "15/02"),
            ("3", "Getuigenissen van deelnemers verzamelen / Recueillir des témoignages", "OCMW Antwerpen", "31/03"),
            ("4", "Fotoreeks voor het slotevent samenstellen / Série de photos", "Yusuf Arslan", "31/03"),
            ("5", "Slotevent organiseren / Organiser l’événement de clôture", "te bepalen / à définir", "juni / juin")]
    table(d, [["#", "Actie / Action", "Eigenaar / Responsable", "Timing"]] + [list(a) for a in acts],
          widths=[0.8, 9, 4.5, 2.2])
    h(8)
    par(d, "Geen. / Néant.")
    nm = "Volgende vergadering / Prochaine réunion: dinsdag 21 april 2026 / mardi 21 avril 2026, 10:00, Gent"
    par(d, nm, bold=True)

    e = {
        "file": fn, "languages": ["nl", "fr"], "online": True, "interpretation": True, "date": "2026-01-22",
        "people": [P("Tine Janssens", "Present", "SCHOTEN"), P("Jonas Wouters", "Present", "ANTWERPEN"),
                   P("Yusuf Arslan", "Present", "GENT"), P("Laetitia Piron", "Present", "CHARLEROI"),
                   P("Julie Vandenberghe", "Present", "BRUXELLES"), P("Nadia Benali", "Present", "SPP"),
                   P("Véronique Maes", "Present", None), P("Dirk Hermans", "Present", None),
                   P("Sophie Renard", "Excused", "LIEGE"), P("Liesbeth Goossens", "Excused", "MORTSEL")],
        "agenda": [["10:00", "10:15", ag[0][1]], ["10:15", "11:00", ag[1][1]], ["11:00", "11:40", ag[2][1]],
                   ["11:40", "12:00", ag[3][1]]],
        "headings": [list(x) for x in H],
        "actions": [["CPAS", [], None, "Eindrapportering voorbereiden / Préparer le rapport final"],
                    ["SPP", [], None, "Archiveringsregels delen met het netwerk"],
                    ["CPAS", [], "ANTWERPEN", "Getuigenissen van deelnemers verzamelen"],
                    ["Network Contact", ["Yusuf Arslan"], None, "Fotoreeks voor het slotevent samenstellen"],
                    ["To Be Assigned", [], None, "Slotevent organiseren / Organiser l’événement de clôture"]],
        "next_meeting": {"date": "2026-04-21", "text": nm},
        "remarks": [rem],
    }
    return d, e


def main():
    for fn in (r337, r338, r339, r340, r341, r342, r343, r344, r345, r346):
        d, e = fn()
        d.save(os.path.join(HERE, e["file"]))
        base = e["file"][:-5]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
