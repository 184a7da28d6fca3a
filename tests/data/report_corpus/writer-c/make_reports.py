# -*- coding: utf-8 -*-
"""Generator of reports 29-38 (writer-c).

One function per report. Each function writes the .docx exactly as its secretary
would have typed it, and returns the hand-written "expected" dict for that report.
The expected dicts are written out by hand (never derived from the document).
"""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def new_doc(tagline=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if tagline:
        p = doc.add_paragraph()
        r = p.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF")
        r.italic = True
        r.font.size = Pt(9)
        p = doc.add_paragraph()
        r = p.add_run("Vers une politique de migration plus intégrée, grâce au FAMI")
        r.italic = True
        r.font.size = Pt(9)
        p = doc.add_paragraph()
        r = p.add_run("POD | Maatschappelijke Integratie")
        r.font.size = Pt(9)
        p = doc.add_paragraph()
        r = p.add_run("SPP | Intégration Sociale")
        r.font.size = Pt(9)
    return doc


def title(doc, text, size=14):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(doc, text="", bold=False, italic=False, style=None, center=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def mixed(doc, parts, style=None):
    """parts: list of (text, 'b'|'i'|'bi'|'') runs in one paragraph."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(doc, header, rows, bold_header=True):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        r = cell.paragraphs[0].add_run(h)
        r.bold = bold_header
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def save(doc, name):
    doc.save(os.path.join(OUT, name))


# ---------------------------------------------------------------- 29
def r29():
    """Liège team secretary: long narrative French, few lists, Heading 1 without numbers."""
    name = "29_liege-modactions-octobre2017.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "12 oktober 2017 – 12 octobre 2017", center=True)
    para(doc, "Maison d'activation sociale Mod'Actions, rue Général Bertrand 35, 4000 Liège", center=True)
    para(doc)
    mixed(doc, [("Présents : ", "b"),
                ("Lisa Asselman (SPP IS-MI), Johan Maekelberg (CPAS Gand), Hanne Vermeersch (CPAS Gand), "
                 "Ibrahim Aguelmin (CPAS Liège), Silvia Soares (CPAS Liège), Claudine Gbambili (CPAS Liège), "
                 "Frederic Darras (CPAS Liège), Nadia Bouzidi (CPAS de Liège), Ozlem Baslari (CPAS Charleroi), "
                 "Nauar Elfargani (CPAS Anvers), Agnès Dubus (CPAS Bruxelles))", "")])
    mixed(doc, [("Excusés : ", "b"),
                ("Mieke De Roo (CPAS Gand) ; Marc Delvaux (CPAS Charleroi) ;", "")])
    para(doc)
    para(doc, "Ordre du jour", bold=True)
    para(doc, "de 9h30 à 10h : accueil et café")
    para(doc, "de 10h à 11h30 : les modules de Mod'Actions vus de l'intérieur")
    para(doc, "de 11h30 à 12h30 : l'entretien d'admission et les trois contrats")
    para(doc, "de 13h30 à 15h : échange sur le recrutement des participants")
    para(doc, "de 15h à 15h30 : conclusions")

    doc.add_heading("Accueil et tour de table", level=1)
    para(doc, "C'est la deuxième fois que notre équipe accueille le réseau dans la maison de la rue Général "
              "Bertrand, et nous avons été heureux de revoir des visages connus autour de la grande table du rez-de-chaussée. "
              "Ibrahim Aguelmin a ouvert la matinée en rappelant que le projet Mod'Actions entame sa troisième année "
              "et que l'équipe a changé depuis la dernière visite : Nadia Bouzidi a rejoint le projet en septembre comme "
              "travailleuse sociale et animatrice, à temps plein. Chacun s'est ensuite présenté brièvement, en disant "
              "d'où il venait et ce qu'il attendait de la journée. Il n'y avait pas d'interprétation ; les collègues "
              "gantois et anversois ont eu la gentillesse de suivre en français, et Lisa Asselman a traduit quand il le fallait.")
    para(doc, "Lisa a rappelé au nom du SPP que le réseau se réunit deux à trois fois par an, à tour de rôle dans "
              "chaque CPAS, et que l'objectif reste le même : apprendre les uns des autres, sans comparer les chiffres "
              "des projets entre eux.")

    doc.add_heading("Les modules de Mod'Actions vus de l'intérieur", level=1)
    para(doc, "Plutôt que de refaire la présentation de 2016, l'équipe a choisi de raconter une semaine ordinaire. "
              "Le lundi et le jeudi matin sont consacrés à l'atelier d'activation sociale pour les personnes qui ont de "
              "très faibles compétences en français ; on y apprend à se présenter, à lire un horaire de bus, à prendre "
              "rendez-vous chez le médecin. Le mardi, Frederic Darras anime l'atelier créatif, et il a montré quelques "
              "photos de l'installation réalisée avec les participants pour la fête de quartier de Saint-Léonard. "
              "Le mercredi est réservé à l'atelier informatique, où les participants travaillent surtout le courriel, "
              "le CV et l'examen théorique du permis de conduire en ligne. Le vendredi, enfin, un petit groupe de "
              "participants plus avancés construit son projet personnel, souvent vers une formation.")
    para(doc, "Une excursion socio-culturelle est organisée chaque mois. En septembre, le groupe a visité le "
              "Parlement de Wallonie à Namur ; beaucoup de participants n'avaient jamais quitté Liège depuis leur arrivée. "
              "Silvia Soares a souligné que ces sorties sont souvent le moment où le groupe se soude vraiment.")
    para(doc, "Johan Maekelberg a demandé comment l'équipe gère les participants qui suivent plusieurs modules à la "
              "fois. La réponse de Claudine Gbambili est que l'horaire est construit avec la personne lors du bilan "
              "d'orientation, et qu'on évite de dépasser quatre demi-journées par semaine pour laisser du temps aux "
              "démarches et à la famille.")

    doc.add_heading("L'entretien d'admission et les trois contrats", level=1)
    para(doc, "Claudine Gbambili mène tous les entretiens d'admission. Elle reçoit la personne envoyée par son "
              "assistant social, parfois avec un médiateur interculturel quand la langue est un obstacle, et prend le "
              "temps d'écouter le parcours avant de parler des modules. Le bilan d'orientation qui en sort décrit les "
              "objectifs de la personne, sa motivation et les obstacles qu'elle rencontre, et propose un ou plusieurs modules.")
    para(doc, "Trois contrats sont ensuite signés : avec l'assistant social, avec Claudine, et avec le responsable de "
              "chaque module. Les règles sur le taux de présence et la ponctualité y sont écrites noir sur blanc. "
              "Agnès Dubus a trouvé l'idée intéressante pour Bruxelles, où les absences non justifiées posent problème. "
              "Claudine enverra le canevas de l'entretien d'admission et un modèle des trois contrats à Agnès Dubus "
              "et à Mieke De Roo.")

    doc.add_heading("Échange sur le recrutement", level=1)
    para(doc, "L'après-midi a été consacré au recrutement, qui reste la difficulté commune à tous les CPAS. Ozlem "
              "Baslari a expliqué qu'à Charleroi, le service a d'abord dressé une liste de plus de mille bénéficiaires "
              "potentiels avec l'observatoire local, puis demandé aux assistantes sociales de retenir ceux qui "
              "pourraient être intéressés ; une petite partie seulement vient ensuite aux séances d'information. "
              "À Anvers, Nauar Elfargani constate que les orientations dépendent beaucoup de la personne qui connaît "
              "le projet dans chaque antenne. À Gand, Hanne Vermeersch a décrit le passage de l'équipe dans les "
              "réunions de service des antennes, deux fois par an.")
    para(doc, "Tout le monde s'accorde à dire que le lien avec les antennes sociales ne se décrète pas : il faut "
              "revenir souvent, montrer des résultats concrets, et remercier les assistants sociaux qui orientent. "
              "Ibrahim Aguelmin va rassembler les affiches et dépliants de recrutement des cinq CPAS dans un seul "
              "dossier, pour que chacun puisse s'en inspirer. Les photos de la journée seront transmises à tous les "
              "participants par Silvia Soares.")

    doc.add_heading("Conclusions", level=1)
    para(doc, "Points forts :", bold=True)
    para(doc, "Les participants retiennent surtout l'accueil dans une maison plutôt que dans un bureau, la place "
              "donnée à la création, et le soin mis dans l'entretien d'admission, où les besoins de la personne passent "
              "avant les places disponibles dans les modules.")
    para(doc, "Points à améliorer :", bold=True)
    para(doc, "La communication avec les participants quand un atelier est annulé reste fragile, et l'équipe "
              "voudrait trouver un moyen plus simple que les appels un par un. La question d'un groupe WhatsApp a été "
              "posée, mais elle soulève des questions de protection des données que personne n'a pu trancher ce jour-là.")
    para(doc, "La prochaine rencontre aura lieu au CPAS de Gand, date à fixer.")
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False, "interpretation": False,
        "date": "2017-10-12",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Hanne Vermeersch", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Marc Delvaux", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["09:30", "10:00", "accueil et café"],
            ["10:00", "11:30", "les modules de Mod'Actions vus de l'intérieur"],
            ["11:30", "12:30", "l'entretien d'admission et les trois contrats"],
            ["13:30", "15:00", "échange sur le recrutement des participants"],
            ["15:00", "15:30", "conclusions"],
        ],
        "headings": [
            ["", "Accueil et tour de table"],
            ["", "Les modules de Mod'Actions vus de l'intérieur"],
            ["", "L'entretien d'admission et les trois contrats"],
            ["", "Échange sur le recrutement"],
            ["", "Conclusions"],
            ["", "Points forts :"],
            ["", "Points à améliorer :"],
        ],
        "actions": [
            ["Network Contact", ["Claudine Gbambili"], None,
             "Claudine enverra le canevas de l'entretien"],
            ["Network Contact", ["Ibrahim Aguelmin"], None,
             "Ibrahim Aguelmin va rassembler les affiches"],
            ["Network Contact", ["Silvia Soares"], None,
             "Les photos de la journée seront transmises"],
        ],
        "next_meeting": {"date": None, "text": "au CPAS de Gand, date à fixer"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 30
def r30():
    """Antwerp partner-OCMW secretary (Edegem): Dutch, Heading styles, Actiepunten table."""
    name = "30_online-corona-maart2021.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "18 maart 2021 – 18 mars 2021", center=True)
    para(doc, "Online (Microsoft Teams)", center=True)
    para(doc)
    para(doc, "Aanwezig:", bold=True)
    bullets(doc, [
        "Lisa Asselman (POD MI)",
        "Thomas Verhaegen (POD MI)",
        "Mieke De Roo (OCMW Gent)",
        "Ibrahim Laaroussi (OCMW Gent)",
        "Ibrahim Aguelmin (OCMW Luik)",
        "Ozlem Baslari (OCMW Charleroi)",
        "Céline Hautier (OCMW Binche)",
        "Nauar Elfargani (OCMW Antwerpen)",
        "Jolien Peeters (OCMW Antwerpen)",
        "Kristel Van den Broeck (OCMW Schoten)",
        "Pieter Claes (OCMW Edegem)",
        "Agnès Dubus (OCMW Brussel)",
    ])
    para(doc, "Verontschuldigd:", bold=True)
    bullets(doc, [
        "Ayşe Yildiz (OCMW Mortsel)",
        "Silvia Soares (OCMW Luik)",
    ])
    para(doc, "Opmerkingen van de OCMW's moeten nog toegevoegd worden.", italic=True)

    doc.add_heading("Agenda", level=2)
    para(doc, "10u – 10u15: Welkom en praktische afspraken")
    para(doc, "10u15 – 11u15: Stand van zaken per OCMW")
    para(doc, "11u15 – 11u45: Groepsactiviteiten en coronamaatregelen")
    para(doc, "11u45 – 12u: Varia en volgende bijeenkomst")

    doc.add_heading("1. Welkom en praktische afspraken", level=1)
    para(doc, "Lisa heet iedereen welkom. De vergadering vond online plaats via Teams; er waren twee tolken "
              "aanwezig voor simultaanvertaling Nederlands-Frans. Wie wil spreken, steekt digitaal de hand op en "
              "zet daarna de micro weer uit, zodat de tolken kunnen volgen.")

    doc.add_heading("2. Stand van zaken per OCMW", level=1)
    doc.add_heading("2.1 Gent", level=2)
    para(doc, "Mieke vertelt dat de groepsmodules sinds januari opnieuw doorgaan met maximaal 4 deelnemers en 1 "
              "begeleider. De individuele coaching loopt grotendeels telefonisch. Het aantal doorverwijzingen is "
              "gedaald, omdat de maatschappelijk werkers zelf minder huisbezoeken doen.")
    doc.add_heading("2.2 Luik", level=2)
    para(doc, "Ibrahim Aguelmin meldt dat het creatief atelier tijdelijk in twee kleine groepen van 3 + 1 "
              "werkt. De informatica-lessen gaan door in de grote zaal, met afstand tussen de computers.")
    doc.add_heading("2.3 Charleroi en Binche", level=2)
    para(doc, "Ozlem en Céline werken met dezelfde regel van 3 deelnemers + 1 begeleider. In Binche is het "
              "project pas in oktober gestart; er zijn momenteel 14 deelnemers ingeschreven.")
    doc.add_heading("2.4 Antwerpen en partner-OCMW's", level=2)
    para(doc, "Nauar en Jolien geven een overzicht voor Antwerpen. Kristel (Schoten) en Pieter (Edegem) "
              "vullen aan: in de kleinere gemeenten is het moeilijk om een groep samen te stellen, daarom worden "
              "deelnemers uit Schoten, Edegem en Mortsel sinds februari samen in Antwerpen uitgenodigd.")
    doc.add_heading("2.5 Brussel", level=2)
    para(doc, "Agnès laat weten dat de infosessies over het leven in België online gegeven worden, maar dat veel "
              "deelnemers geen laptop hebben en alleen met de smartphone kunnen volgen.")

    doc.add_heading("3. Groepsactiviteiten en coronamaatregelen", level=1)
    para(doc, "Alle OCMW's willen graag een overzicht van de regels die elk OCMW hanteert, zodat het verschil "
              "tussen 3 + 1 en 4 + 1 kan uitgelegd worden aan de deelnemers. "
              "Er wordt ook gevraagd of 6 + 1 mogelijk wordt vanaf de zomer; dat hangt af van de beslissingen "
              "van het Overlegcomité.")
    para(doc, "Sterke punten:", bold=True)
    bullets(doc, [
        "de deelnemers blijven gemotiveerd, ondanks alles;",
        "de kleine groepen geven meer ruimte voor individuele aandacht.",
    ])
    para(doc, "Werkpunten:", bold=True)
    bullets(doc, [
        "digitale toegang van de deelnemers (toestellen, data);",
        "communicatie bij afgelaste lessen.",
    ])

    doc.add_heading("4. Actiepunten", level=1)
    table(doc, ["Wat", "Wie", "Tegen wanneer"], [
        ["Tabel opstellen met de groepsregels (aantal deelnemers + begeleiders) per OCMW", "POD MI", "eind maart"],
        ["Presentatie over de online infosessies doorsturen naar alle OCMW's", "Agnès", "1 april"],
        ["Gezamenlijke uitnodiging voor deelnemers van Schoten, Edegem en Mortsel verspreiden", "OCMW Antwerpen", "15 april"],
        ["Lijst van goedkope data-abonnementen verzamelen", "nog te bepalen", "volgende bijeenkomst"],
        ["Ervaringen met telefonische coaching op papier zetten", "Mieke De Roo en Ibrahim Laaroussi", "mei"],
    ])

    doc.add_heading("5. Volgende bijeenkomst", level=1)
    para(doc, "Volgende bijeenkomst: 17 juni 2021 (online)")
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl"],
        "online": True, "interpretation": True,
        "date": "2021-03-18",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Thomas Verhaegen", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Céline Hautier", "Present", "BINCHE"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Jolien Peeters", "Present", "ANTWERPEN"],
            ["Kristel Van den Broeck", "Present", "SCHOTEN"],
            ["Pieter Claes", "Present", "EDEGEM"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Ayşe Yildiz", "Excused", "MORTSEL"],
            ["Silvia Soares", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en praktische afspraken"],
            ["10:15", "11:15", "Stand van zaken per OCMW"],
            ["11:15", "11:45", "Groepsactiviteiten en coronamaatregelen"],
            ["11:45", "12:00", "Varia en volgende bijeenkomst"],
        ],
        "headings": [
            ["1", "Welkom en praktische afspraken"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "Gent"],
            ["2.2", "Luik"],
            ["2.3", "Charleroi en Binche"],
            ["2.4", "Antwerpen en partner-OCMW's"],
            ["2.5", "Brussel"],
            ["3", "Groepsactiviteiten en coronamaatregelen"],
            ["", "Sterke punten:"],
            ["", "Werkpunten:"],
            ["4", "Actiepunten"],
            ["5", "Volgende bijeenkomst"],
        ],
        "actions": [
            ["SPP", [], None, "Tabel opstellen met de groepsregels (aantal"],
            ["Network Contact", ["Agnès Dubus"], None, "Presentatie over de online infosessies doorsturen"],
            ["CPAS", [], "ANTWERPEN", "Gezamenlijke uitnodiging voor deelnemers van Schoten"],
            ["To Be Assigned", [], None, "Lijst van goedkope data-abonnementen verzamelen"],
            ["Several Network Contacts", ["Mieke De Roo", "Ibrahim Laaroussi"], None,
             "Ervaringen met telefonische coaching op papier"],
        ],
        "next_meeting": {"date": "2021-06-17", "text": "17 juni 2021 (online)"},
        "remarks": ["Opmerkingen van de OCMW's moeten nog toegevoegd worden."],
    }


# ---------------------------------------------------------------- 31
def r31():
    """SPP intern: every paragraph FR then NL; present list as a table; Roman headings."""
    name = "31_bruxelles-bilingue-novembre2022.docx"
    doc = new_doc()
    title(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(doc, "24 novembre 2022 – 24 november 2022", center=True)
    para(doc, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – OCMW Brussel, Hoogstraat 298a, 1000 Brussel", center=True)
    para(doc)
    para(doc, "Présents / Aanwezig", bold=True)
    table(doc, ["Nom / Naam", "Organisation / Organisatie"], [
        ["Lisa Asselman", "SPP IS / POD MI"],
        ["Camille Dupont", "SPP IS / POD MI (stagiaire / stagiair)"],
        ["Johan Maekelberg", "CPAS Gand / OCMW Gent"],
        ["Hanne Vermeersch", "CPAS Gand / OCMW Gent"],
        ["Claudine Gbambili", "CPAS Liège / OCMW Luik"],
        ["Nadia Bouzidi", "CPAS Liège / OCMW Luik"],
        ["Marc Delvaux", "CPAS Charleroi"],
        ["Youssef Amrani", "CPAS Anvers / OCMW Antwerpen"],
        ["Agnès Dubus", "CPAS Bruxelles / OCMW Brussel"],
        ["Aminata Diallo", "CPAS Bruxelles / OCMW Brussel"],
        ["Koen Wouters", "Fedasil"],
    ])
    para(doc)
    mixed(doc, [("Excusés / Verontschuldigd : ", "b"),
                ("Ozlem Baslari (CPAS Charleroi), Jolien Peeters (OCMW Antwerpen)", "")])
    para(doc)

    doc.add_heading("I. Introduction – Inleiding", level=1)
    para(doc, "Agnès Dubus souhaite la bienvenue au nom du CPAS de Bruxelles. Une interprétation simultanée "
              "français-néerlandais était assurée pendant toute la journée.")
    para(doc, "Agnès Dubus heet iedereen welkom namens het OCMW Brussel. Er was de hele dag simultaanvertaling "
              "Frans-Nederlands voorzien.", italic=True)
    para(doc, "Le programme de la journée est le suivant :")
    para(doc, "Het programma van de dag ziet er als volgt uit:", italic=True)
    bullets(doc, [
        "9h30 Accueil / Onthaal",
        "10h00 Tour de table des CPAS / Stand van zaken per OCMW",
        "11h15 Les indicateurs communs du FAMI / De gemeenschappelijke AMIF-indicatoren",
        "13h30 Présentation de Fedasil / Voorstelling Fedasil",
        "15h00 Conclusions / Conclusies",
    ])

    doc.add_heading("II. Tour de table – Stand van zaken", level=1)
    para(doc, "Gand : Johan Maekelberg explique que la nouvelle programmation du fonds a démarré et que l'équipe "
              "a été renforcée par Hanne Vermeersch. Le groupe « taalactivering » compte 11 participants.")
    para(doc, "Gent: Johan Maekelberg legt uit dat de nieuwe programmatie van het fonds gestart is en dat het team "
              "versterkt werd met Hanne Vermeersch. De groep taalactivering telt 11 deelnemers.", italic=True)
    para(doc, "Liège : Claudine Gbambili signale que les entretiens d'admission sont de nouveau tous faits sur "
              "place. La liste d'attente pour l'atelier informatique est longue.")
    para(doc, "Luik: Claudine Gbambili meldt dat alle intakegesprekken opnieuw ter plaatse gebeuren. De wachtlijst "
              "voor het informatica-atelier is lang.", italic=True)
    para(doc, "Charleroi : Marc Delvaux présente les chiffres du recrutement : sur 240 personnes invitées à la "
              "séance d'information, 81 sont venues.")
    para(doc, "Charleroi: Marc Delvaux stelt de rekruteringscijfers voor: van de 240 personen die uitgenodigd "
              "werden voor de infosessie, kwamen er 81.", italic=True)
    para(doc, "Anvers : Youssef Amrani indique que les partenaires de Schoten, Edegem et Mortsel envoient "
              "désormais leurs participants vers les groupes d'Anvers.")
    para(doc, "Antwerpen: Youssef Amrani geeft aan dat de partners Schoten, Edegem en Mortsel hun deelnemers "
              "voortaan naar de Antwerpse groepen sturen.", italic=True)
    para(doc, "Bruxelles : Aminata Diallo explique que les séances « vivre en Belgique » sont données en quatre "
              "langues grâce aux médiateurs interculturels.")
    para(doc, "Brussel: Aminata Diallo legt uit dat de sessies 'leven in België' in vier talen gegeven worden, "
              "dankzij de interculturele bemiddelaars.", italic=True)

    doc.add_heading("III. Les indicateurs communs du FAMI – De gemeenschappelijke AMIF-indicatoren", level=1)
    para(doc, "Lisa Asselman présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de "
              "participants aux activités de soutien, aux cours de langue, à l'orientation civique et à "
              "l'accompagnement professionnel personnalisé ; participants qui ont progressé d'au moins un niveau "
              "du CECR ; participants qui déclarent que l'activité les a aidés à s'intégrer.")
    para(doc, "Lisa Asselman stelt de gemeenschappelijke indicatoren van verordening (EU) 2021/1147 voor: aantal "
              "deelnemers aan ondersteunende activiteiten, taalcursussen, maatschappelijke oriëntatie en "
              "persoonlijke professionele begeleiding; deelnemers die minstens één ERK-niveau gestegen zijn; "
              "deelnemers die aangeven dat de activiteit hun integratie geholpen heeft.", italic=True)
    para(doc, "Les CPAS font remarquer que seul Gand organise de véritables cours de langue ; les autres "
              "travaillent l'activation linguistique dans les ateliers.")
    para(doc, "De OCMW's merken op dat enkel Gent echte taalcursussen organiseert; de anderen werken aan "
              "taalactivering binnen de ateliers.", italic=True)
    para(doc, "Points d'attention / Aandachtspunten :", bold=True)
    para(doc, "L'enquête de satisfaction est jugée trop abstraite pour le public ; il faudrait la proposer en "
              "plus de langues.")
    para(doc, "De tevredenheidsenquête wordt te abstract bevonden voor de doelgroep; ze zou in meer talen "
              "aangeboden moeten worden.", italic=True)

    doc.add_heading("IV. Présentation de Fedasil – Voorstelling Fedasil", level=1)
    para(doc, "Koen Wouters présente l'offre de Fedasil pour les personnes qui quittent le réseau d'accueil et "
              "s'installent dans une commune.")
    para(doc, "Koen Wouters stelt het aanbod van Fedasil voor aan personen die het opvangnetwerk verlaten en zich "
              "in een gemeente vestigen.", italic=True)

    doc.add_heading("V. Actions – Actiepunten", level=1)
    bullets(doc, [
        "Le SPP envoie une fiche explicative sur les indicateurs communs à tous les CPAS.",
        "Het POD MI stuurt een toelichtingsfiche over de gemeenschappelijke indicatoren naar alle OCMW's.",
        "Aminata Diallo enverra la liste des langues dans lesquelles les séances sont proposées.",
        "Aminata Diallo zal de lijst bezorgen van de talen waarin de sessies aangeboden worden.",
        "Le CPAS de Charleroi va partager son tableau de suivi du recrutement.",
        "Het OCMW Charleroi zal zijn opvolgingstabel voor de rekrutering delen.",
        "Une version simplifiée de l'enquête de satisfaction : responsable à déterminer.",
        "Een vereenvoudigde versie van de tevredenheidsenquête: verantwoordelijke nog te bepalen.",
    ])

    doc.add_heading("VI. Prochaine rencontre – Volgende bijeenkomst", level=1)
    para(doc, "La prochaine rencontre aura lieu en mars 2023.")
    para(doc, "De volgende bijeenkomst vindt plaats in maart 2023.", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": False, "interpretation": True,
        "date": "2022-11-24",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Camille Dupont", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Hanne Vermeersch", "Present", "GENT"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "CHARLEROI"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Aminata Diallo", "Present", "BRUXELLES"],
            ["Koen Wouters", "Present", None],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
            ["Jolien Peeters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "", "Accueil / Onthaal"],
            ["10:00", "", "Tour de table des CPAS / Stand van zaken per OCMW"],
            ["11:15", "", "Les indicateurs communs du FAMI / De gemeenschappelijke AMIF-indicatoren"],
            ["13:30", "", "Présentation de Fedasil / Voorstelling Fedasil"],
            ["15:00", "", "Conclusions / Conclusies"],
        ],
        "headings": [
            ["I", "Introduction – Inleiding"],
            ["II", "Tour de table – Stand van zaken"],
            ["III", "Les indicateurs communs du FAMI – De gemeenschappelijke AMIF-indicatoren"],
            ["", "Points d'attention / Aandachtspunten :"],
            ["IV", "Présentation de Fedasil – Voorstelling Fedasil"],
            ["V", "Actions – Actiepunten"],
            ["VI", "Prochaine rencontre – Volgende bijeenkomst"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie une fiche explicative"],
            ["Network Contact", ["Aminata Diallo"], None, "Aminata Diallo enverra la liste des"],
            ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi va partager"],
            ["To Be Assigned", [], None, "Une version simplifiée de l'enquête de"],
        ],
        "next_meeting": {"date": None, "text": "en mars 2023"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 32
def r32():
    """Charleroi coordinator: 1), 2) for everything, typed by hand; bold paragraphs as headings."""
    name = "32_charleroi-activup-juin2017.docx"
    doc = new_doc()
    title(doc, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS")
    para(doc, "29 juni 2017 – 29 juin 2017", center=True)
    para(doc, "CPAS de Charleroi – Service Action Migrants, boulevard Joseph II 13, 6000 Charleroi", center=True)
    para(doc)
    para(doc, "Présents :", bold=True)
    for line in [
        "1) Lisa Asselman – SPP IS-MI",
        "2) Johan Maekelberg – CPAS Gand",
        "3) Ibrahim Laaroussi – CPAS Gand",
        "4) Ibrahim Aguelmin – CPAS Liège",
        "5) Claudine Gbambili – CPAS Liège",
        "6) Ozlem Baslari – CPAS Charleroi",
        "7) Marc Delvaux – CPAS Charleroi",
        "8) Fatima Zahra El Idrissi – CPAS Charleroi",
        "9) Nauar Elfargani – CPAS Anvers",
        "10) Agnès Dubus – CPAS Bruxelles",
    ]:
        para(doc, line)
    para(doc, "Excusés :", bold=True)
    para(doc, "1) Mieke De Roo – CPAS Gand")
    para(doc, "2) Silvia Soares – CPAS Liège")
    para(doc)
    para(doc, "Ordre du jour :", bold=True)
    for line in [
        "1) 9h30 – 10h00 : Accueil",
        "2) 10h00 – 11h00 : Le Service Action Migrants et le projet Activ'Up",
        "3) 11h00 – 12h30 : Le travail de mobilisation des participants",
        "4) 13h30 – 15h00 : Qu'avez-vous retenu du projet ? Échange",
        "5) 15h00 – 15h30 : Divers",
    ]:
        para(doc, line)
    para(doc)

    para(doc, "1) Accueil", bold=True)
    para(doc, "Marc Delvaux accueille les CPAS au nom du Président et de la direction du Service Action Migrants. "
              "Il rappelle que le service s'adresse à toute personne étrangère ou d'origine étrangère qui réside sur "
              "le territoire de Charleroi.")

    para(doc, "2) Le Service Action Migrants et le projet Activ'Up", bold=True)
    para(doc, "Ozlem Baslari présente le service. Il repose sur quatre piliers :")
    for line in [
        "1) l'accueil et l'information (Point-Info, entretiens sur le Parcours d'intégration de la Région wallonne) ;",
        "2) l'intégration et l'activation sociale (Activ'Up, cours de FLE, projets pour les enfants) ;",
        "3) la sensibilisation (séances sur les préjugés, formation en communication interculturelle pour les agents) ;",
        "4) la réflexion sur l'immigration locale (recherche-action avec l'observatoire de la cohésion sociale).",
    ]:
        para(doc, line)
    para(doc, "Le projet Activ'Up fonctionne par modules d'une année scolaire : module 1 de septembre 2015 à juin "
              "2016, module 2 de septembre 2016 à juin 2017, module 3 à partir de septembre 2017. Il comprend trois "
              "activités :")
    for line in [
        "1) du coaching individuel (un rendez-vous tous les quinze jours) et collectif (une demi-journée tous les 15 jours, 3 groupes) ;",
        "2) des activités collectives : ateliers découvertes une fois par semaine (informatique, sport, photo, mobilier en carton) et sorties socio-culturelles ;",
        "3) des séances d'information « se débrouiller en Belgique » (institutions, droits et devoirs, séjour, logement, mobilité, banque et assurances).",
    ]:
        para(doc, line)

    para(doc, "3) Le travail de mobilisation des participants", bold=True)
    para(doc, "Fatima Zahra El Idrissi explique les étapes du recrutement :")
    for line in [
        "1) présentation du projet aux directeurs, managers et travailleurs de première ligne des antennes sociales ;",
        "2) listing de plus de 1000 bénéficiaires potentiels avec l'observatoire local du CPAS ;",
        "3) sélection par les assistantes sociales : 315 personnes pour le module 1 et 199 pour le module 2 ;",
        "4) invitation à deux séances d'information : 110 personnes sur 315 (35 %) pour le module 1, 60 sur 199 (30 %) pour le module 2.",
    ]:
        para(doc, line)
    para(doc, "Johan Maekelberg demande combien de personnes sont finalement restées jusqu'à la fin du module. "
              "Les chiffres exacts ne sont pas disponibles aujourd'hui.")

    para(doc, "4) Qu'avez-vous retenu du projet ? Échange", bold=True)
    para(doc, "Ce qui marche :", bold=True)
    for line in [
        "1) le travail intensif avec le public, presque tous les jours de la semaine ;",
        "2) les liens entre les agents et les participants, et entre les participants eux-mêmes ;",
        "3) l'esprit de groupe à la fin du module ; certains participants sont prêts à aller vers l'ISP.",
    ]:
        para(doc, line)
    para(doc, "Ce qu'il faut améliorer :", bold=True)
    for line in [
        "1) la communication envers les participants (horaires qui changent, cours annulés) ;",
        "2) des horaires équilibrés entre anciens et nouveaux participants ;",
        "3) anticiper les activités, car les procédures administratives sont de plus en plus longues ;",
        "4) ne pas rendre obligatoires des activités sur des sujets sensibles comme la sexualité ou les violences conjugales.",
    ]:
        para(doc, line)

    para(doc, "5) Divers", bold=True)
    para(doc, "Nauar Elfargani propose que la prochaine rencontre porte sur l'évaluation des participants.")

    para(doc, "Actions :", bold=True)
    for line in [
        "1) La présentation PowerPoint sera envoyée à tous les CPAS par Ozlem Baslari.",
        "2) Les chiffres de fin de module 2 seront communiqués au SPP par Fatima Zahra El Idrissi.",
        "3) Le SPP va proposer un ordre du jour sur l'évaluation des participants.",
    ]:
        para(doc, line)
    para(doc)
    para(doc, "Prochaine réunion : le 19 octobre 2017 au CPAS d'Anvers.", bold=True)
    para(doc, "(Les commentaires des CPAS doivent encore être ajoutés à ce rapport.)", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False, "interpretation": False,
        "date": "2017-06-29",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Marc Delvaux", "Present", "CHARLEROI"],
            ["Fatima Zahra El Idrissi", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Silvia Soares", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil"],
            ["10:00", "11:00", "Le Service Action Migrants et le projet Activ'Up"],
            ["11:00", "12:30", "Le travail de mobilisation des participants"],
            ["13:30", "15:00", "Qu'avez-vous retenu du projet ? Échange"],
            ["15:00", "15:30", "Divers"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Le Service Action Migrants et le projet Activ'Up"],
            ["3", "Le travail de mobilisation des participants"],
            ["4", "Qu'avez-vous retenu du projet ? Échange"],
            ["", "Ce qui marche :"],
            ["", "Ce qu'il faut améliorer :"],
            ["5", "Divers"],
            ["", "Actions :"],
        ],
        "actions": [
            ["Network Contact", ["Ozlem Baslari"], None, "La présentation PowerPoint sera envoyée à"],
            ["Network Contact", ["Fatima Zahra El Idrissi"], None, "Les chiffres de fin de module"],
            ["SPP", [], None, "Le SPP va proposer un ordre"],
        ],
        "next_meeting": {"date": "2017-10-19", "text": "le 19 octobre 2017 au CPAS d'Anvers"},
        "remarks": ["(Les commentaires des CPAS doivent encore être ajoutés à ce rapport.)"],
    }


# ---------------------------------------------------------------- 33
def r33():
    """Bruxelles secretary: agenda table Heure / Sujet / Intervenant; letter headings (Heading 2)."""
    name = "33_bruxelles-evaluation-decembre2019.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "5 december 2019 – 5 décembre 2019", center=True)
    para(doc, "CPAS de Bruxelles – Salle du Conseil, rue Haute 298a, 1000 Bruxelles", center=True)
    para(doc, "Avec interprétation simultanée FR/NL", italic=True, center=True)
    para(doc)
    para(doc, "Présents :", bold=True)
    bullets(doc, [
        "Lisa Asselman, SPP IS",
        "Mieke De Roo, OCMW Gent",
        "Johan Maekelberg, OCMW Gent",
        "Silvia Soares, CPAS Liège",
        "Frederic Darras, CPAS Liège",
        "Marc Delvaux, CPAS Charleroi",
        "Céline Hautier, CPAS Binche",
        "Nauar Elfargani, Anvers",
        "Agnès Dubus, CPAS Bruxelles",
        "Pierre Lambert, CPAS Bruxelles",
        "Véronique Masset, Lire et Écrire Bruxelles",
    ])
    para(doc, "Excusés :", bold=True)
    bullets(doc, [
        "Ozlem Baslari, CPAS Charleroi",
        "Ibrahim Aguelmin, CPAS Liège",
    ])
    para(doc)
    para(doc, "Ordre du jour", bold=True)
    table(doc, ["Heure", "Sujet", "Intervenant"], [
        ["9h30 – 10h00", "Accueil et approbation du rapport du 16 mai", "Agnès Dubus"],
        ["10h00 – 11h00", "L'évaluation des participants : pratiques des CPAS", "tous les CPAS"],
        ["11h00 – 12h15", "L'enquête de satisfaction", "Lisa Asselman"],
        ["12h15", "Lunch", "–"],
        ["13h30 – 14h30", "Alphabétisation et activation sociale", "Véronique Masset"],
        ["14h30 – 15h00", "Conclusions et suite", "Pierre Lambert"],
    ])
    para(doc)

    doc.add_heading("A. Accueil", level=2)
    para(doc, "Agnès Dubus accueille le réseau dans la salle du Conseil. Deux interprètes assurent la traduction "
              "simultanée pendant toute la journée. Le rapport de la rencontre du 16 mai à Liège est approuvé sans "
              "modification.")

    doc.add_heading("B. L'évaluation des participants : pratiques des CPAS", level=2)
    para(doc, "Chaque CPAS explique comment il suit le progrès de ses participants.")
    para(doc, "Gand :", bold=True)
    para(doc, "Mieke De Roo explique que l'équipe fait un point individuel toutes les six semaines, avec le "
              "participant, à partir des objectifs fixés lors de l'intake.")
    para(doc, "Liège :", bold=True)
    para(doc, "Silvia Soares rappelle que chaque participant remplit une enquête de satisfaction par module et "
              "que le parcours de chaque personne est abordé en réunion d'équipe. Frederic Darras ajoute que, "
              "dans l'atelier créatif, l'évaluation passe surtout par l'exposition de fin d'année.")
    para(doc, "Charleroi et Binche :", bold=True)
    para(doc, "Marc Delvaux et Céline Hautier utilisent une grille commune d'observation en coaching collectif.")
    para(doc, "Anvers :", bold=True)
    para(doc, "Nauar Elfargani présente le carnet de bord que chaque participant garde pendant le trajet.")
    para(doc, "Bruxelles :", bold=True)
    para(doc, "Pierre Lambert explique que l'évaluation est faite oralement avec un médiateur interculturel, "
              "parce que beaucoup de participants ne lisent pas le français.")

    doc.add_heading("C. L'enquête de satisfaction", level=2)
    para(doc, "Lisa Asselman présente le questionnaire actuel du SPP. Les CPAS trouvent les questions trop "
              "abstraites pour le public (« dans quelle mesure l'activité a-t-elle contribué à votre autonomie ? ») "
              "et demandent une version en plus de langues, avec des pictogrammes.")
    para(doc, "Points forts :", bold=True)
    bullets(doc, ["le questionnaire est court ;", "il est le même pour tous les CPAS."])
    para(doc, "Points à améliorer :", bold=True)
    bullets(doc, ["vocabulaire trop abstrait ;", "disponible seulement en français et en néerlandais ;",
                  "pas adapté aux personnes analphabètes."])

    doc.add_heading("D. Alphabétisation et activation sociale", level=2)
    para(doc, "Véronique Masset (Lire et Écrire) présente les liens possibles entre les cours d'alphabétisation "
              "et les ateliers d'activation sociale. Elle insiste sur le temps nécessaire : une personne analphabète "
              "a souvent besoin de plusieurs années avant de lire un courrier administratif seule.")

    doc.add_heading("E. Conclusions et suite", level=2)
    para(doc, "Actions :", bold=True)
    bullets(doc, [
        "→ Lisa : proposer une version simplifiée de l'enquête de satisfaction",
        "→ Nauar Elfargani : envoyer un exemplaire vierge du carnet de bord",
        "→ CPAS de Liège : partager la grille d'évaluation de l'atelier créatif",
        "→ Marc Delvaux et Céline Hautier : transmettre la grille d'observation commune",
    ])
    para(doc)
    mixed(doc, [("Prochaine rencontre : ", "b"), ("date à fixer.", "")])
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False, "interpretation": True,
        "date": "2019-12-05",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "CHARLEROI"],
            ["Céline Hautier", "Present", "BINCHE"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Pierre Lambert", "Present", "BRUXELLES"],
            ["Véronique Masset", "Present", None],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et approbation du rapport du 16 mai"],
            ["10:00", "11:00", "L'évaluation des participants : pratiques des CPAS"],
            ["11:00", "12:15", "L'enquête de satisfaction"],
            ["12:15", "", "Lunch"],
            ["13:30", "14:30", "Alphabétisation et activation sociale"],
            ["14:30", "15:00", "Conclusions et suite"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "L'évaluation des participants : pratiques des CPAS"],
            ["", "Gand :"],
            ["", "Liège :"],
            ["", "Charleroi et Binche :"],
            ["", "Anvers :"],
            ["", "Bruxelles :"],
            ["C", "L'enquête de satisfaction"],
            ["", "Points forts :"],
            ["", "Points à améliorer :"],
            ["D", "Alphabétisation et activation sociale"],
            ["E", "Conclusions et suite"],
            ["", "Actions :"],
        ],
        "actions": [
            ["Network Contact", ["Lisa Asselman"], None, "Lisa : proposer une version simplifiée"],
            ["Network Contact", ["Nauar Elfargani"], None, "Nauar Elfargani : envoyer un exemplaire vierge"],
            ["CPAS", [], "LIEGE", "CPAS de Liège : partager la grille"],
            ["Several Network Contacts", ["Marc Delvaux", "Céline Hautier"], None,
             "Marc Delvaux et Céline Hautier : transmettre"],
        ],
        "next_meeting": {"date": None, "text": "date à fixer"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 34
def r34():
    """Liège team secretary again: narrative French, online (Zoom, said only in the text), agenda inside intro."""
    name = "34_zoom-confinement-juin2020.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "11 juni 2020 – 11 juin 2020", center=True)
    para(doc)
    mixed(doc, [("Présents : ", "b"),
                ("Lisa Asselman (SPP IS-MI), Thomas Verhaegen (SPP IS-MI), Johan Maekelberg (CPAS Gand), "
                 "Mieke De Roo (CPAS Gand), Ibrahim Aguelmin (CPAS Liège), Claudine Gbambili (CPAS Liège), "
                 "Silvia Soares (CPAS Liège), Ozlem Baslari (CPAS Charleroi), Céline Hautier (CPAS Binche), "
                 "Nauar Elfargani (CPAS Anvers), Pierre Lambert (CPAS Bruxelles)", "")])
    mixed(doc, [("Excusée : ", "b"), ("Agnès Dubus (CPAS Bruxelles)", "")])
    para(doc)

    doc.add_heading("1. Introduction", level=1)
    para(doc, "C'est la première fois depuis le début du confinement que le réseau se retrouve. La réunion s'est "
              "tenue à distance, chacun depuis son bureau ou son salon, via Zoom, et il a fallu quelques minutes "
              "pour que tout le monde trouve son micro et sa caméra. Lisa Asselman a remercié les équipes d'avoir "
              "tenu bon pendant ces trois mois très particuliers, où tous les ateliers collectifs ont dû s'arrêter "
              "du jour au lendemain. L'ordre du jour proposé comprenait quatre points :")
    bullets(doc, [
        "comment chaque CPAS a gardé le contact avec ses participants",
        "la reprise des activités de groupe",
        "les conséquences pour les chiffres du rapport annuel",
        "divers",
    ])

    doc.add_heading("2. Garder le contact pendant le confinement", level=1)
    para(doc, "À Liège, l'équipe a appelé chaque participant au moins une fois par semaine. Claudine Gbambili "
              "raconte que ces appels ont souvent dépassé le cadre du projet : beaucoup de familles avaient besoin "
              "d'aide pour comprendre les mesures, pour l'école à distance des enfants, ou simplement pour parler "
              "à quelqu'un. Silvia Soares a envoyé chaque semaine une petite vidéo en français facile, filmée dans "
              "la cuisine de la maison d'activation, et certains participants y ont répondu par des messages vocaux.")
    para(doc, "À Gand, Mieke De Roo et Johan Maekelberg ont fait le même constat : le téléphone fonctionne, la "
              "vidéo beaucoup moins, parce que la plupart des participants n'ont qu'un smartphone et peu de données "
              "mobiles. À Charleroi et à Binche, Ozlem Baslari et Céline Hautier ont déposé des colis d'activités "
              "(bricolage, exercices de français, jeux) au domicile des participants. À Anvers, Nauar Elfargani a "
              "organisé des promenades individuelles à deux, dès que cela a été permis. À Bruxelles, Pierre Lambert "
              "explique que l'équipe a surtout aidé les participants dans leurs démarches auprès du CPAS lui-même, "
              "les antennes sociales étant fermées au public.")

    doc.add_heading("3. La reprise des activités de groupe", level=1)
    para(doc, "La reprise se fera en petits groupes. À Liège et à Charleroi, la règle retenue est de trois "
              "participants et un formateur dans une même salle ; à Gand, l'équipe travaillera avec quatre "
              "participants et un accompagnateur. Tout le monde espère pouvoir passer à six plus un en septembre, "
              "mais personne ne sait encore ce qui sera permis. Les CPAS souhaitent disposer d'un aperçu commun des "
              "règles appliquées par chacun. Le tableau récapitulatif des règles sanitaires sera mis à jour chaque "
              "mois par le SPP.")
    para(doc, "Ibrahim Aguelmin a soulevé une difficulté que tous reconnaissent : les participants qui ont perdu "
              "le lien pendant trois mois ne reviendront pas d'eux-mêmes, et les assistants sociaux des antennes, "
              "débordés, n'ont pas le temps de les relancer. Un courrier commun aux directions des CPAS, pour "
              "demander que les orientations vers les projets FAMI redeviennent une priorité, sera rédigé par "
              "Ibrahim Aguelmin et Johan Maekelberg.")

    doc.add_heading("4. Les chiffres du rapport annuel", level=1)
    para(doc, "Thomas Verhaegen a expliqué que le SPP est conscient que les chiffres de 2020 seront plus bas. "
              "Les appels téléphoniques et les visites à domicile peuvent être comptés comme accompagnement "
              "individuel, à condition d'être notés dans le dossier du participant. Il enverra une note écrite "
              "avec les consignes avant la fin du mois. Céline Hautier demande si les colis d'activités peuvent "
              "aussi être comptés ; la question reste ouverte.")

    doc.add_heading("5. Divers", level=1)
    para(doc, "Nauar Elfargani suggère de consacrer une partie de la prochaine rencontre aux activités inventées "
              "pendant le confinement qui mériteraient d'être gardées. L'idée est accueillie avec "
              "enthousiasme. Nous nous reverrons en septembre, si possible en présentiel.")
    para(doc)
    para(doc, "Ce rapport doit encore être complété par les commentaires des CPAS.", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": True, "interpretation": False,
        "date": "2020-06-11",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Thomas Verhaegen", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Céline Hautier", "Present", "BINCHE"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Pierre Lambert", "Present", "BRUXELLES"],
            ["Agnès Dubus", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["", "", "comment chaque CPAS a gardé le contact avec ses participants"],
            ["", "", "la reprise des activités de groupe"],
            ["", "", "les conséquences pour les chiffres du rapport annuel"],
            ["", "", "divers"],
        ],
        "headings": [
            ["1", "Introduction"],
            ["2", "Garder le contact pendant le confinement"],
            ["3", "La reprise des activités de groupe"],
            ["4", "Les chiffres du rapport annuel"],
            ["5", "Divers"],
        ],
        "actions": [
            ["SPP", [], None, "Le tableau récapitulatif des règles sanitaires"],
            ["Several Network Contacts", ["Ibrahim Aguelmin", "Johan Maekelberg"], None,
             "Un courrier commun aux directions des"],
            ["Network Contact", ["Thomas Verhaegen"], None, "Il enverra une note écrite avec"],
        ],
        "next_meeting": {"date": None, "text": "en septembre"},
        "remarks": ["Ce rapport doit encore être complété par les commentaires des CPAS."],
    }


# ---------------------------------------------------------------- 35
def r35():
    """Antwerp partner-OCMW secretary (Mortsel hosts): Dutch first, French summary, Actiepunten table."""
    name = "35_mortsel-partners-februari2024.docx"
    doc = new_doc()
    title(doc, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS")
    para(doc, "8 februari 2024 – 8 février 2024", center=True)
    para(doc, "OCMW Mortsel, Sociaal Huis, Mortsel", center=True)
    para(doc)
    mixed(doc, [("Aanwezig: ", "b"),
                ("Lisa Asselman (POD MI); Ayşe Yildiz (OCMW Mortsel); Kristel Van den Broeck (OCMW Schoten); "
                 "Pieter Claes (OCMW Edegem); Jolien Peeters (OCMW Antwerpen); Youssef Amrani (OCMW Antwerpen); "
                 "Hanne Vermeersch (OCMW Gent); Nadia Bouzidi (CPAS Luik); Fatima Zahra El Idrissi (CPAS Charleroi); "
                 "Aminata Diallo (OCMW Brussel);", "")])
    mixed(doc, [("Afwezig met kennisgeving: ", "b"),
                ("Johan Maekelberg (OCMW Gent), Céline Hautier (CPAS Binche)", "")])
    para(doc)
    doc.add_heading("Agenda", level=2)
    para(doc, "10u: Onthaal in het Sociaal Huis")
    para(doc, "10u30: De partnerwerking Antwerpen – Schoten – Edegem – Mortsel")
    para(doc, "11u30: Meten wat we doen: de AMIF-indicatoren in de praktijk")
    para(doc, "13u30: Bezoek aan de taalcafé-werking")
    para(doc, "15u: Afspraken")

    doc.add_heading("Onthaal", level=1)
    para(doc, "Ayşe Yildiz verwelkomt de collega's in het Sociaal Huis van Mortsel. Het is de eerste keer dat "
              "een partner-OCMW het netwerk ontvangt. Er was geen tolk voorzien; de Franstalige collega's "
              "volgden in het Nederlands en Lisa vatte de belangrijkste punten telkens kort in het Frans samen.")

    doc.add_heading("De partnerwerking Antwerpen – Schoten – Edegem – Mortsel", level=1)
    para(doc, "Jolien Peeters licht toe hoe de samenwerking sinds 2021 gegroeid is. De deelnemers van de drie "
              "partnergemeenten volgen de groepsmodules in Antwerpen, maar het intakegesprek en de individuele "
              "begeleiding gebeuren in hun eigen OCMW. Kristel (Schoten) en Pieter (Edegem) benadrukken dat de "
              "verplaatsing naar Antwerpen voor sommige deelnemers een drempel blijft, vooral voor moeders met "
              "jonge kinderen.")
    para(doc, "Sterke punten:", bold=True)
    bullets(doc, [
        "de kleine OCMW's kunnen een aanbod doen dat ze alleen niet zouden kunnen organiseren;",
        "de deelnemers leren mensen uit andere gemeenten kennen;",
        "één gezamenlijke planning voor de vier OCMW's.",
    ])
    para(doc, "Werkpunten:", bold=True)
    bullets(doc, [
        "de verplaatsingskosten (De Lijn-abonnementen) zijn niet altijd voorzien;",
        "de gegevens van de deelnemers blijven eigendom van elk OCMW, wat de gezamenlijke opvolging ingewikkeld maakt.",
    ])

    doc.add_heading("Meten wat we doen: de AMIF-indicatoren in de praktijk", level=1)
    para(doc, "Lisa Asselman herhaalt welke gemeenschappelijke indicatoren het POD MI jaarlijks moet rapporteren: "
              "het aantal deelnemers aan ondersteunende activiteiten, aan taalcursussen, aan maatschappelijke "
              "oriëntatie en aan persoonlijke professionele begeleiding, het aantal deelnemers aan een taalcursus "
              "dat minstens één ERK-niveau gestegen is, en het aantal deelnemers dat aangeeft dat de activiteit hun "
              "integratie geholpen heeft.")
    para(doc, "Nadia Bouzidi en Fatima Zahra El Idrissi merken op dat hun OCMW's geen taalcursussen geven en "
              "dus ook geen ERK-niveaus meten. Hanne Vermeersch legt uit hoe Gent de niveaus laat testen door het "
              "Huis van het Nederlands. Aminata Diallo vraagt dat de vraag over 'integratie' in de "
              "tevredenheidsenquête in eenvoudiger taal en in meer talen gesteld wordt.")

    doc.add_heading("Bezoek aan de taalcafé-werking", level=1)
    para(doc, "In de namiddag bezochten we het taalcafé van het Sociaal Huis, waar vrijwilligers elke donderdag "
              "Nederlands oefenen met nieuwkomers. Een aantal deelnemers van het AMIF-project vertelde over hun "
              "ervaringen.")

    doc.add_heading("Actiepunten", level=1)
    table(doc, ["Wat", "Wie", "Tegen wanneer"], [
        ["Overzicht van de verplaatsingskosten per partner-OCMW bezorgen", "OCMW Mortsel", "1 maart 2024"],
        ["Planning van de groepsmodules voor het najaar doorsturen", "Jolien", "15 april 2024"],
        ["Eenvoudige versie van de vraag over integratie voorstellen", "Lisa Asselman", "volgende bijeenkomst"],
        ["Afspraken rond het delen van gegevens tussen partners op papier zetten", "Kristel en Pieter", "april"],
        ["Contact leggen met het Huis van het Nederlands over ERK-testen", "nog te bepalen", "–"],
    ])

    doc.add_heading("Volgende bijeenkomst", level=1)
    para(doc, "Volgende bijeenkomst: 16 mei 2024 in Gent (OCMW Gent, Onderbergen 86).")

    doc.add_heading("Résumé en français", level=1)
    para(doc, "Le CPAS de Mortsel a accueilli le réseau pour la première fois. La matinée a porté sur la "
              "collaboration entre Anvers et ses partenaires Schoten, Edegem et Mortsel : les modules collectifs ont "
              "lieu à Anvers, l'entretien d'admission et l'accompagnement individuel dans chaque CPAS. Les frais de "
              "déplacement et le partage des données entre CPAS restent des points à améliorer.")
    para(doc, "Le SPP a rappelé les indicateurs communs du FAMI. Les CPAS qui n'organisent pas de cours de langue "
              "ne mesurent pas les niveaux du CECR. La question sur l'intégration dans l'enquête de satisfaction "
              "devrait être formulée plus simplement et dans plus de langues. Les actions figurent dans le tableau "
              "ci-dessus.")
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False, "interpretation": False,
        "date": "2024-02-08",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Ayşe Yildiz", "Present", "MORTSEL"],
            ["Kristel Van den Broeck", "Present", "SCHOTEN"],
            ["Pieter Claes", "Present", "EDEGEM"],
            ["Jolien Peeters", "Present", "ANTWERPEN"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Hanne Vermeersch", "Present", "GENT"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Fatima Zahra El Idrissi", "Present", "CHARLEROI"],
            ["Aminata Diallo", "Present", "BRUXELLES"],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Céline Hautier", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "", "Onthaal in het Sociaal Huis"],
            ["10:30", "", "De partnerwerking Antwerpen – Schoten – Edegem – Mortsel"],
            ["11:30", "", "Meten wat we doen: de AMIF-indicatoren in de praktijk"],
            ["13:30", "", "Bezoek aan de taalcafé-werking"],
            ["15:00", "", "Afspraken"],
        ],
        "headings": [
            ["", "Onthaal"],
            ["", "De partnerwerking Antwerpen – Schoten – Edegem – Mortsel"],
            ["", "Sterke punten:"],
            ["", "Werkpunten:"],
            ["", "Meten wat we doen: de AMIF-indicatoren in de praktijk"],
            ["", "Bezoek aan de taalcafé-werking"],
            ["", "Actiepunten"],
            ["", "Volgende bijeenkomst"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["CPAS", [], "MORTSEL", "Overzicht van de verplaatsingskosten per partner-OCMW"],
            ["Network Contact", ["Jolien Peeters"], None, "Planning van de groepsmodules voor het"],
            ["Network Contact", ["Lisa Asselman"], None, "Eenvoudige versie van de vraag over"],
            ["Several Network Contacts", ["Kristel Van den Broeck", "Pieter Claes"], None,
             "Afspraken rond het delen van gegevens"],
            ["To Be Assigned", [], None, "Contact leggen met het Huis van"],
        ],
        "next_meeting": {"date": "2024-05-16", "text": "16 mei 2024 in Gent (OCMW Gent, Onderbergen 86)"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 36
def r36():
    """SPP intern again: FR then NL paragraphs, online with interpreters, remark before first section."""
    name = "36_teams-donnees-mai2025.docx"
    doc = new_doc()
    title(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(doc, "22 mai 2025 – 22 mei 2025", center=True)
    para(doc)
    mixed(doc, [("Présents / Aanwezig : ", "b"),
                ("Lisa Asselman (SPP IS), Sarah Lemmens (SPP IS, stagiaire), Mieke De Roo (CPAS Gand), "
                 "Hanne Vermeersch (OCMW Gent), Nadia Bouzidi (CPAS de Liège), Claudine Gbambili (CPAS de Liège), "
                 "Marc Delvaux (CPAS Charleroi), Céline Hautier (CPAS Binche), Youssef Amrani (OCMW Antwerpen), "
                 "Ayşe Yildiz (OCMW Mortsel), Pierre Lambert (CPAS Bruxelles)", "")])
    mixed(doc, [("Excusés / Verontschuldigd : ", "b"),
                ("Jolien Peeters (OCMW Antwerpen), Aminata Diallo (CPAS Bruxelles)", "")])
    para(doc)
    para(doc, "Ce rapport doit encore être complété par les commentaires des CPAS.", italic=True)
    para(doc, "Opmerkingen van de OCMW's moeten nog toegevoegd worden.", italic=True)
    para(doc)
    doc.add_heading("Ordre du jour / Agenda", level=2)
    para(doc, "10h00–10h15 : Accueil / Onthaal")
    para(doc, "10h15–11h00 : Conservation des documents et des données / Bewaring van documenten en gegevens")
    para(doc, "11h00–11h45 : Tour de table / Rondetafel")
    para(doc, "11h45–12h00 : Divers / Varia")

    doc.add_heading("1. Accueil / Onthaal", level=1)
    para(doc, "La réunion a eu lieu sur Teams, avec des interprètes français-néerlandais. Lisa Asselman souhaite "
              "la bienvenue à Sarah Lemmens, stagiaire au SPP jusqu'en août.")
    para(doc, "De vergadering vond plaats via Teams, met tolken Frans-Nederlands. Lisa Asselman verwelkomt Sarah "
              "Lemmens, stagiaire bij het POD tot augustus.", italic=True)

    doc.add_heading("2. Conservation des documents et des données / Bewaring van documenten en gegevens", level=1)
    doc.add_heading("2.1 Ce que demandent les règles / Wat de regels vragen", level=2)
    para(doc, "Lisa explique que les documents d'une opération financée par le fonds doivent être conservés cinq "
              "ans à partir du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, article 82). "
              "En même temps, le RGPD demande de ne pas garder les données personnelles plus longtemps que nécessaire, "
              "et chaque participant peut demander à voir toutes les données qui le concernent.")
    para(doc, "Lisa legt uit dat documenten van een verrichting die door het fonds gefinancierd wordt, vijf jaar "
              "bewaard moeten worden vanaf 31 december van het jaar van de laatste betaling (verordening (EU) "
              "2021/1060, artikel 82). Tegelijk vraagt de AVG om persoonsgegevens niet langer te bewaren dan nodig, "
              "en elke deelnemer kan vragen om alle gegevens over hem of haar in te kijken.", italic=True)
    doc.add_heading("2.2 Questions des CPAS / Vragen van de OCMW's", level=2)
    para(doc, "Marc Delvaux demande si les listes de présence papier doivent aussi être gardées cinq ans. "
              "Réponse : oui, ce sont des pièces justificatives. Claudine Gbambili rappelle que les bilans "
              "d'orientation contiennent des informations sensibles (santé, situation familiale) qui ne quittent "
              "jamais le CPAS de Liège.")
    para(doc, "Marc Delvaux vraagt of de papieren aanwezigheidslijsten ook vijf jaar bewaard moeten worden. "
              "Antwoord: ja, het zijn bewijsstukken. Claudine Gbambili herinnert eraan dat de oriëntatiebalansen "
              "gevoelige informatie bevatten (gezondheid, gezinssituatie) die het OCMW Luik nooit verlaat.", italic=True)
    para(doc, "Mieke De Roo souligne que le SPP ne voit jamais un participant par son nom : seuls des chiffres "
              "agrégés lui sont transmis.")
    para(doc, "Mieke De Roo benadrukt dat het POD nooit een deelnemer bij naam ziet: enkel geaggregeerde cijfers "
              "worden doorgegeven.", italic=True)

    doc.add_heading("3. Tour de table / Rondetafel", level=1)
    para(doc, "Binche et Charleroi ont lancé un nouveau groupe en avril (6 participants + 1 formatrice). Mortsel "
              "constate que les demandes d'accès aux données sont rares mais prennent beaucoup de temps.")
    para(doc, "Binche en Charleroi zijn in april met een nieuwe groep gestart (6 deelnemers + 1 begeleidster). "
              "Mortsel stelt vast dat vragen om inzage in de gegevens zeldzaam zijn, maar veel tijd vragen.", italic=True)

    doc.add_heading("4. Actions / Actiepunten", level=1)
    bullets(doc, [
        "Le SPP va rédiger une note sur les délais de conservation.",
        "Het POD MI zal een nota over de bewaartermijnen opstellen.",
        "Le CPAS de Liège partagera sa procédure pour les demandes d'accès.",
        "Het OCMW Luik deelt zijn procedure voor inzageverzoeken.",
        "Pierre Lambert et Youssef Amrani comparent leurs formulaires de consentement et présentent le résultat.",
        "Pierre Lambert en Youssef Amrani vergelijken hun toestemmingsformulieren en stellen het resultaat voor.",
        "Sarah envoie le rapport aux CPAS.",
        "Sarah stuurt het verslag door naar de OCMW's.",
    ])

    doc.add_heading("5. Prochaine rencontre / Volgende bijeenkomst", level=1)
    para(doc, "Prochaine rencontre : date à fixer.")
    para(doc, "Volgende bijeenkomst: datum nog te bepalen.", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": True, "interpretation": True,
        "date": "2025-05-22",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Sarah Lemmens", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Hanne Vermeersch", "Present", "GENT"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "CHARLEROI"],
            ["Céline Hautier", "Present", "BINCHE"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Ayşe Yildiz", "Present", "MORTSEL"],
            ["Pierre Lambert", "Present", "BRUXELLES"],
            ["Jolien Peeters", "Excused", "ANTWERPEN"],
            ["Aminata Diallo", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil / Onthaal"],
            ["10:15", "11:00", "Conservation des documents et des données / Bewaring van documenten en gegevens"],
            ["11:00", "11:45", "Tour de table / Rondetafel"],
            ["11:45", "12:00", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Accueil / Onthaal"],
            ["2", "Conservation des documents et des données / Bewaring van documenten en gegevens"],
            ["2.1", "Ce que demandent les règles / Wat de regels vragen"],
            ["2.2", "Questions des CPAS / Vragen van de OCMW's"],
            ["3", "Tour de table / Rondetafel"],
            ["4", "Actions / Actiepunten"],
            ["5", "Prochaine rencontre / Volgende bijeenkomst"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP va rédiger une note"],
            ["CPAS", [], "LIEGE", "Le CPAS de Liège partagera sa"],
            ["Several Network Contacts", ["Pierre Lambert", "Youssef Amrani"], None,
             "Pierre Lambert et Youssef Amrani comparent"],
            ["Network Contact", ["Sarah Lemmens"], None, "Sarah envoie le rapport aux CPAS."],
        ],
        "next_meeting": {"date": None, "text": "date à fixer"},
        "remarks": [
            "Ce rapport doit encore être complété par les commentaires des CPAS.",
            "Opmerkingen van de OCMW's moeten nog toegevoegd worden.",
        ],
    }


# ---------------------------------------------------------------- 37
def r37():
    """Charleroi coordinator again: 1), 2) everywhere, online (visio), agenda without times."""
    name = "37_visio-recrutement-octobre2023.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "17 oktober 2023 – 17 octobre 2023", center=True)
    para(doc, "Réunion en visio (Teams)", center=True)
    para(doc)
    para(doc, "Présents :", bold=True)
    for line in [
        "1) Lisa Asselman (SPP IS-MI)",
        "2) Thomas Verhaegen (SPP IS-MI)",
        "3) Mieke De Roo (CPAS Gand)",
        "4) Nadia Bouzidi (CPAS Liège",
        "5) Ozlem Baslari (CPAS Charleroi)",
        "6) Fatima Zahra El Idrissi (CPAS Charleroi)",
        "7) Céline Hautier (CPAS Binche)",
        "8) Youssef Amrani (CPAS Anvers)",
        "9) Pieter Claes (CPAS Edegem)",
        "10) Agnès Dubus (CPAS Bruxelles))",
    ]:
        para(doc, line)
    para(doc, "Excusés :", bold=True)
    for line in [
        "1) Hanne Vermeersch (CPAS Gand)",
        "2) Claudine Gbambili (CPAS Liège)",
        "3) Kristel Van den Broeck (CPAS Schoten)",
    ]:
        para(doc, line)
    para(doc)
    para(doc, "Ordre du jour :", bold=True)
    for line in [
        "1) Tour de table",
        "2) Le recrutement à Charleroi et à Binche : chiffres du module en cours",
        "3) Horaires et communication avec les participants",
        "4) Divers",
    ]:
        para(doc, line)
    para(doc)

    para(doc, "1) Tour de table", bold=True)
    para(doc, "1.1) Gand : Mieke De Roo annonce que deux collègues partent à la retraite ; les groupes continuent.")
    para(doc, "1.2) Liège : Nadia Bouzidi explique que l'atelier créatif prépare une exposition pour janvier.")
    para(doc, "1.3) Anvers et Edegem : Youssef Amrani et Pieter Claes signalent 9 nouveaux participants depuis septembre.")
    para(doc, "1.4) Bruxelles : Agnès Dubus indique que les séances d'information sont désormais données en arabe, "
              "en dari et en tigrinya avec les médiateurs interculturels.")

    para(doc, "2) Le recrutement à Charleroi et à Binche", bold=True)
    para(doc, "Fatima Zahra El Idrissi présente les chiffres du module 2023-2024 :")
    for line in [
        "1) 620 personnes repérées dans les listings des antennes sociales de Charleroi ;",
        "2) 188 retenues par les assistantes sociales ;",
        "3) 64 présentes à la séance d'information (34 %) ;",
        "4) 41 inscrites après l'entretien d'admission.",
    ]:
        para(doc, line)
    para(doc, "Céline Hautier ajoute les chiffres de Binche : 73 personnes invitées, 22 présentes (30 %), 15 "
              "inscrites. Binche garde la règle d'un formateur pour six participants dans les ateliers.")
    para(doc, "2.1) Ce qui marche :", bold=True)
    para(doc, "1) l'appel téléphonique la veille de la séance d'information ;")
    para(doc, "2) la présence d'un ancien participant qui témoigne.")
    para(doc, "2.2) Ce qu'il faut améliorer :", bold=True)
    para(doc, "1) les invitations écrites ne sont pas lues par une grande partie du public ;")
    para(doc, "2) le délai entre la séance d'information et le début du module est trop long (jusqu'à deux mois).")

    para(doc, "3) Horaires et communication avec les participants", bold=True)
    para(doc, "Ozlem Baslari rappelle que les horaires qui changent et les cours annulés sont la première cause "
              "d'abandon. Plusieurs CPAS utilisent maintenant des SMS groupés ; Thomas Verhaegen rappelle que les "
              "numéros de téléphone des participants sont des données personnelles qui restent au CPAS.")

    para(doc, "4) Divers", bold=True)
    para(doc, "Pas de point divers.")

    para(doc, "Actions à suivre :", bold=True)
    for line in [
        "1) Ozlem enverra le modèle de SMS de rappel à tous les CPAS.",
        "2) Le CPAS de Binche transmettra sa grille d'entretien d'admission à Mieke De Roo.",
        "3) Fatima Zahra El Idrissi et Céline Hautier vont présenter le suivi des inscrits à la prochaine réunion.",
        "4) Une fiche commune « que faire quand un cours est annulé » : à déterminer qui s'en charge.",
    ]:
        para(doc, line)
    para(doc)
    para(doc, "Prochaine réunion : 14 décembre 2023", bold=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": True, "interpretation": False,
        "date": "2023-10-17",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Thomas Verhaegen", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Fatima Zahra El Idrissi", "Present", "CHARLEROI"],
            ["Céline Hautier", "Present", "BINCHE"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Pieter Claes", "Present", "EDEGEM"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Hanne Vermeersch", "Excused", "GENT"],
            ["Claudine Gbambili", "Excused", "LIEGE"],
            ["Kristel Van den Broeck", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["", "", "Tour de table"],
            ["", "", "Le recrutement à Charleroi et à Binche : chiffres du module en cours"],
            ["", "", "Horaires et communication avec les participants"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["1", "Tour de table"],
            ["2", "Le recrutement à Charleroi et à Binche"],
            ["2.1", "Ce qui marche :"],
            ["2.2", "Ce qu'il faut améliorer :"],
            ["3", "Horaires et communication avec les participants"],
            ["4", "Divers"],
            ["", "Actions à suivre :"],
        ],
        "actions": [
            ["Network Contact", ["Ozlem Baslari"], None, "Ozlem enverra le modèle de SMS"],
            ["CPAS", [], "BINCHE", "Le CPAS de Binche transmettra sa"],
            ["Several Network Contacts", ["Fatima Zahra El Idrissi", "Céline Hautier"], None,
             "Fatima Zahra El Idrissi et Céline"],
            ["To Be Assigned", [], None, "Une fiche commune « que faire"],
        ],
        "next_meeting": {"date": "2023-12-14", "text": "14 décembre 2023"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 38
def r38():
    """Bruxelles secretary again: agenda table Heure / Sujet / Intervenant; Roman 'I –' headings; owners at the end."""
    name = "38_gand-enquete-janvier2026.docx"
    doc = new_doc()
    title(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(doc, "29 januari 2026 – 29 janvier 2026", center=True)
    para(doc, "OCMW Gent, Onderbergen 86, 9000 Gent", center=True)
    para(doc)
    para(doc, "Présents :", bold=True)
    bullets(doc, [
        "Lisa Asselman (SPP IS – POD MI)",
        "Sarah Lemmens (SPP IS – POD MI)",
        "Johan Maekelberg (OCMW Gent)",
        "Hanne Vermeersch (OCMW Gent)",
        "Ibrahim Laaroussi (OCMW Gent)",
        "Nadia Bouzidi (CPAS de Liège)",
        "Marc Delvaux (CPAS de Charleroi)",
        "Jolien Peeters (OCMW Antwerpen)",
        "Ayşe Yildiz (OCMW Mortsel)",
        "Pierre Lambert (CPAS Bruxelles)",
        "Aminata Diallo (CPAS Bruxelles)",
    ])
    para(doc, "Excusés :", bold=True)
    bullets(doc, [
        "Fatima Zahra El Idrissi (CPAS de Charleroi)",
        "Youssef Amrani (OCMW Antwerpen)",
        "Céline Hautier (CPAS Binche)",
    ])
    para(doc)
    para(doc, "Ordre du jour", bold=True)
    table(doc, ["Heure", "Sujet", "Intervenant"], [
        ["10h00", "Accueil et café", "Johan Maekelberg"],
        ["10h15 – 11h15", "Le projet gantois : taalactivering et trajets individuels", "Hanne Vermeersch, Ibrahim Laaroussi"],
        ["11h15 – 12h30", "La nouvelle enquête de satisfaction", "Aminata Diallo, Lisa Asselman"],
        ["13h30 – 14h30", "Fin de trajet : vers l'ISP et la formation", "Marc Delvaux"],
        ["14h30", "Conclusions", "Pierre Lambert"],
    ])
    para(doc)

    doc.add_heading("I – Accueil", level=1)
    para(doc, "Johan Maekelberg accueille le réseau à Gand. Les interprètes de l'OCMW Gent assurent la traduction "
              "simultanée néerlandais-français tout au long de la journée.")

    doc.add_heading("II – Le projet gantois", level=1)
    para(doc, "Hanne Vermeersch présente le trajet gantois : après l'intake, chaque participant suit un groupe de "
              "taalactivering deux matinées par semaine et voit son accompagnateur toutes les deux semaines. Ibrahim "
              "Laaroussi explique que les trajets durent souvent plus de six mois et que la moitié des participants "
              "passent ensuite vers un cours de néerlandais ou une formation.")
    para(doc, "Les collègues retiennent la façon dont l'équipe gantoise prépare la fin du trajet, avec un entretien "
              "de clôture où le participant relit ses objectifs de départ.")

    doc.add_heading("III – La nouvelle enquête de satisfaction", level=1)
    para(doc, "Aminata Diallo et Lisa Asselman présentent la version simplifiée de l'enquête, demandée depuis "
              "2019 : six questions, des pictogrammes, et une traduction en arabe, dari, pachto, tigrinya, "
              "ukrainien et anglais. La question sur l'intégration est désormais formulée ainsi : « Est-ce que ce "
              "projet vous aide dans votre vie en Belgique ? ».")
    para(doc, "Points forts :", bold=True)
    bullets(doc, ["compréhensible par des personnes qui lisent peu ;", "même questionnaire dans les cinq CPAS."])
    para(doc, "Points à améliorer :", bold=True)
    bullets(doc, ["la version papier reste nécessaire ;", "le résultat doit pouvoir être compté pour l'indicateur du FAMI."])

    doc.add_heading("IV – Fin de trajet : vers l'ISP et la formation", level=1)
    para(doc, "Marc Delvaux présente les passerelles entre Activ'Up et le service d'insertion socio-professionnelle "
              "du CPAS de Charleroi. Jolien Peeters et Ayşe Yildiz expliquent que, dans les petites communes, la "
              "sortie se fait plutôt vers le bénévolat ou les cours de néerlandais.")

    doc.add_heading("V – Conclusions et actions", level=1)
    para(doc, "Actions :", bold=True)
    bullets(doc, [
        "La version définitive de l'enquête sera envoyée aux CPAS par Lisa Asselman.",
        "Les traductions en pachto et en ukrainien seront relues par le CPAS de Bruxelles.",
        "La grille de l'entretien de clôture sera partagée par Hanne.",
        "Un test de l'enquête dans chaque CPAS sera organisé par Sarah Lemmens et Pierre Lambert.",
    ])
    para(doc)
    mixed(doc, [("Prochaine rencontre : ", "b"), ("le 23 avril 2026 au CPAS de Charleroi.", "")])
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False, "interpretation": True,
        "date": "2026-01-29",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Sarah Lemmens", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Hanne Vermeersch", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Nadia Bouzidi", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "CHARLEROI"],
            ["Jolien Peeters", "Present", "ANTWERPEN"],
            ["Ayşe Yildiz", "Present", "MORTSEL"],
            ["Pierre Lambert", "Present", "BRUXELLES"],
            ["Aminata Diallo", "Present", "BRUXELLES"],
            ["Fatima Zahra El Idrissi", "Excused", "CHARLEROI"],
            ["Youssef Amrani", "Excused", "ANTWERPEN"],
            ["Céline Hautier", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "", "Accueil et café"],
            ["10:15", "11:15", "Le projet gantois : taalactivering et trajets individuels"],
            ["11:15", "12:30", "La nouvelle enquête de satisfaction"],
            ["13:30", "14:30", "Fin de trajet : vers l'ISP et la formation"],
            ["14:30", "", "Conclusions"],
        ],
        "headings": [
            ["I", "Accueil"],
            ["II", "Le projet gantois"],
            ["III", "La nouvelle enquête de satisfaction"],
            ["", "Points forts :"],
            ["", "Points à améliorer :"],
            ["IV", "Fin de trajet : vers l'ISP et la formation"],
            ["V", "Conclusions et actions"],
            ["", "Actions :"],
        ],
        "actions": [
            ["Network Contact", ["Lisa Asselman"], None, "La version définitive de l'enquête sera"],
            ["CPAS", [], "BRUXELLES", "Les traductions en pachto et en"],
            ["Network Contact", ["Hanne Vermeersch"], None, "La grille de l'entretien de clôture"],
            ["Several Network Contacts", ["Sarah Lemmens", "Pierre Lambert"], None,
             "Un test de l'enquête dans chaque"],
        ],
        "next_meeting": {"date": "2026-04-23", "text": "le 23 avril 2026 au CPAS de Charleroi"},
        "remarks": [],
    }


# ---------------------------------------------------------------- main
REPORTS = [r29, r30, r31, r32, r33, r34, r35, r36, r37, r38]

if __name__ == "__main__":
    for fn in REPORTS:
        exp = fn()
        base = exp["file"][:-len(".docx")]
        with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("written", exp["file"])
