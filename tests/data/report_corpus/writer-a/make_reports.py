#!/usr/bin/env python3
"""Generates reports 01-14 of writer-a (network meeting reports of the AMIF/FAMI CPAS network).

One function per report; the text is written out in full. The expected content of each report
is kept as a literal dictionary beside its function (EXPECTED_NN) and written to
NN_slug.expected.json. Run: python3 make_reports.py
"""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, style=None, align=None, size=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def mixed(d, parts, style=None, align=None):
    """parts: list of (text, fmt) with fmt in '', 'b', 'i', 'bi', 'u'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
    if align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        if isinstance(it, (list, tuple)):
            mixed(d, it, style=style)
        else:
            d.add_paragraph(it, style=style)


def table(d, rows, header=None, style="Table Grid", bold_header=True):
    ncols = len(rows[0]) if rows else len(header)
    t = d.add_table(rows=0, cols=ncols)
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for i, h in enumerate(header):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(h)
            r.bold = bold_header
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def spp_header(d, where="header"):
    """The SPP tagline block, either in the Word page header or at the top of the body."""
    lines = [(TAG_NL, True), (TAG_FR, True), ("POD | Maatschappelijke Integratie", False),
             ("SPP | Intégration Sociale", False)]
    if where == "header":
        hdr = d.sections[0].header
        hp = hdr.paragraphs[0]
        hp.text = ""
        r = hp.add_run(TAG_NL + "\n" + TAG_FR)
        r.italic = True
        r.font.size = Pt(8)
        hp2 = hdr.add_paragraph()
        r2 = hp2.add_run("POD | Maatschappelijke Integratie – SPP | Intégration Sociale")
        r2.font.size = Pt(8)
        r2.bold = True
        hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        for text, it in lines:
            para(d, text, italic=it, size=9, align="right")
        para(d)


def save(d, name, expected):
    d.save(os.path.join(OUT, name))
    assert expected["file"] == name
    base = name[:-5]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ===================================================================== 01
# SPP francophone coordinator (Nathalie Degrève), Charleroi hosts, French only, Roman numerals,
# agenda under its own heading with "10h00–10h30 : titre" lines, final "Actions" list.
def report_01():
    d = new_doc("Calibri", 11)
    spp_header(d, "header")
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16, align="center")
    para(d, "FAMI – 20 oktober 2016 – 20 octobre 2016", bold=True, align="center")
    para(d, "CPAS de Charleroi – Service Action Migrants, Charleroi", italic=True, align="center")
    para(d)
    mixed(d, [("Présents : ", "b"),
              ("Nathalie Degrève (SPP IS), Lisa Asselman (SPP IS-MI), Johan Maekelberg (CPAS Gand), "
               "Mieke De Roo (CPAS Gand), Ibrahim Aguelmin (CPAS Liège), Silvia Soares (CPAS Liège), "
               "Ozlem Baslari (CPAS Charleroi), Grégory Mathieu (CPAS Charleroi), Caroline Hanotiau "
               "(CPAS Binche), Nauar Elfargani (CPAS Anvers), Agnès Dubus (CPAS Bruxelles)", "")])
    mixed(d, [("Excusés : ", "b"),
              ("Katrien Peeters (OCMW Antwerpen), Claudine Gbambili (CPAS Liège)", "")])
    para(d)
    para(d, "Ordre du jour", bold=True, size=12)
    for line in ["10h00–10h30 : Accueil et tour de table",
                 "10h30–11h30 : Présentation du projet Activ'Up du CPAS de Charleroi",
                 "11h30–12h30 : État des lieux des projets FAMI dans chaque CPAS",
                 "12h30–13h30 : Lunch",
                 "13h30–15h00 : Échange sur le recrutement des participants",
                 "15h00–15h30 : Conclusions et prochaine rencontre"]:
        para(d, line)
    para(d)
    d.add_heading("I. Accueil et tour de table", level=1)
    para(d, "Ozlem Baslari accueille les participants au nom du CPAS de Charleroi et du Service Action "
            "Migrants. Il s'agit de la deuxième rencontre du réseau depuis le lancement des projets FAMI. "
            "Chaque participant se présente brièvement : fonction au sein du CPAS, rôle dans le projet et "
            "ancienneté. Nathalie Degrève rappelle l'objectif des rencontres : apprendre les uns des autres, "
            "comparer les méthodes et faire remonter au SPP les difficultés rencontrées sur le terrain.",
         align="justify")
    d.add_heading("II. Présentation du projet Activ'Up", level=1)
    para(d, "Grégory Mathieu présente le projet Activ'Up. Le projet fonctionne par modules, de septembre "
            "à juin. Il repose sur trois axes : un coaching individuel (une fois toutes les deux semaines), "
            "des activités collectives (ateliers découvertes, séances d'information, sorties "
            "socio-culturelles une fois par mois) et un suivi social sur rendez-vous.", align="justify")
    para(d, "Les séances d'information portent sur ce qu'il faut savoir pour « se débrouiller en "
            "Belgique » : les institutions, les droits et devoirs, les droits sociaux, le droit de séjour, "
            "la mobilité, le logement, la banque et les assurances. Les participants d'Activ'Up sont "
            "prioritaires pour les cours de FLE organisés par le Service Action Migrants.", align="justify")
    para(d, "Caroline Hanotiau explique que le CPAS de Binche a rejoint le projet comme partenaire ; "
            "quelques participants binchois suivent déjà les ateliers à Charleroi.",
         align="justify")
    d.add_heading("III. État des lieux par CPAS", level=1)
    mixed(d, [("Gand : ", "b"), ("le projet a démarré en septembre. Vingt-deux participants sont inscrits. "
                                  "Les médiateurs interculturels jouent le rôle d'interprètes sociaux lors "
                                  "des entretiens d'admission.", "")])
    mixed(d, [("Liège : ", "b"), ("le projet Mod' Actions est en place ; chaque nouveau client passe par "
                                   "une analyse des besoins en entretien individuel. L'équipe cherche encore "
                                   "un local pour l'atelier informatique.", "")])
    mixed(d, [("Charleroi : ", "b"), ("voir point II.", "")])
    mixed(d, [("Anvers : ", "b"), ("le recrutement a pris du retard à cause d'un changement de "
                                    "coordinateur ; les premières activités collectives commencent en "
                                    "novembre.", "")])
    mixed(d, [("Bruxelles : ", "b"), ("Agnès Dubus signale que les assistants sociaux des antennes "
                                       "connaissaient mal le projet ; une présentation a été faite dans "
                                       "chaque antenne en septembre.", "")])
    d.add_heading("IV. Échange sur le recrutement", level=1)
    para(d, "Tous les CPAS constatent que le recrutement passe par les assistants sociaux des antennes et "
            "que ceux-ci manquent de temps. Charleroi a créé, avec son observatoire local, une liste de "
            "bénéficiaires potentiels et organise des séances d'information collectives. Gand insiste sur "
            "l'importance d'un premier contact individuel, dans la langue du client si possible. "
            "Le groupe s'accorde sur l'intérêt de partager les outils d'entretien d'admission.",
         align="justify")
    d.add_heading("V. Actions", level=1)
    bullets(d, ["Ozlem Baslari enverra la présentation d'Activ'Up à tous les CPAS.",
                "Le SPP prépare un modèle commun de fiche projet pour la prochaine rencontre.",
                "Le CPAS de Gand transmettra sa grille d'entretien d'admission à Liège et à Bruxelles."])
    d.add_heading("VI. Prochaine rencontre", level=1)
    para(d, "La prochaine rencontre aura lieu le 14 mars 2017 au CPAS de Gand.")
    save(d, "01_charleroi-activup-2016.docx", EXPECTED_01)


EXPECTED_01 = {
    "file": "01_charleroi-activup-2016.docx",
    "languages": ["fr"],
    "online": False, "interpretation": False,
    "date": "2016-10-20",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Lisa Asselman", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Mieke De Roo", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Silvia Soares", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Grégory Mathieu", "Present", "CHARLEROI"],
        ["Caroline Hanotiau", "Present", "BINCHE"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Katrien Peeters", "Excused", "ANTWERPEN"],
        ["Claudine Gbambili", "Excused", "LIEGE"],
    ],
    "agenda": [
        ["10:00", "10:30", "Accueil et tour de table"],
        ["10:30", "11:30", "Présentation du projet Activ'Up du CPAS de Charleroi"],
        ["11:30", "12:30", "État des lieux des projets FAMI dans chaque CPAS"],
        ["12:30", "13:30", "Lunch"],
        ["13:30", "15:00", "Échange sur le recrutement des participants"],
        ["15:00", "15:30", "Conclusions et prochaine rencontre"],
    ],
    "headings": [
        ["I", "Accueil et tour de table"],
        ["II", "Présentation du projet Activ'Up"],
        ["III", "État des lieux par CPAS"],
        ["IV", "Échange sur le recrutement"],
        ["V", "Actions"],
        ["VI", "Prochaine rencontre"],
    ],
    "actions": [
        ["Network Contact", ["Ozlem Baslari"], None, "Ozlem Baslari enverra la présentation d'Activ'Up"],
        ["SPP", [], None, "Le SPP prépare un modèle commun"],
        ["CPAS", [], "GENT", "Le CPAS de Gand transmettra sa"],
    ],
    "next_meeting": {"date": "2017-03-14",
                     "text": "La prochaine rencontre aura lieu le 14 mars 2017 au CPAS de Gand."},
    "remarks": [],
}


# ===================================================================== 02
# SPP, Gent hosts, fully bilingual NL first then FR, Word Heading styles with Arabic numbers and
# 3.1-style sub-headings, people in ONE table with a status column, agenda "10u – 10u30: titel".
def report_02():
    d = new_doc("Arial", 10)
    spp_header(d, "body")
    d.add_heading("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", level=0)
    para(d, "14 maart 2017 – 14 mars 2017", bold=True)
    para(d, "OCMW Gent, Onderbergen 86, 9000 Gent")
    para(d)
    para(d, "Aanwezigen / Participants", bold=True)
    table(d, [
        ["Lisa Asselman", "POD MI", "aanwezig / présente"],
        ["Nathalie Degrève", "POD MI – SPP IS", "aanwezig / présente"],
        ["Johan Maekelberg", "OCMW Gent", "aanwezig / présent"],
        ["Mieke De Roo", "OCMW Gent", "aanwezig / présente"],
        ["Ibrahim Laaroussi", "OCMW Gent", "aanwezig / présent"],
        ["Hanne Claeys", "OCMW Gent", "aanwezig / présente"],
        ["Ibrahim Aguelmin", "OCMW Luik", "aanwezig / présent"],
        ["Claudine Gbambili", "OCMW Luik", "aanwezig / présente"],
        ["Ozlem Baslari", "OCMW Charleroi", "aanwezig / présente"],
        ["Grégory Mathieu", "OCMW Charleroi", "verontschuldigd / excusé"],
        ["Nauar Elfargani", "OCMW Antwerpen", "aanwezig / présent"],
        ["Katrien Peeters", "OCMW Antwerpen", "aanwezig / présente"],
        ["Rachid Benali", "OCMW Brussel", "aanwezig / présent"],
        ["Agnès Dubus", "OCMW Brussel", "verontschuldigd / excusée"],
    ], header=["Naam / Nom", "Organisatie / Organisation", ""])
    para(d)
    para(d, "Agenda / Ordre du jour", bold=True)
    for line in ["10u – 10u30: Onthaal en koffie / Accueil et café",
                 "10u30 – 11u30: Voorstelling project OCMW Gent / Présentation du projet du CPAS de Gand",
                 "11u30 – 12u30: Stand van zaken per OCMW / État des lieux par CPAS",
                 "12u30 – 13u30: Lunch",
                 "13u30 – 15u: Brainstorm tevredenheidsenquête / Brainstorm enquête de satisfaction"]:
        para(d, line)
    d.add_heading("1. Verwelkoming – Accueil", level=1)
    para(d, "Johan Maekelberg verwelkomt de collega's in de gebouwen van OCMW Gent. Hij stelt kort de "
            "dienst voor en het team dat het AMIF-project uitvoert: een coördinator, twee trajectbegeleiders "
            "en twee intercultureel bemiddelaars.")
    para(d, "Johan Maekelberg accueille les collègues dans les locaux du CPAS de Gand. Il présente "
            "brièvement le service et l'équipe qui porte le projet FAMI : un coordinateur, deux "
            "accompagnateurs de trajet et deux médiateurs interculturels.", italic=True)
    d.add_heading("2. Voorstelling van het project van OCMW Gent – Présentation du projet du CPAS de Gand",
                  level=1)
    para(d, "Mieke De Roo licht het traject toe. Elke deelnemer heeft eerst een intakegesprek met een "
            "trajectbegeleider, zo nodig met een intercultureel bemiddelaar als sociaal tolk. Daarna volgt "
            "een wekelijks groepsaanbod rond taalactivering en een individuele begeleiding om de twee weken. "
            "Ibrahim Laaroussi toont voorbeelden van oefeningen voor deelnemers die niet of weinig "
            "gealfabetiseerd zijn.")
    para(d, "Mieke De Roo explique le trajet. Chaque participant a d'abord un entretien d'admission avec un "
            "accompagnateur, si nécessaire avec un médiateur interculturel comme interprète social. Suit une "
            "offre collective hebdomadaire d'activation linguistique et un accompagnement individuel toutes "
            "les deux semaines. Ibrahim Laaroussi montre des exemples d'exercices pour les participants peu "
            "ou pas alphabétisés.", italic=True)
    d.add_heading("3. Stand van zaken per OCMW – État des lieux par CPAS", level=1)
    d.add_heading("3.1 Luik – Liège", level=2)
    para(d, "Het team werkt met drie contracten per deelnemer. Er zijn momenteel 34 deelnemers.")
    para(d, "L'équipe travaille avec trois contrats par participant. Il y a actuellement 34 participants.",
         italic=True)
    d.add_heading("3.2 Charleroi", level=2)
    para(d, "Module 2 loopt. Van de 199 uitgenodigde personen kwamen er 60 naar de infosessie.")
    para(d, "Le module 2 est en cours. Sur 199 personnes invitées, 60 sont venues à la séance "
            "d'information.", italic=True)
    d.add_heading("3.3 Antwerpen – Anvers", level=2)
    para(d, "De partnergemeenten Schoten, Edegem en Mortsel sturen sinds januari ook deelnemers door.")
    para(d, "Les communes partenaires Schoten, Edegem et Mortsel envoient aussi des participants depuis "
            "janvier.", italic=True)
    d.add_heading("3.4 Brussel – Bruxelles", level=2)
    para(d, "Rachid Benali meldt dat de infosessies in de sociale antennes goed onthaald werden.")
    para(d, "Rachid Benali signale que les séances d'information dans les antennes sociales ont été bien "
            "accueillies.", italic=True)
    d.add_heading("4. Brainstorm: tevredenheidsenquête – Brainstorm : enquête de satisfaction", level=1)
    para(d, "Alle OCMW's vinden de huidige tevredenheidsenquête te abstract voor de doelgroep. Voorstellen: "
            "pictogrammen gebruiken, de vragen mondeling overlopen met een tolk, en de vragenlijst "
            "vertalen naar het Arabisch, Dari, Tigrinya en Engels.")
    para(d, "Tous les CPAS trouvent l'enquête de satisfaction actuelle trop abstraite pour le public. "
            "Propositions : utiliser des pictogrammes, parcourir les questions oralement avec un interprète "
            "et traduire le questionnaire en arabe, dari, tigrigna et anglais.", italic=True)
    d.add_heading("5. Actiepunten – Points d'action", level=1)
    bullets(d, [
        "Mieke De Roo stuurt de vragenlijst van OCMW Gent door naar alle partners. / Mieke De Roo "
        "transmet le questionnaire du CPAS de Gand à tous les partenaires.",
        "Het POD MI zal tegen juni een vereenvoudigde versie van de enquête bezorgen. / Le SPP fournira "
        "une version simplifiée de l'enquête d'ici juin.",
        "Ibrahim en Claudine (OCMW Luik) zetten hun werkwijze met de drie contracten op papier. / Ibrahim "
        "et Claudine (CPAS de Liège) mettent par écrit leur méthode des trois contrats.",
    ])
    d.add_heading("6. Volgende bijeenkomst – Prochaine rencontre", level=1)
    para(d, "29 juni 2017 in Charleroi – 29 juin 2017 à Charleroi")
    save(d, "02_gent-bilingue-2017.docx", EXPECTED_02)


EXPECTED_02 = {
    "file": "02_gent-bilingue-2017.docx",
    "languages": ["nl", "fr"],
    "online": False, "interpretation": False,
    "date": "2017-03-14",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Mieke De Roo", "Present", "GENT"],
        ["Ibrahim Laaroussi", "Present", "GENT"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Grégory Mathieu", "Excused", "CHARLEROI"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Rachid Benali", "Present", "BRUXELLES"],
        ["Agnès Dubus", "Excused", "BRUXELLES"],
    ],
    "agenda": [
        ["10:00", "10:30", "Onthaal en koffie / Accueil et café"],
        ["10:30", "11:30", "Voorstelling project OCMW Gent / Présentation du projet du CPAS de Gand"],
        ["11:30", "12:30", "Stand van zaken per OCMW / État des lieux par CPAS"],
        ["12:30", "13:30", "Lunch"],
        ["13:30", "15:00", "Brainstorm tevredenheidsenquête / Brainstorm enquête de satisfaction"],
    ],
    "headings": [
        ["1", "Verwelkoming – Accueil"],
        ["2", "Voorstelling van het project van OCMW Gent – Présentation du projet du CPAS de Gand"],
        ["3", "Stand van zaken per OCMW – État des lieux par CPAS"],
        ["3.1", "Luik – Liège"],
        ["3.2", "Charleroi"],
        ["3.3", "Antwerpen – Anvers"],
        ["3.4", "Brussel – Bruxelles"],
        ["4", "Brainstorm: tevredenheidsenquête – Brainstorm : enquête de satisfaction"],
        ["5", "Actiepunten – Points d'action"],
        ["6", "Volgende bijeenkomst – Prochaine rencontre"],
    ],
    "actions": [
        ["Network Contact", ["Mieke De Roo"], None, "Mieke De Roo stuurt de vragenlijst"],
        ["SPP", [], None, "Het POD MI zal tegen juni"],
        ["Several Network Contacts", ["Ibrahim Aguelmin", "Claudine Gbambili"], None,
         "Ibrahim en Claudine (OCMW Luik) zetten"],
    ],
    "next_meeting": {"date": "2017-06-29", "text": "29 juni 2017 in Charleroi – 29 juin 2017 à Charleroi"},
    "remarks": [],
}


# ===================================================================== 03
# Charleroi team secretary (Fabienne Lejeune), French only, no numbering at all, bold normal
# paragraphs as headings, agenda as a bullet list inside the introduction (no times), actions
# inside the text, next meeting only a month.
def report_03():
    d = new_doc("Times New Roman", 12)
    para(d, "CPAS CHARLEROI – Service Action Migrants", bold=True, size=10)
    para(d, TAG_FR, italic=True, size=9)
    para(d)
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=14)
    para(d, "29 juin 2017 – 29 juni 2017", bold=True)
    para(d, "Lieu : CPAS de Charleroi, salle du 3e étage")
    para(d)
    para(d, "Présents :", bold=True)
    bullets(d, ["Lisa Asselman, SPP Intégration Sociale",
                "Nathalie Degrève, SPP Intégration Sociale",
                "Mieke De Roo, CPAS de Gand",
                "Hanne Claeys, CPAS de Gand",
                "Ibrahim Aguelmin, CPAS de Liège",
                "Silvia Soares, CPAS de Liège",
                "Ozlem Baslari, CPAS de Charleroi",
                "Fabienne Lejeune, CPAS de Charleroi",
                "Yasmina Chaouki, CPAS de Charleroi",
                "Didier Wauters, CPAS de Binche",
                "Samira El Idrissi, CPAS d'Anvers",
                "Agnès Dubus, CPAS de Bruxelles"])
    mixed(d, [("Excusés : ", "b"), ("Johan Maekelberg (Gand), Nauar Elfargani (Anvers)", "")])
    para(d)
    para(d, "Introduction", bold=True)
    para(d, "Ozlem Baslari ouvre la rencontre et remercie les CPAS d'avoir fait le déplacement. "
            "Elle rappelle que le module 2 d'Activ'Up se termine ce mois-ci et que le module 3 commencera "
            "en septembre 2017. La matinée est consacrée à notre bilan ; l'après-midi aux retours des autres "
            "CPAS. Au programme :", align="justify")
    bullets(d, ["présentation du Service Action Migrants et du projet Activ'Up",
                "bilan du recrutement pour les modules 1 et 2",
                "retour des CPAS partenaires",
                "divers"])
    para(d, "Présentation d'Activ'Up : bilan des modules 1 et 2", bold=True)
    para(d, "Le Service Action Migrants s'adresse à toute personne étrangère ou d'origine étrangère qui "
            "réside sur le territoire de Charleroi. Ses objectifs sont l'accueil, l'information, "
            "l'intégration et l'activation sociale. Activ'Up en est le projet principal : coaching "
            "individuel tous les quinze jours, coaching collectif (trois groupes, une demi-journée tous les "
            "quinze jours), ateliers découvertes une fois par semaine (informatique, sport, photo, médias, "
            "mobilier en carton) et séances d'information « se débrouiller en Belgique ».",
         align="justify")
    para(d, "Yasmina Chaouki montre un exemple de semaine type : FLE le lundi et le mercredi (subside PCS), "
            "atelier carton et atelier informatique le mardi, séance d'information le jeudi, coaching "
            "collectif le vendredi. Le suivi social se fait sur rendez-vous.", align="justify")
    para(d, "Le recrutement : un travail de mobilisation", bold=True)
    para(d, "Un listing de bénéficiaires potentiels a été créé avec l'observatoire local du CPAS : plus de "
            "1000 personnes répertoriées pour les modules 1 et 2. Les assistantes sociales en ont retenu 315 "
            "pour le module 1 et 199 pour le module 2. Ces personnes ont été invitées à deux séances "
            "d'information : 110 sur 315 sont venues pour le module 1 (35 %), 60 sur 199 pour le module 2 "
            "(30 %).", align="justify")
    para(d, "Lisa Asselman demande si ces chiffres peuvent servir d'exemple pour les autres CPAS. "
            "Fabienne enverra les chiffres détaillés du recrutement au SPP pour la fin juillet.",
         align="justify")
    para(d, "Retour des autres CPAS", bold=True)
    para(d, "Les CPAS présents ont été invités à dire ce qu'ils retiennent de l'expérience de Charleroi.",
         align="justify")
    para(d, "Points forts :", bold=True)
    bullets(d, ["le travail intensif avec le public, presque tous les jours de la semaine ;",
                "les liens qui se créent entre agents et participants, et entre participants ;",
                "l'esprit de groupe à la fin du module, certains étant prêts à aller vers l'ISP."])
    para(d, "Points à améliorer :", bold=True)
    bullets(d, ["la communication envers les participants (horaires qui changent, cours annulés) ;",
                "des horaires équilibrés entre anciens et nouveaux participants ;",
                "anticiper les activités, car les procédures administratives sont de plus en plus longues ;",
                "ne pas imposer d'activités obligatoires sur des sujets sensibles (sexualité, violences "
                "conjugales)."])
    para(d, "Samira El Idrissi trouve l'exemple de semaine très parlant. Le CPAS d'Anvers va partager son "
            "horaire hebdomadaire avec Charleroi, pour comparer la place laissée aux cours de langue. "
            "Didier Wauters souligne que les participants binchois ont du mal à venir tous les jours à "
            "Charleroi (coût et durée du trajet).", align="justify")
    para(d, "Divers et prochaine rencontre", bold=True)
    para(d, "Plusieurs CPAS demandent l'enquête de satisfaction dans d'autres langues. La traduction de "
            "l'enquête en arabe et en dari sera prise en charge par un CPAS encore à déterminer.",
         align="justify")
    para(d, "La prochaine rencontre aura lieu en octobre, à Liège (date à confirmer).")
    para(d)
    para(d, "Rapport : Fabienne Lejeune", italic=True, size=10)
    save(d, "03_charleroi-bilan-modules-2017.docx", EXPECTED_03)


EXPECTED_03 = {
    "file": "03_charleroi-bilan-modules-2017.docx",
    "languages": ["fr"],
    "online": False, "interpretation": False,
    "date": "2017-06-29",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Mieke De Roo", "Present", "GENT"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Silvia Soares", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Yasmina Chaouki", "Present", "CHARLEROI"],
        ["Didier Wauters", "Present", "BINCHE"],
        ["Samira El Idrissi", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Johan Maekelberg", "Excused", "GENT"],
        ["Nauar Elfargani", "Excused", "ANTWERPEN"],
    ],
    "agenda": [
        ["", "", "présentation du Service Action Migrants et du projet Activ'Up"],
        ["", "", "bilan du recrutement pour les modules 1 et 2"],
        ["", "", "retour des CPAS partenaires"],
        ["", "", "divers"],
    ],
    "headings": [
        ["", "Introduction"],
        ["", "Présentation d'Activ'Up : bilan des modules 1 et 2"],
        ["", "Le recrutement : un travail de mobilisation"],
        ["", "Retour des autres CPAS"],
        ["", "Points forts"],
        ["", "Points à améliorer"],
        ["", "Divers et prochaine rencontre"],
    ],
    "actions": [
        ["Network Contact", ["Fabienne Lejeune"], None, "Fabienne enverra les chiffres détaillés du"],
        ["CPAS", [], "ANTWERPEN", "Le CPAS d'Anvers va partager son"],
        ["To Be Assigned", [], None, "La traduction de l'enquête en arabe"],
    ],
    "next_meeting": {"date": None,
                     "text": "La prochaine rencontre aura lieu en octobre, à Liège (date à confirmer)."},
    "remarks": [],
}


# ===================================================================== 04
# Liège team secretary (Aurélie Henrard), French only, "1)" numbering as bold paragraphs,
# agenda as "de 9h30 à 10h :" lines, italic 'still to be completed' remark before the first
# section, stray punctuation in the present list, next meeting "date à fixer".
def report_04():
    d = new_doc("Calibri", 11)
    para(d, "CPAS de Liège – Projet Mod' Actions (FAMI)", size=9, color="555555")
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    para(d, "8 februari 2018 – 8 février 2018")
    para(d, "CPAS de Liège, place Saint-Jacques 13, 4000 Liège")
    para(d)
    mixed(d, [("Présents : ", "bu"),
              ("Lisa Asselman (SPP IS-MI) ; Nathalie Degrève (SPP IS) ; Johan Maekelberg (CPAS Gand) ; "
               "Elif Yilmaz (CPAS Gand) ; Ibrahim Aguelmin (CPAS Liège) ; Claudine Gbambili (CPAS Liège ; "
               "Frederic Darras (CPAS Liège) ; Aurélie Henrard (CPAS Liège) ; Ozlem Baslari (CPAS "
               "Charleroi) ; Nauar Elfargani (CPAS Anvers) ; Agnès Dubus (CPAS Bruxelles)) ;", "")])
    mixed(d, [("Excusés : ", "bu"),
              ("Mieke De Roo (CPAS Gand) ; Fabienne Lejeune (CPAS Charleroi) ;", "")])
    para(d)
    para(d, "Ordre du jour :", bold=True)
    for line in ["de 9h30 à 10h : accueil et café",
                 "de 10h à 11h : les trois contrats (AS, entretien d'admission, module)",
                 "de 11h à 12h15 : l'atelier créatif, projection du film de Frederic Darras",
                 "de 12h15 à 13h15 : repas à la ferme du CPAS",
                 "de 13h15 à 15h : tour de table et divers"]:
        para(d, line)
    para(d)
    para(d, "Ce rapport doit encore être complété par les commentaires des CPAS.", italic=True)
    para(d)
    para(d, "1) Accueil", bold=True)
    para(d, "Ibrahim Aguelmin souhaite la bienvenue aux participants et présente l'organigramme du "
            "département. Le projet Mod' Actions collabore étroitement avec les antennes sociales et, "
            "depuis peu, avec une association qui accompagne des victimes de la traite des êtres humains.",
         align="justify")
    para(d, "2) Les trois contrats : retour d'expérience", bold=True)
    para(d, "Claudine Gbambili, qui mène les entretiens d'admission, explique le système des trois "
            "contrats signés par chaque participant : un contrat avec le travailleur social, un deuxième "
            "avec elle lors de l'entretien d'admission, un troisième avec le responsable de chaque module "
            "suivi. Les règles sur le taux de présence et la ponctualité y sont fixées. Après trois absences "
            "non justifiées, un entretien est prévu avec l'AS.", align="justify")
    para(d, "Johan Maekelberg demande si trois contrats ne sont pas trop lourds pour des personnes peu "
            "alphabétisées. Claudine répond que les contrats sont lus à voix haute et, si nécessaire, "
            "expliqués par un interprète. Le CPAS de Gand travaille avec un seul contrat et une charte "
            "illustrée. Claudine enverra le modèle de contrat d'admission à tous les CPAS.", align="justify")
    para(d, "3) Atelier créatif et film de Frederic Darras", bold=True)
    para(d, "Frederic Darras, artiste, anime l'atelier créatif. Son film montre les participants au travail "
            "et la façon dont ils prennent confiance en eux au fil des semaines. Les CPAS souhaitent pouvoir "
            "le montrer à leurs équipes. Le film sera envoyé par Frederic Darras via un lien de "
            "téléchargement.", align="justify")
    para(d, "Le repas est offert à la ferme du CPAS, un lieu calme où les participants peuvent rencontrer "
            "d'autres usagers. Ozlem Baslari demande si ce type de frais peut entrer dans le budget FAMI. "
            "Le SPP vérifie si les frais de repas peuvent être imputés au FAMI et revient vers les CPAS.",
         align="justify")
    para(d, "4) Tour de table des CPAS", bold=True)
    mixed(d, [("Gand – ", "b"), ("Elif Yilmaz présente le nouveau groupe du soir pour les personnes qui "
                                  "travaillent à temps partiel.", "")])
    mixed(d, [("Charleroi – ", "b"), ("Module 3 en cours, 41 participants ; Binche envoie quatre "
                                       "personnes.", "")])
    mixed(d, [("Anvers – ", "b"), ("Nauar Elfargani signale des difficultés avec les partenaires de "
                                    "Schoten et Mortsel pour l'envoi des fiches de présence.", "")])
    mixed(d, [("Bruxelles – ", "b"), ("Agnès Dubus présentera le bilan d'orientation du CPAS de "
                                       "Bruxelles lors de la prochaine rencontre.", "")])
    para(d, "5) Divers", bold=True)
    para(d, "Plusieurs CPAS trouvent le calendrier des rapports intermédiaires trop serré.")
    para(d, "Prochaine réunion : date à fixer (probablement à Bruxelles, au printemps).", italic=False)
    save(d, "04_liege-trois-contrats-2018.docx", EXPECTED_04)


EXPECTED_04 = {
    "file": "04_liege-trois-contrats-2018.docx",
    "languages": ["fr"],
    "online": False, "interpretation": False,
    "date": "2018-02-08",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Elif Yilmaz", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Frederic Darras", "Present", "LIEGE"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Mieke De Roo", "Excused", "GENT"],
        ["Fabienne Lejeune", "Excused", "CHARLEROI"],
    ],
    "agenda": [
        ["09:30", "10:00", "accueil et café"],
        ["10:00", "11:00", "les trois contrats (AS, entretien d'admission, module)"],
        ["11:00", "12:15", "l'atelier créatif, projection du film de Frederic Darras"],
        ["12:15", "13:15", "repas à la ferme du CPAS"],
        ["13:15", "15:00", "tour de table et divers"],
    ],
    "headings": [
        ["1", "Accueil"],
        ["2", "Les trois contrats : retour d'expérience"],
        ["3", "Atelier créatif et film de Frederic Darras"],
        ["4", "Tour de table des CPAS"],
        ["5", "Divers"],
    ],
    "actions": [
        ["Network Contact", ["Claudine Gbambili"], None, "Claudine enverra le modèle de contrat"],
        ["Network Contact", ["Frederic Darras"], None, "Le film sera envoyé par Frederic"],
        ["SPP", [], None, "Le SPP vérifie si les frais"],
        ["Network Contact", ["Agnès Dubus"], None, "Agnès Dubus présentera le bilan d'orientation"],
    ],
    "next_meeting": {"date": None,
                     "text": "Prochaine réunion : date à fixer (probablement à Bruxelles, au printemps)."},
    "remarks": ["Ce rapport doit encore être complété par les commentaires des CPAS."],
}


# ===================================================================== 05
# Bruxelles coordinator (Agnès Dubus), Bruxelles hosts, French only, letter headings (A., B.),
# agenda as a table with start times only, people as bullets, owners CPAS / SPP / à déterminer.
def report_05():
    d = new_doc("Calibri", 11)
    para(d, "CPAS de Bruxelles – Département Action sociale – Cellule FAMI", size=9, align="right")
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15)
    para(d, "22 novembre 2018 – 22 november 2018", bold=True)
    para(d, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle du Conseil")
    para(d)
    para(d, "Présents :", bold=True)
    bullets(d, ["Nathalie Degrève – SPP IS",
                "Pieter Vanhoutte – POD MI",
                "Johan Maekelberg – OCMW Gent",
                "Ibrahim Laaroussi – OCMW Gent",
                "Silvia Soares – CPAS de Liège",
                "Claudine Gbambili – CPAS de Liège",
                "Ozlem Baslari – CPAS de Charleroi",
                "Katrien Peeters – OCMW Antwerpen",
                "Samira El Idrissi – OCMW Antwerpen",
                "Agnès Dubus – CPAS de Bruxelles",
                "Rachid Benali – CPAS de Bruxelles",
                "Oana Popescu – CPAS de Bruxelles",
                "Jeroen Smets – Fedasil (invité)"])
    para(d, "Excusés :", bold=True)
    bullets(d, ["Lisa Asselman – SPP IS-MI", "Ibrahim Aguelmin – CPAS de Liège"])
    para(d)
    para(d, "Ordre du jour", bold=True)
    table(d, [["9h30", "Accueil"],
              ["10h00", "Présentation du bilan d'orientation (CPAS de Bruxelles)"],
              ["11h00", "Fedasil : du centre d'accueil au CPAS"],
              ["12h00", "Lunch"],
              ["13h00", "Tour de table des CPAS"],
              ["14h30", "Clôture"]], header=["Heure", "Point"])
    para(d)
    d.add_heading("A. Accueil par le CPAS de Bruxelles", level=1)
    para(d, "Agnès Dubus accueille le réseau au siège du CPAS. Elle remercie Jeroen Smets (Fedasil) "
            "d'avoir accepté l'invitation : plusieurs CPAS avaient demandé lors de la dernière rencontre "
            "de mieux comprendre le passage des personnes d'un centre d'accueil vers le CPAS.",
         align="justify")
    d.add_heading("B. Le bilan d'orientation à Bruxelles", level=1)
    para(d, "Rachid Benali et Oana Popescu présentent l'outil de bilan d'orientation utilisé depuis "
            "janvier. Le bilan est fait en deux entretiens : le premier sur le parcours de la personne "
            "(pays d'origine, scolarité, expérience professionnelle, langues parlées), le second sur les "
            "objectifs, la motivation et les obstacles (santé, garde d'enfants, logement). À la fin du "
            "second entretien, le participant et l'intervenant choisissent ensemble les modules.",
         align="justify")
    para(d, "Oana Popescu insiste sur le rôle des médiateurs interculturels : sans eux, une partie du "
            "public ne pourrait pas s'exprimer sur ses objectifs. Le CPAS fait appel à un service "
            "d'interprétariat social pour les langues qui ne sont pas couvertes par l'équipe.",
         align="justify")
    para(d, "Points forts :", bold=True)
    bullets(d, ["un outil court, lisible, qui suit la personne tout au long du trajet ;",
                "le choix des modules fait avec le participant et non pour lui."])
    para(d, "Points à améliorer :", bold=True)
    bullets(d, ["le délai entre la demande de l'AS et le premier entretien (parfois six semaines) ;",
                "le bilan n'est pas encore traduit en néerlandais pour les collègues bruxellois "
                "néerlandophones."])
    d.add_heading("C. Fedasil : du centre d'accueil au CPAS", level=1)
    para(d, "Jeroen Smets explique le trajet d'accueil et le moment de la sortie du centre. Les personnes "
            "reconnues ont deux mois pour trouver un logement ; beaucoup arrivent au CPAS sans connaître "
            "les services de la commune. Il propose que les CPAS du réseau soient mieux connus des "
            "assistants sociaux des centres.", align="justify")
    d.add_heading("D. Tour de table", level=1)
    para(d, "Gand : le groupe du soir fonctionne bien, douze participants réguliers. Liège : le film de "
            "l'atelier créatif a été montré aux antennes sociales, avec un effet visible sur le nombre "
            "d'orientations. Charleroi : le module 3 se termine en juin ; la question de la suite du projet "
            "après 2019 inquiète l'équipe. Anvers : un groupe de femmes a démarré en septembre, avec une "
            "garderie sur place.", align="justify")
    d.add_heading("E. Actions", level=1)
    bullets(d, ["Le CPAS de Bruxelles enverra sa grille de bilan d'orientation aux autres CPAS.",
                "Le SPP demandera à Fedasil une liste de contacts par centre d'accueil.",
                "Samira et Katrien partageront leur expérience du groupe de femmes à la prochaine "
                "rencontre.",
                "Organisation d'une formation commune sur l'interprétariat social : à déterminer."])
    d.add_heading("F. Prochaine réunion", level=1)
    para(d, "La prochaine rencontre aura lieu le 21 mars 2019 à Anvers.")
    para(d)
    para(d, "A. Dubus – coordinatrice FAMI, CPAS de Bruxelles", italic=True, size=9)
    save(d, "05_bruxelles-bilan-orientation-2018.docx", EXPECTED_05)


EXPECTED_05 = {
    "file": "05_bruxelles-bilan-orientation-2018.docx",
    "languages": ["fr"],
    "online": False, "interpretation": False,
    "date": "2018-11-22",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Ibrahim Laaroussi", "Present", "GENT"],
        ["Silvia Soares", "Present", "LIEGE"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Samira El Idrissi", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Rachid Benali", "Present", "BRUXELLES"],
        ["Oana Popescu", "Present", "BRUXELLES"],
        ["Jeroen Smets", "Present", None],
        ["Lisa Asselman", "Excused", "SPP"],
        ["Ibrahim Aguelmin", "Excused", "LIEGE"],
    ],
    "agenda": [
        ["09:30", "", "Accueil"],
        ["10:00", "", "Présentation du bilan d'orientation (CPAS de Bruxelles)"],
        ["11:00", "", "Fedasil : du centre d'accueil au CPAS"],
        ["12:00", "", "Lunch"],
        ["13:00", "", "Tour de table des CPAS"],
        ["14:30", "", "Clôture"],
    ],
    "headings": [
        ["A", "Accueil par le CPAS de Bruxelles"],
        ["B", "Le bilan d'orientation à Bruxelles"],
        ["", "Points forts"],
        ["", "Points à améliorer"],
        ["C", "Fedasil : du centre d'accueil au CPAS"],
        ["D", "Tour de table"],
        ["E", "Actions"],
        ["F", "Prochaine réunion"],
    ],
    "actions": [
        ["CPAS", [], "BRUXELLES", "Le CPAS de Bruxelles enverra sa"],
        ["SPP", [], None, "Le SPP demandera à Fedasil une"],
        ["Several Network Contacts", ["Samira El Idrissi", "Katrien Peeters"], None,
         "Samira et Katrien partageront leur expérience"],
        ["To Be Assigned", [], None, "Organisation d'une formation commune sur"],
    ],
    "next_meeting": {"date": "2019-03-21",
                     "text": "La prochaine rencontre aura lieu le 21 mars 2019 à Anvers."},
    "remarks": [],
}


# ===================================================================== 06
# SPP (bilingual version), Antwerpen hosts with Schoten, Edegem, Mortsel; Dutch first then
# French; Roman numerals "I –"; the same people in an "Aanwezig" line and a "Présents" line;
# agenda inside the introduction as bullets with start times only; arrow bullets for actions.
def report_06():
    d = new_doc("Calibri", 11)
    spp_header(d, "header")
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16)
    para(d, "21 maart 2019 – 21 mars 2019", bold=True)
    para(d, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen")
    para(d)
    mixed(d, [("Aanwezig: ", "b"),
              ("Lisa Asselman (POD MI), Nathalie Degrève (POD MI), Mieke De Roo (OCMW Gent), Ibrahim "
               "Laaroussi (OCMW Gent), Silvia Soares (OCMW Luik), Ozlem Baslari (OCMW Charleroi), "
               "Nauar Elfargani (OCMW Antwerpen), Bart Van den Broeck (OCMW Antwerpen), Samira El "
               "Idrissi (OCMW Antwerpen), Tom Verheyen (OCMW Schoten), Liesbeth Janssens (OCMW Edegem), "
               "An Goossens (OCMW Mortsel), Agnès Dubus (OCMW Brussel)", "")])
    mixed(d, [("Verontschuldigd: ", "b"), ("Katrien Peeters (OCMW Antwerpen), Claudine Gbambili "
                                            "(OCMW Luik)", "")])
    mixed(d, [("Présents : ", "b"),
              ("Lisa Asselman (SPP IS), Nathalie Degrève (SPP IS), Mieke De Roo (CPAS de Gand), Ibrahim "
               "Laaroussi (CPAS de Gand), Silvia Soares (CPAS de Liège), Ozlem Baslari (CPAS de "
               "Charleroi), Nauar Elfargani (CPAS d'Anvers), Bart Van den Broeck (CPAS d'Anvers), Samira "
               "El Idrissi (CPAS d'Anvers), Tom Verheyen (CPAS de Schoten), Liesbeth Janssens (CPAS "
               "d'Edegem), An Goossens (CPAS de Mortsel), Agnès Dubus (CPAS de Bruxelles)", "")])
    mixed(d, [("Excusés : ", "b"), ("Katrien Peeters (CPAS d'Anvers), Claudine Gbambili (CPAS de "
                                     "Liège)", "")])
    para(d)
    d.add_heading("I – Verwelkoming en inleiding / Accueil et introduction", level=1)
    para(d, "Nauar Elfargani verwelkomt de OCMW's in Antwerpen, samen met de collega's van de "
            "partnergemeenten Schoten, Edegem en Mortsel. Het programma van de dag:")
    bullets(d, ["9u30: onthaal / accueil",
                "10u: voorstelling OCMW Antwerpen en partnergemeenten / présentation du CPAS d'Anvers "
                "et des communes partenaires",
                "11u15: stand van zaken per OCMW / état des lieux par CPAS",
                "13u30: sterktes en werkpunten / points forts et points à améliorer"])
    para(d, "Nauar Elfargani accueille les CPAS à Anvers, avec les collègues des communes partenaires "
            "Schoten, Edegem et Mortsel. Le programme de la journée figure ci-dessus.", italic=True)
    d.add_heading("II – Het project van OCMW Antwerpen en de partners / Le projet du CPAS d'Anvers et "
                  "de ses partenaires", level=1)
    para(d, "Bart Van den Broeck stelt het project voor. Antwerpen werkt met een centraal team dat "
            "groepsactiviteiten organiseert; de partnergemeenten doen de toeleiding en de individuele "
            "opvolging. Tom Verheyen (Schoten) en Liesbeth Janssens (Edegem) vertellen hoe ze deelnemers "
            "selecteren: vooral mensen die al lang leefloon krijgen en weinig buitenkomen. An Goossens "
            "(Mortsel) toont de folder in eenvoudig Nederlands die ze met deelnemers hebben gemaakt.",
         align="justify")
    para(d, "Bart Van den Broeck présente le projet. Anvers travaille avec une équipe centrale qui "
            "organise les activités collectives ; les communes partenaires s'occupent de l'orientation et "
            "du suivi individuel. Tom Verheyen (Schoten) et Liesbeth Janssens (Edegem) expliquent comment "
            "ils sélectionnent les participants : surtout des personnes qui perçoivent le revenu "
            "d'intégration depuis longtemps et sortent peu. An Goossens (Mortsel) montre le dépliant en "
            "néerlandais simplifié réalisé avec des participants.", italic=True, align="justify")
    d.add_heading("III – Stand van zaken / État des lieux", level=1)
    para(d, "Gent: 48 deelnemers, de avondgroep blijft lopen. Luik: nieuwe lokalen in de rue Général "
            "Bertrand vanaf april. Charleroi: de toekomst van het project na 2019 is nog onzeker. Brussel: "
            "de oriëntatiebalans wordt nu ook in het Nederlands gebruikt.", align="justify")
    para(d, "Gand : 48 participants, le groupe du soir continue. Liège : nouveaux locaux rue Général "
            "Bertrand à partir d'avril. Charleroi : l'avenir du projet après 2019 reste incertain. "
            "Bruxelles : le bilan d'orientation est désormais aussi utilisé en néerlandais.",
         italic=True, align="justify")
    d.add_heading("IV – Sterktes en werkpunten / Points forts et points à améliorer", level=1)
    para(d, "Sterktes / Points forts:", bold=True)
    bullets(d, ["nabijheid van de partnergemeenten / la proximité des communes partenaires",
                "de groep vrouwen met kinderopvang ter plaatse / le groupe de femmes avec garderie sur "
                "place"])
    para(d, "Werkpunten / Points à améliorer:", bold=True)
    bullets(d, ["aanwezigheidslijsten komen laat binnen / les listes de présence arrivent tard",
                "verplaatsingen tussen gemeenten zijn duur voor deelnemers / les déplacements entre "
                "communes coûtent cher aux participants"])
    d.add_heading("V – Afspraken / Accords", level=1)
    bullets(d, ["→ Bart: doorsturen van de presentatie naar alle OCMW's / envoi de la présentation à tous "
                "les CPAS",
                "→ OCMW Mortsel zal de folder in eenvoudig Nederlands bezorgen aan de andere partners / le "
                "CPAS de Mortsel fournira le dépliant aux autres partenaires",
                "→ Het POD MI stuurt de nieuwe rapporteringstemplate door vóór eind april / le SPP envoie "
                "le nouveau modèle de rapport avant fin avril"])
    d.add_heading("VI – Volgende bijeenkomst / Prochaine rencontre", level=1)
    para(d, "16 mei 2019 in Luik – 16 mai 2019 à Liège")
    save(d, "06_antwerpen-partners-2019.docx", EXPECTED_06)


EXPECTED_06 = {
    "file": "06_antwerpen-partners-2019.docx",
    "languages": ["nl", "fr"],
    "online": False, "interpretation": False,
    "date": "2019-03-21",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Mieke De Roo", "Present", "GENT"],
        ["Ibrahim Laaroussi", "Present", "GENT"],
        ["Silvia Soares", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Bart Van den Broeck", "Present", "ANTWERPEN"],
        ["Samira El Idrissi", "Present", "ANTWERPEN"],
        ["Tom Verheyen", "Present", "SCHOTEN"],
        ["Liesbeth Janssens", "Present", "EDEGEM"],
        ["An Goossens", "Present", "MORTSEL"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Katrien Peeters", "Excused", "ANTWERPEN"],
        ["Claudine Gbambili", "Excused", "LIEGE"],
    ],
    "agenda": [
        ["09:30", "", "onthaal / accueil"],
        ["10:00", "", "voorstelling OCMW Antwerpen en partnergemeenten / présentation du CPAS d'Anvers "
                      "et des communes partenaires"],
        ["11:15", "", "stand van zaken per OCMW / état des lieux par CPAS"],
        ["13:30", "", "sterktes en werkpunten / points forts et points à améliorer"],
    ],
    "headings": [
        ["I", "Verwelkoming en inleiding / Accueil et introduction"],
        ["II", "Het project van OCMW Antwerpen en de partners / Le projet du CPAS d'Anvers et de ses "
               "partenaires"],
        ["III", "Stand van zaken / État des lieux"],
        ["IV", "Sterktes en werkpunten / Points forts et points à améliorer"],
        ["", "Sterktes / Points forts"],
        ["", "Werkpunten / Points à améliorer"],
        ["V", "Afspraken / Accords"],
        ["VI", "Volgende bijeenkomst / Prochaine rencontre"],
    ],
    "actions": [
        ["Network Contact", ["Bart Van den Broeck"], None, "Bart: doorsturen van de presentatie"],
        ["CPAS", [], "MORTSEL", "OCMW Mortsel zal de folder in"],
        ["SPP", [], None, "Het POD MI stuurt de nieuwe"],
    ],
    "next_meeting": {"date": "2019-05-16", "text": "16 mei 2019 in Luik – 16 mai 2019 à Liège"},
    "remarks": [],
}


# ===================================================================== 07
# SPP francophone coordinator, online (Teams) with simultaneous interpretation stated in the
# header, French body, Arabic numbers with 2.1-style sub-sections (Word headings), people as
# bullets, italic remark before the first section, arrow bullets for actions, next meeting a month.
def report_07():
    d = new_doc("Calibri", 11)
    spp_header(d, "header")
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16, align="center")
    para(d, "12 mei 2020 – 12 mai 2020", bold=True, align="center")
    para(d, "Réunion en ligne (Microsoft Teams) – interprétation simultanée FR/NL", align="center")
    para(d)
    para(d, "Présents :", bold=True)
    bullets(d, ["Nathalie Degrève (SPP IS)",
                "Lisa Asselman (SPP IS-MI)",
                "Karima Bouzidi (SPP IS)",
                "Johan Maekelberg (CPAS Gand)",
                "Mieke De Roo (CPAS Gand)",
                "Ibrahim Aguelmin (CPAS Liège)",
                "Claudine Gbambili (CPAS Liège)",
                "Ozlem Baslari (CPAS Charleroi)",
                "Yasmina Chaouki (CPAS Charleroi)",
                "Caroline Hanotiau (CPAS Binche)",
                "Nauar Elfargani (CPAS Anvers)",
                "Samira El Idrissi (CPAS Anvers)",
                "Agnès Dubus (CPAS Bruxelles)",
                "Oana Popescu (CPAS Bruxelles)"])
    para(d, "Excusés :", bold=True)
    bullets(d, ["Bart Van den Broeck (CPAS Anvers)", "Rachid Benali (CPAS Bruxelles)"])
    para(d)
    para(d, "Ordre du jour", bold=True)
    for line in ["10h00 – 10h20 : Introduction et consignes pour la réunion en ligne",
                 "10h20 – 11h30 : Tour des CPAS : le projet pendant le confinement",
                 "11h30 – 12h00 : Reprise des activités de groupe : règles par CPAS",
                 "12h00 – 12h30 : Questions au SPP (éligibilité des dépenses, rapportage)"]:
        para(d, line)
    para(d)
    para(d, "Les remarques des CPAS doivent encore être ajoutées à ce projet de rapport.", italic=True)
    d.add_heading("1. Introduction", level=1)
    para(d, "Nathalie Degrève ouvre la réunion, la première du réseau organisée entièrement à distance. "
            "Les interprètes assurent la traduction simultanée du français vers le néerlandais et "
            "inversement ; chacun est invité à choisir son canal de langue, à couper son micro et à "
            "demander la parole dans la conversation. Le SPP remercie les équipes pour le travail fourni "
            "depuis le 16 mars : la plupart des participants n'ont plus vu leur accompagnateur en personne "
            "depuis deux mois.", align="justify")
    d.add_heading("2. Tour des CPAS : le projet pendant le confinement", level=1)
    d.add_heading("2.1 Gand", level=2)
    para(d, "L'équipe appelle chaque participant une fois par semaine. Les médiateurs interculturels "
            "traduisent les mesures sanitaires et les diffusent par messages vocaux. Mieke De Roo signale "
            "que beaucoup de participants n'ont pas de données mobiles suffisantes ; le CPAS a distribué "
            "des cartes prépayées. Les cours de langue ont repris le 11 mai en petits groupes "
            "(4 participants + 1 formateur).", align="justify")
    d.add_heading("2.2 Liège", level=2)
    para(d, "Le suivi individuel continue par téléphone. Claudine Gbambili a réalisé six entretiens "
            "d'admission par vidéo, avec difficulté : il est compliqué d'évaluer le niveau de langue à "
            "distance. L'atelier créatif a continué sous forme de « défis » envoyés par WhatsApp. Pour "
            "la reprise des groupes, Liège applique la règle 3 participants + 1 formateur.", align="justify")
    d.add_heading("2.3 Charleroi et Binche", level=2)
    para(d, "Yasmina Chaouki explique que le module en cours a été prolongé jusqu'à fin août. Le CPAS de "
            "Charleroi applique également la règle 3 + 1. Caroline Hanotiau indique que les participants "
            "de Binche ne peuvent plus se rendre à Charleroi ; une petite salle a été trouvée à Binche "
            "pour des séances d'information.", align="justify")
    d.add_heading("2.4 Anvers", level=2)
    para(d, "Les partenaires de Schoten, Edegem et Mortsel continuent le suivi par téléphone. Le groupe de "
            "femmes est à l'arrêt, faute de garderie. Nauar Elfargani demande si des tablettes peuvent "
            "être achetées sur le budget FAMI.", align="justify")
    d.add_heading("2.5 Bruxelles", level=2)
    para(d, "Oana Popescu présente une série de capsules vidéo en plusieurs langues sur les règles du "
            "confinement, les droits sociaux pendant la crise et l'accès aux soins. Elles pourraient servir "
            "aux autres CPAS.", align="justify")
    d.add_heading("3. Reprise des activités de groupe", level=1)
    para(d, "Les règles diffèrent d'un CPAS à l'autre : 3 participants + 1 formateur à Charleroi et à "
            "Liège, 4 + 1 à Gand, pas encore de décision à Anvers et à Bruxelles. Le SPP n'impose pas de "
            "règle commune : chaque CPAS suit les consignes de sa commune et de sa région. Les CPAS "
            "souhaitent néanmoins pouvoir comparer leurs règles à chaque rencontre.", align="justify")
    d.add_heading("4. Questions au SPP", level=1)
    para(d, "Karima Bouzidi répond aux questions financières. Les frais de communication (cartes "
            "prépayées, abonnements) sont éligibles s'ils sont liés au suivi des participants. L'achat de "
            "tablettes est possible si elles restent la propriété du CPAS et sont prêtées. Le rapport "
            "intermédiaire est reporté de quatre semaines.", align="justify")
    d.add_heading("5. Actions", level=1)
    bullets(d, ["→ Oana Popescu : envoyer les liens vers les capsules vidéo à tous les CPAS",
                "→ SPP : confirmer par écrit les règles d'éligibilité pour les tablettes",
                "→ Chaque CPAS : communiquer sa règle de reprise des groupes avant le 1er juin",
                "→ Claudine et Mieke : partager leurs trucs pour les entretiens d'admission à distance"])
    d.add_heading("6. Prochaine réunion", level=1)
    para(d, "En septembre, en ligne ou à Bruxelles selon la situation sanitaire.")
    save(d, "07_teams-confinement-2020.docx", EXPECTED_07)


EXPECTED_07 = {
    "file": "07_teams-confinement-2020.docx",
    "languages": ["fr"],
    "online": True, "interpretation": True,
    "date": "2020-05-12",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Lisa Asselman", "Present", "SPP"],
        ["Karima Bouzidi", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Mieke De Roo", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Yasmina Chaouki", "Present", "CHARLEROI"],
        ["Caroline Hanotiau", "Present", "BINCHE"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Samira El Idrissi", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Oana Popescu", "Present", "BRUXELLES"],
        ["Bart Van den Broeck", "Excused", "ANTWERPEN"],
        ["Rachid Benali", "Excused", "BRUXELLES"],
    ],
    "agenda": [
        ["10:00", "10:20", "Introduction et consignes pour la réunion en ligne"],
        ["10:20", "11:30", "Tour des CPAS : le projet pendant le confinement"],
        ["11:30", "12:00", "Reprise des activités de groupe : règles par CPAS"],
        ["12:00", "12:30", "Questions au SPP (éligibilité des dépenses, rapportage)"],
    ],
    "headings": [
        ["1", "Introduction"],
        ["2", "Tour des CPAS : le projet pendant le confinement"],
        ["2.1", "Gand"],
        ["2.2", "Liège"],
        ["2.3", "Charleroi et Binche"],
        ["2.4", "Anvers"],
        ["2.5", "Bruxelles"],
        ["3", "Reprise des activités de groupe"],
        ["4", "Questions au SPP"],
        ["5", "Actions"],
        ["6", "Prochaine réunion"],
    ],
    "actions": [
        ["Network Contact", ["Oana Popescu"], None, "Oana Popescu : envoyer les liens vers"],
        ["SPP", [], None, "SPP : confirmer par écrit les règles"],
        ["CPAS", [], None, "Chaque CPAS : communiquer sa règle de"],
        ["Several Network Contacts", ["Claudine Gbambili", "Mieke De Roo"], None,
         "Claudine et Mieke : partager leurs trucs"],
    ],
    "next_meeting": {"date": None,
                     "text": "En septembre, en ligne ou à Bruxelles selon la situation sanitaire."},
    "remarks": ["Les remarques des CPAS doivent encore être ajoutées à ce projet de rapport."],
}


# ===================================================================== 08
# Bruxelles coordinator, exchange of the French-speaking CPAS, online via Zoom said only in the
# introduction (no interpretation), French only, Word heading styles WITHOUT numbers, people
# grouped per organisation, agenda as a bullet list with times inside the introduction.
def report_08():
    d = new_doc("Calibri", 11)
    para(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=15)
    para(d, "17 november 2020 – 17 novembre 2020", bold=True)
    para(d)
    mixed(d, [("Participants : ", "b"),
              ("Agnès Dubus, Marie-Paule Lemaire et Oana Popescu (CPAS de Bruxelles) ; Aurélie Henrard, "
               "Silvia Soares et Mamadou Diallo (CPAS de Liège) ; Fabienne Lejeune et Yasmina Chaouki "
               "(CPAS de Charleroi) ; Didier Wauters (CPAS de Binche) ; Nathalie Degrève (SPP IS)", "")])
    mixed(d, [("Excusée : ", "b"), ("Ozlem Baslari (CPAS de Charleroi)", "")])
    d.add_heading("Introduction", level=1)
    para(d, "La réunion s'est tenue en ligne via Zoom. Il s'agit d'un échange entre les équipes "
            "francophones du réseau, à la demande des CPAS de Liège et de Charleroi, pour parler "
            "concrètement des activités à distance depuis le deuxième confinement. Ce compte rendu est "
            "aussi destiné aux collègues néerlandophones. Déroulement proposé :", align="justify")
    bullets(d, ["9h30 – 10h : tour de table",
                "10h – 11h : recruter pendant le confinement",
                "11h – 12h : les séances à distance : ce qui marche",
                "12h – 12h30 : suite de nos échanges"])
    d.add_heading("Recruter pendant le confinement", level=1)
    para(d, "Les antennes sociales travaillent surtout par téléphone et orientent beaucoup moins de "
            "personnes. À Liège, Aurélie Henrard constate une baisse de moitié des orientations depuis "
            "octobre. À Charleroi, l'équipe rappelle elle-même les personnes du listing de l'observatoire "
            "qui n'avaient pas pu participer au module précédent. Fabienne Lejeune estime que ce rappel "
            "direct fonctionne mieux qu'un courrier : environ une personne sur trois accepte un entretien.",
         align="justify")
    para(d, "À Bruxelles, les AS envoient désormais une courte fiche d'orientation par e-mail, et "
            "l'entretien d'admission se fait en présentiel, sur rendez-vous, avec masque et plexiglas. "
            "Didier Wauters signale qu'à Binche la salle de la maison de quartier n'est plus disponible.",
         align="justify")
    d.add_heading("Les séances à distance", level=1)
    para(d, "Toutes les équipes ont essayé des séances à distance. Les outils utilisés sont WhatsApp "
            "(groupes par module), les appels vidéo individuels et, pour quelques participants plus "
            "autonomes, Zoom. Yasmina Chaouki a réalisé avec des participants un petit tutoriel illustré "
            "pour rejoindre un appel vidéo WhatsApp. Yasmina Chaouki va envoyer ce tutoriel à toutes les "
            "équipes présentes.", align="justify")
    para(d, "Marie-Paule Lemaire note que les participants analphabètes décrochent plus vite à distance ; "
            "des appels courts et fréquents fonctionnent mieux qu'une longue séance. Mamadou Diallo "
            "propose d'alterner une semaine à distance et une semaine en petit groupe quand c'est "
            "possible.", align="justify")
    d.add_heading("Points forts :", level=2)
    bullets(d, ["le contact maintenu avec presque tous les participants ;",
                "les participants s'entraident dans les groupes WhatsApp ;",
                "les équipes ont appris à utiliser de nouveaux outils."])
    d.add_heading("Points à améliorer :", level=2)
    bullets(d, ["l'accès à internet : beaucoup de participants n'ont qu'un téléphone et peu de données ;",
                "la fatigue des équipes, qui répondent aux messages en dehors des heures de travail ;",
                "l'absence de règle claire sur la présence : qu'est-ce qu'une « présence » à distance ?"])
    para(d, "Le CPAS de Binche enverra la liste des lieux publics avec wifi gratuit qu'il a établie avec "
            "la commune, pour inspirer les autres.", align="justify")
    d.add_heading("Suite", level=1)
    para(d, "Les équipes souhaitent continuer ces échanges entre francophones, en plus des rencontres du "
            "réseau. Marie-Paule Lemaire et Silvia Soares compareront leurs horaires à distance avant la "
            "prochaine réunion, pour proposer un horaire type. Le SPP transmettra la question de la "
            "présence à distance à ses collègues néerlandophones.", align="justify")
    para(d, "Prochaine réunion : date à fixer, en janvier si possible.")
    save(d, "08_zoom-francophones-2020.docx", EXPECTED_08)


EXPECTED_08 = {
    "file": "08_zoom-francophones-2020.docx",
    "languages": ["fr"],
    "online": True, "interpretation": False,
    "date": "2020-11-17",
    "people": [
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Marie-Paule Lemaire", "Present", "BRUXELLES"],
        ["Oana Popescu", "Present", "BRUXELLES"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Silvia Soares", "Present", "LIEGE"],
        ["Mamadou Diallo", "Present", "LIEGE"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Yasmina Chaouki", "Present", "CHARLEROI"],
        ["Didier Wauters", "Present", "BINCHE"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Ozlem Baslari", "Excused", "CHARLEROI"],
    ],
    "agenda": [
        ["09:30", "10:00", "tour de table"],
        ["10:00", "11:00", "recruter pendant le confinement"],
        ["11:00", "12:00", "les séances à distance : ce qui marche"],
        ["12:00", "12:30", "suite de nos échanges"],
    ],
    "headings": [
        ["", "Introduction"],
        ["", "Recruter pendant le confinement"],
        ["", "Les séances à distance"],
        ["", "Points forts"],
        ["", "Points à améliorer"],
        ["", "Suite"],
    ],
    "actions": [
        ["Network Contact", ["Yasmina Chaouki"], None, "Yasmina Chaouki va envoyer ce tutoriel"],
        ["CPAS", [], "BINCHE", "Le CPAS de Binche enverra la"],
        ["Several Network Contacts", ["Marie-Paule Lemaire", "Silvia Soares"], None,
         "Marie-Paule Lemaire et Silvia Soares compareront"],
        ["SPP", [], None, "Le SPP transmettra la question de"],
    ],
    "next_meeting": {"date": None, "text": "Prochaine réunion : date à fixer, en janvier si possible."},
    "remarks": [],
}


# ===================================================================== 09
# SPP, online (Teams), interpreters mentioned only in the introduction ("tolken waren aanwezig"),
# Dutch first then French, Arabic numbers with "4.1)" sub-sections, present and excused lists
# as two tables, agenda as a table with time ranges, Dutch action verbs.
def report_09():
    d = new_doc("Arial", 10)
    spp_header(d, "header")
    d.add_heading("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", level=0)
    para(d, "25 maart 2021 – 25 mars 2021", bold=True)
    para(d, "Online / en ligne")
    para(d)
    para(d, "Aanwezig / Présents", bold=True)
    table(d, [["Lisa Asselman", "POD MI"],
              ["Nathalie Degrève", "POD MI"],
              ["Pieter Vanhoutte", "POD MI"],
              ["Johan Maekelberg", "OCMW Gent"],
              ["Hanne Claeys", "OCMW Gent"],
              ["Elif Yilmaz", "OCMW Gent"],
              ["Ibrahim Aguelmin", "OCMW Luik / CPAS Liège"],
              ["Aurélie Henrard", "OCMW Luik / CPAS Liège"],
              ["Ozlem Baslari", "OCMW Charleroi"],
              ["Grégory Mathieu", "OCMW Charleroi"],
              ["Nauar Elfargani", "OCMW Antwerpen"],
              ["Katrien Peeters", "OCMW Antwerpen"],
              ["Tom Verheyen", "OCMW Schoten"],
              ["Agnès Dubus", "OCMW Brussel / CPAS Bruxelles"],
              ["Rachid Benali", "OCMW Brussel / CPAS Bruxelles"]],
          header=["Naam / Nom", "Organisatie / Organisation"])
    para(d)
    para(d, "Verontschuldigd / Excusés", bold=True)
    table(d, [["Liesbeth Janssens", "OCMW Edegem"],
              ["An Goossens", "OCMW Mortsel"],
              ["Caroline Hanotiau", "CPAS Binche"]],
          header=["Naam / Nom", "Organisatie / Organisation"])
    para(d)
    para(d, "Agenda / Ordre du jour", bold=True)
    table(d, [["13u30 – 13u45", "Inleiding / Introduction"],
              ["13u45 – 14u45", "Stand van zaken per OCMW / État des lieux par CPAS"],
              ["14u45 – 15u30", "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction"],
              ["15u30 – 16u15", "Brainstorm: wat werkt online? / Brainstorm : qu'est-ce qui marche en "
                                "ligne ?"],
              ["16u15 – 16u30", "Afspraken en volgende vergadering / Accords et prochaine réunion"]],
          header=["Uur / Heure", "Onderwerp / Sujet"])
    d.add_heading("1. Inleiding – Introduction", level=1)
    para(d, "De vergadering vond online plaats via Teams; tolken waren aanwezig voor de vertaling "
            "Nederlands-Frans. Lisa Asselman verwelkomt iedereen en stelt Pieter Vanhoutte voor, die de "
            "opvolging van de projectfiches overneemt.", align="justify")
    para(d, "La réunion s'est tenue en ligne via Teams ; des interprètes assuraient la traduction "
            "néerlandais-français. Lisa Asselman souhaite la bienvenue à tous et présente Pieter "
            "Vanhoutte, qui reprend le suivi des fiches projet.", italic=True, align="justify")
    d.add_heading("2. Stand van zaken per OCMW – État des lieux par CPAS", level=1)
    para(d, "Gent werkt sinds januari opnieuw met groepen van vier deelnemers en één begeleider. Luik "
            "organiseert de intakegesprekken opnieuw ter plaatse. Charleroi heeft een nieuwe module "
            "gestart met 28 deelnemers, van wie zes uit Binche. Antwerpen en Schoten melden een grote "
            "vraag naar begeleiding bij digitale administratie. Brussel heeft twee nieuwe "
            "intercultureel bemiddelaars aangeworven (Arabisch en Roemeens).", align="justify")
    para(d, "Gand travaille à nouveau depuis janvier avec des groupes de quatre participants et un "
            "accompagnateur. Liège organise à nouveau les entretiens d'admission sur place. Charleroi a "
            "démarré un nouveau module avec 28 participants, dont six de Binche. Anvers et Schoten "
            "signalent une forte demande d'aide pour les démarches administratives en ligne. Bruxelles a "
            "engagé deux nouveaux médiateurs interculturels (arabe et roumain).", italic=True,
         align="justify")
    d.add_heading("3. Nieuwe tevredenheidsenquête – Nouvelle enquête de satisfaction", level=1)
    para(d, "Hanne Claeys stelt de nieuwe versie van de tevredenheidsenquête voor, die in 2020 met "
            "deelnemers werd getest. Abstracte termen (\"zelfredzaamheid\", \"empowerment\") zijn "
            "vervangen door eenvoudige vragen en pictogrammen. De enquête bestaat nu in het Nederlands, "
            "Frans en Engels; de vertaling in het Arabisch, Dari en Tigrinya is bijna klaar.",
         align="justify")
    para(d, "Hanne Claeys présente la nouvelle version de l'enquête de satisfaction, testée avec des "
            "participants en 2020. Les termes abstraits (« autonomie », « empowerment ») ont été remplacés "
            "par des questions simples et des pictogrammes. L'enquête existe en néerlandais, en français "
            "et en anglais ; la traduction en arabe, dari et tigrigna est presque terminée.", italic=True,
         align="justify")
    d.add_heading("4. Brainstorm: wat werkt online? – Brainstorm : qu'est-ce qui marche en ligne ?",
                  level=1)
    d.add_heading("4.1) Sterktes – Points forts", level=2)
    bullets(d, ["korte videoboodschappen in de moedertaal / de courts messages vidéo dans la langue "
                "maternelle",
                "een vaste dag en een vast uur / un jour et une heure fixes",
                "kleine groepen van maximum vijf / de petits groupes de cinq au maximum"])
    d.add_heading("4.2) Werkpunten – Points à améliorer", level=2)
    bullets(d, ["materiaal: niet iedereen heeft een smartphone / le matériel : tout le monde n'a pas de "
                "smartphone",
                "aanwezigheid online registreren / enregistrer la présence en ligne",
                "privacy: geen foto's van deelnemers in groepschats / la vie privée : pas de photos des "
                "participants dans les groupes"])
    d.add_heading("5. Actiepunten – Actions", level=1)
    bullets(d, ["Hanne Claeys zal de vertaalde enquête (Arabisch, Dari, Tigrinya) bezorgen aan het POD MI. "
                "/ Hanne Claeys fournira l'enquête traduite au SPP.",
                "Het POD MI stuurt de definitieve versie van de enquête door naar alle OCMW's. / Le SPP "
                "envoie la version définitive à tous les CPAS.",
                "OCMW Luik test in april de versie met pictogrammen bij een groep beginners. / Le CPAS de "
                "Liège teste en avril la version avec pictogrammes avec un groupe de débutants.",
                "Wie de gezamenlijke online infosessie over huisvesting organiseert, is nog te bepalen. / "
                "L'organisateur de la séance d'information commune sur le logement reste à déterminer."])
    d.add_heading("6. Volgende vergadering – Prochaine réunion", level=1)
    para(d, "Volgende vergadering: 7 oktober 2021, online. – Prochaine réunion : 7 octobre 2021, en "
            "ligne.")
    save(d, "09_teams-tevredenheidsenquete-2021.docx", EXPECTED_09)


EXPECTED_09 = {
    "file": "09_teams-tevredenheidsenquete-2021.docx",
    "languages": ["nl", "fr"],
    "online": True, "interpretation": True,
    "date": "2021-03-25",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Nathalie Degrève", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Elif Yilmaz", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Grégory Mathieu", "Present", "CHARLEROI"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Tom Verheyen", "Present", "SCHOTEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Rachid Benali", "Present", "BRUXELLES"],
        ["Liesbeth Janssens", "Excused", "EDEGEM"],
        ["An Goossens", "Excused", "MORTSEL"],
        ["Caroline Hanotiau", "Excused", "BINCHE"],
    ],
    "agenda": [
        ["13:30", "13:45", "Inleiding / Introduction"],
        ["13:45", "14:45", "Stand van zaken per OCMW / État des lieux par CPAS"],
        ["14:45", "15:30", "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction"],
        ["15:30", "16:15", "Brainstorm: wat werkt online? / Brainstorm : qu'est-ce qui marche en ligne ?"],
        ["16:15", "16:30", "Afspraken en volgende vergadering / Accords et prochaine réunion"],
    ],
    "headings": [
        ["1", "Inleiding – Introduction"],
        ["2", "Stand van zaken per OCMW – État des lieux par CPAS"],
        ["3", "Nieuwe tevredenheidsenquête – Nouvelle enquête de satisfaction"],
        ["4", "Brainstorm: wat werkt online? – Brainstorm : qu'est-ce qui marche en ligne ?"],
        ["4.1", "Sterktes – Points forts"],
        ["4.2", "Werkpunten – Points à améliorer"],
        ["5", "Actiepunten – Actions"],
        ["6", "Volgende vergadering – Prochaine réunion"],
    ],
    "actions": [
        ["Network Contact", ["Hanne Claeys"], None, "Hanne Claeys zal de vertaalde enquête"],
        ["SPP", [], None, "Het POD MI stuurt de definitieve"],
        ["CPAS", [], "LIEGE", "OCMW Luik test in april de"],
        ["To Be Assigned", [], None, "Wie de gezamenlijke online infosessie over"],
    ],
    "next_meeting": {"date": "2021-10-07",
                     "text": "Volgende vergadering: 7 oktober 2021, online. – Prochaine réunion : 7 octobre "
                             "2021, en ligne."},
    "remarks": [],
}


# ===================================================================== 10
# Liège team secretary, online (Teams) without interpretation stated in the header, French only,
# Roman numerals as bold normal paragraphs, agenda with start times only, remark at the END that
# comments are still to be added, passive future naming the owners at the end.
def report_10():
    d = new_doc("Cambria", 11)
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    para(d, "7 oktober 2021 – 7 octobre 2021")
    para(d, "Réunion en ligne (Teams), sans interprétation : chacun s'exprime dans sa langue.", italic=True)
    para(d)
    mixed(d, [("Présents : ", "b"),
              ("Nathalie Degrève (SPP IS), Karima Bouzidi (SPP IS), Lisa Asselman (POD MI), Johan "
               "Maekelberg (OCMW Gent), Ibrahim Aguelmin (CPAS Liège), Aurélie Henrard (CPAS Liège), "
               "Mamadou Diallo (CPAS Liège), Fabienne Lejeune (CPAS Charleroi), Nauar Elfargani (OCMW "
               "Antwerpen), Agnès Dubus (CPAS Bruxelles).", "")])
    mixed(d, [("Excusés : ", "b"),
              ("Mieke De Roo (OCMW Gent), Ozlem Baslari (CPAS Charleroi), Samira El Idrissi (OCMW "
               "Antwerpen).", "")])
    para(d)
    para(d, "Ordre du jour", bold=True, italic=True)
    for line in ["9h30 : introduction",
                 "9h45 : le nouveau programme FAMI 2021-2027 (SPP)",
                 "10h30 : les indicateurs communs : ce que les CPAS devront rapporter",
                 "11h15 : évaluation de Mod' Actions (CPAS de Liège)",
                 "12h00 : divers"]:
        para(d, line, style="List Bullet")
    para(d)
    para(d, "I. Introduction", bold=True, size=12)
    para(d, "Nathalie Degrève ouvre la réunion. Après dix-huit mois de réunions à distance, le réseau "
            "espère se revoir en présentiel au printemps. La réunion est consacrée au passage vers la "
            "nouvelle période de programmation et aux données que les CPAS devront fournir.",
         align="justify")
    para(d, "II. Le nouveau programme FAMI 2021-2027", bold=True, size=12)
    para(d, "Le règlement (UE) 2021/1147 a été adopté en juillet. Le SPP explique que les projets actuels "
            "sont prolongés jusqu'au lancement des nouveaux appels. Les grandes lignes restent les mêmes : "
            "accueil, orientation, activation sociale des ressortissants de pays tiers. Les CPAS devront "
            "toutefois rapporter davantage de résultats mesurables.", align="justify")
    para(d, "III. Les indicateurs communs", bold=True, size=12)
    para(d, "Karima Bouzidi présente les indicateurs communs de réalisation et de résultat : nombre de "
            "participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
            "professionnel personnalisé), participants aux cours de langue qui ont progressé d'au moins un "
            "niveau du CECR, participants qui déclarent que l'activité les a aidés dans leur intégration. "
            "Les États membres les rapportent chaque année ; c'est le SPP qui les rassemble auprès des "
            "CPAS.",
         align="justify")
    para(d, "Johan Maekelberg s'inquiète du niveau CECR : beaucoup de participants sont analphabètes et "
            "ne passent pas de test formel. Nauar Elfargani demande comment recueillir l'avis des "
            "participants sans enquête trop abstraite. Le SPP enverra une fiche explicative sur les "
            "indicateurs avant la fin octobre.", align="justify")
    para(d, "IV. Évaluation de Mod' Actions (CPAS de Liège)", bold=True, size=12)
    para(d, "Mamadou Diallo présente l'évaluation interne de Mod' Actions. Chaque participant remplit une "
            "enquête de satisfaction par module ; l'équipe discute ensuite de la progression de chacun en "
            "réunion. Sur 61 participants sortis en 2020-2021, 14 ont rejoint une formation ou un "
            "parcours d'insertion socioprofessionnelle. L'équipe a développé une petite grille "
            "d'auto-évaluation orale (« je peux prendre le bus seul », « je peux prendre un rendez-vous "
            "chez le médecin »).", align="justify")
    para(d, "Les CPAS trouvent la grille très utile pour l'indicateur « l'activité m'a aidé ». Le "
            "questionnaire d'auto-évaluation sera traduit en néerlandais par Aurélie et Mamadou. Mamadou "
            "Diallo va présenter l'outil complet lors de la prochaine rencontre.", align="justify")
    para(d, "V. Divers", bold=True, size=12)
    para(d, "Fabienne Lejeune signale que Charleroi manque de données sur les participants binchois. Le CPAS "
            "de Charleroi testera le tableau de collecte des indicateurs avec Binche d'ici décembre.",
         align="justify")
    para(d, "VI. Prochaine rencontre", bold=True, size=12)
    para(d, "La prochaine rencontre aura lieu le 9 juin 2022 à Gand, si les conditions sanitaires le "
            "permettent.")
    para(d)
    para(d, "Les commentaires de Gand et d'Anvers seront ajoutés dans la version définitive.", italic=True)
    para(d, "Rapport rédigé par Aurélie Henrard (CPAS de Liège)", size=9)
    save(d, "10_teams-indicateurs-2021.docx", EXPECTED_10)


EXPECTED_10 = {
    "file": "10_teams-indicateurs-2021.docx",
    "languages": ["fr"],
    "online": True, "interpretation": False,
    "date": "2021-10-07",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Karima Bouzidi", "Present", "SPP"],
        ["Lisa Asselman", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Mamadou Diallo", "Present", "LIEGE"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Nauar Elfargani", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Mieke De Roo", "Excused", "GENT"],
        ["Ozlem Baslari", "Excused", "CHARLEROI"],
        ["Samira El Idrissi", "Excused", "ANTWERPEN"],
    ],
    "agenda": [
        ["09:30", "", "introduction"],
        ["09:45", "", "le nouveau programme FAMI 2021-2027 (SPP)"],
        ["10:30", "", "les indicateurs communs : ce que les CPAS devront rapporter"],
        ["11:15", "", "évaluation de Mod' Actions (CPAS de Liège)"],
        ["12:00", "", "divers"],
    ],
    "headings": [
        ["I", "Introduction"],
        ["II", "Le nouveau programme FAMI 2021-2027"],
        ["III", "Les indicateurs communs"],
        ["IV", "Évaluation de Mod' Actions (CPAS de Liège)"],
        ["V", "Divers"],
        ["VI", "Prochaine rencontre"],
    ],
    "actions": [
        ["SPP", [], None, "Le SPP enverra une fiche explicative"],
        ["Several Network Contacts", ["Aurélie Henrard", "Mamadou Diallo"], None,
         "Le questionnaire d'auto-évaluation sera traduit en"],
        ["Network Contact", ["Mamadou Diallo"], None, "Mamadou Diallo va présenter l'outil complet"],
        ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi testera le"],
    ],
    "next_meeting": {"date": "2022-06-09",
                     "text": "La prochaine rencontre aura lieu le 9 juin 2022 à Gand, si les conditions "
                             "sanitaires le permettent."},
    "remarks": ["Les commentaires de Gand et d'Anvers seront ajoutés dans la version définitive."],
}


# ===================================================================== 11
# Dutch-only version (SPP), Gent hosts, no numbering, bold normal paragraphs, agenda
# "10u – 10u30: titel" under a bold "Agenda", "Afwezig met kennisgeving", semicolons,
# sub-headings "Sterktes:" / "Werkpunten:", next meeting only a month.
def report_11():
    d = new_doc("Verdana", 10)
    spp_header(d, "body")
    para(d, "Verslag bijeenkomst OCMW's", bold=True, size=14)
    para(d, "9 juni 2022 – 9 juin 2022", bold=True)
    para(d, "OCMW Gent – Sociaal Huis Nieuw Gent, Gent")
    para(d)
    mixed(d, [("Aanwezig: ", "b"),
              ("Lisa Asselman (POD MI); Pieter Vanhoutte (POD MI); Johan Maekelberg (OCMW Gent); Hanne "
               "Claeys (OCMW Gent); Elif Yilmaz (OCMW Gent); Ibrahim Laaroussi (OCMW Gent); Claudine "
               "Gbambili (OCMW Luik); Ozlem Baslari (OCMW Charleroi); Katrien Peeters (OCMW Antwerpen); "
               "Bart Van den Broeck (OCMW Antwerpen); Liesbeth Janssens (OCMW Edegem); Agnès Dubus "
               "(OCMW Brussel);", "")])
    mixed(d, [("Afwezig met kennisgeving: ", "b"),
              ("Nathalie Degrève (POD MI); Aurélie Henrard (OCMW Luik); Nauar Elfargani (OCMW "
               "Antwerpen);", "")])
    para(d)
    para(d, "Agenda", bold=True)
    for line in ["10u – 10u30: Verwelkoming en koffie",
                 "10u30 – 11u15: Terugblik op twee jaar corona",
                 "11u15 – 12u30: Het nieuwe groepsaanbod van OCMW Gent",
                 "12u30 – 13u30: Lunch",
                 "13u30 – 14u30: Rondvraag en afspraken"]:
        para(d, line)
    para(d)
    para(d, "Verwelkoming", bold=True)
    para(d, "Het is de eerste fysieke bijeenkomst sinds februari 2020. Johan Maekelberg verwelkomt de "
            "collega's in het Sociaal Huis Nieuw Gent, waar het groepsaanbod sinds januari plaatsvindt. "
            "Lisa Asselman bedankt de teams voor hun volharding tijdens de coronaperiode.")
    para(d, "Terugblik op twee jaar corona", bold=True)
    para(d, "Elk OCMW vertelt wat het heeft geleerd. In Gent bleef de regel van vier deelnemers en één "
            "begeleider lang gelden; in Charleroi en Luik was dat drie plus één, later zes plus één. De "
            "teams hebben leren werken met korte videoberichten en WhatsApp-groepen. Sommige deelnemers "
            "zijn in die periode afgehaakt en niet teruggekomen. Ozlem Baslari merkt op dat het contact "
            "met de maatschappelijk werkers van de sociale antennes moeilijker is geworden door het "
            "telewerk.")
    para(d, "Voorstelling: het nieuwe groepsaanbod van OCMW Gent", bold=True)
    para(d, "Hanne Claeys en Elif Yilmaz stellen het nieuwe groepsaanbod voor. Er zijn drie groepen: een "
            "taalactiveringsgroep voor beginners, een groep \"wegwijs in Gent\" (mobiliteit, huisvesting, "
            "bank en verzekeringen) en een creatieve groep. Elke deelnemer krijgt om de twee weken een "
            "individueel gesprek met een trajectbegeleider. Ibrahim Laaroussi, intercultureel "
            "bemiddelaar, treedt op als sociaal tolk in het Arabisch en het Berbers.")
    para(d, "Na de voorstelling bespraken de OCMW's wat ze meenemen.")
    para(d, "Sterktes:", bold=True)
    bullets(d, ["de vaste groepen geven structuur aan de week van de deelnemers;",
                "de intercultureel bemiddelaar maakt de intake toegankelijker;",
                "het gebouw is dicht bij de woonplaats van veel deelnemers."])
    para(d, "Werkpunten:", bold=True)
    bullets(d, ["de wachtlijst voor de taalactiveringsgroep (drie maanden);",
                "weinig aanbod voor deelnemers met jonge kinderen;",
                "de tevredenheidsenquête blijft te moeilijk voor de beginnersgroep."])
    para(d, "Rondvraag", bold=True)
    para(d, "Claudine Gbambili vertelt dat Luik de drie contracten heeft vereenvoudigd tot één document "
            "met drie delen. Katrien Peeters vraagt of andere OCMW's werken met professionele tolken; "
            "Antwerpen heeft een lijst van tolkendiensten die ook de partnergemeenten gebruiken. Liesbeth "
            "Janssens (Edegem) meldt dat er meer Oekraïense deelnemers doorverwezen worden. Agnès Dubus "
            "vraagt aandacht voor trauma bij nieuwe deelnemers.")
    para(d, "Afspraken", bold=True)
    bullets(d, ["Johan zal de planning van het groepsaanbod bezorgen aan alle OCMW's.",
                "OCMW Antwerpen stuurt de lijst met tolkendiensten door naar de andere OCMW's.",
                "Elif en Hanne nemen contact op met Luik voor een uitwisseling tussen deelnemers.",
                "Een gezamenlijke vorming over traumasensitief werken: trekker nog te bepalen."])
    para(d, "Volgende bijeenkomst", bold=True)
    para(d, "De volgende bijeenkomst vindt plaats in oktober, in Brussel.")
    save(d, "11_gent-groepsaanbod-2022.docx", EXPECTED_11)


EXPECTED_11 = {
    "file": "11_gent-groepsaanbod-2022.docx",
    "languages": ["nl"],
    "online": False, "interpretation": False,
    "date": "2022-06-09",
    "people": [
        ["Lisa Asselman", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Elif Yilmaz", "Present", "GENT"],
        ["Ibrahim Laaroussi", "Present", "GENT"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Bart Van den Broeck", "Present", "ANTWERPEN"],
        ["Liesbeth Janssens", "Present", "EDEGEM"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Nathalie Degrève", "Excused", "SPP"],
        ["Aurélie Henrard", "Excused", "LIEGE"],
        ["Nauar Elfargani", "Excused", "ANTWERPEN"],
    ],
    "agenda": [
        ["10:00", "10:30", "Verwelkoming en koffie"],
        ["10:30", "11:15", "Terugblik op twee jaar corona"],
        ["11:15", "12:30", "Het nieuwe groepsaanbod van OCMW Gent"],
        ["12:30", "13:30", "Lunch"],
        ["13:30", "14:30", "Rondvraag en afspraken"],
    ],
    "headings": [
        ["", "Verwelkoming"],
        ["", "Terugblik op twee jaar corona"],
        ["", "Voorstelling: het nieuwe groepsaanbod van OCMW Gent"],
        ["", "Sterktes"],
        ["", "Werkpunten"],
        ["", "Rondvraag"],
        ["", "Afspraken"],
        ["", "Volgende bijeenkomst"],
    ],
    "actions": [
        ["Network Contact", ["Johan Maekelberg"], None, "Johan zal de planning van het"],
        ["CPAS", [], "ANTWERPEN", "OCMW Antwerpen stuurt de lijst met"],
        ["Several Network Contacts", ["Elif Yilmaz", "Hanne Claeys"], None,
         "Elif en Hanne nemen contact op"],
        ["To Be Assigned", [], None, "Een gezamenlijke vorming over traumasensitief werken"],
    ],
    "next_meeting": {"date": None, "text": "De volgende bijeenkomst vindt plaats in oktober, in Brussel."},
    "remarks": [],
}


# ===================================================================== 12
# Bruxelles coordinator, Bruxelles hosts, bilingual French first then Dutch, Word headings with
# Arabic numbers, people as a table (name | organisation), agenda as bullets with times inside
# the introduction, two italic 'still to be added' remarks (FR and NL) before the first section.
def report_12():
    d = new_doc("Calibri", 11)
    spp_header(d, "header")
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=16)
    para(d, "28 septembre 2023 – 28 september 2023", bold=True)
    para(d, "CPAS de Bruxelles / OCMW Brussel, rue Haute 298A, 1000 Bruxelles")
    para(d)
    para(d, "Présents / Aanwezig", bold=True)
    table(d, [["Nathalie Degrève", "SPP IS"],
              ["Pieter Vanhoutte", "POD MI"],
              ["Karima Bouzidi", "SPP IS"],
              ["Hanne Claeys", "OCMW Gent"],
              ["Elif Yilmaz", "OCMW Gent"],
              ["Ibrahim Aguelmin", "CPAS de Liège"],
              ["Mamadou Diallo", "CPAS de Liège"],
              ["Grégory Mathieu", "CPAS de Charleroi"],
              ["Fabienne Lejeune", "CPAS de Charleroi"],
              ["Katrien Peeters", "OCMW Antwerpen"],
              ["Bart Van den Broeck", "OCMW Antwerpen"],
              ["Agnès Dubus", "CPAS de Bruxelles"],
              ["Marie-Paule Lemaire", "CPAS de Bruxelles"],
              ["Rachid Benali", "CPAS de Bruxelles"]], header=["Nom / Naam", "Organisation / Organisatie"])
    para(d)
    mixed(d, [("Excusés / Verontschuldigd : ", "b"),
              ("Lisa Asselman (POD MI), Nauar Elfargani (OCMW Antwerpen)", "")])
    para(d)
    para(d, "Ce rapport doit encore être complété par les commentaires des CPAS.", italic=True)
    para(d, "Opmerkingen van de OCMW's moeten nog toegevoegd worden.", italic=True)
    d.add_heading("1. Introduction – Inleiding", level=1)
    para(d, "Agnès Dubus accueille le réseau à Bruxelles. La réunion porte sur l'outil numérique que le "
            "SPP prépare pour remplacer les formulaires papier, et sur la protection des données des "
            "participants. L'ordre du jour :", align="justify")
    bullets(d, ["10h00–10h30 : accueil et introduction / onthaal en inleiding",
                "10h30–11h30 : présentation de l'outil numérique / voorstelling van de digitale tool",
                "11h30–12h15 : protection des données / gegevensbescherming",
                "12h15–13h00 : tour de table / rondvraag"])
    para(d, "Agnès Dubus verwelkomt het netwerk in Brussel. De vergadering gaat over de digitale tool die "
            "het POD MI voorbereidt om de papieren formulieren te vervangen, en over de bescherming van de "
            "gegevens van de deelnemers.", italic=True, align="justify")
    d.add_heading("2. Un outil numérique commun – Een gemeenschappelijke digitale tool", level=1)
    para(d, "Pieter Vanhoutte présente une première maquette. La fiche projet, le bilan d'orientation, les "
            "présences par séance et l'enquête de satisfaction seraient encodés dans un seul outil. Chaque "
            "CPAS ne verrait que ses propres participants ; le SPP ne verrait que des chiffres agrégés "
            "(nombre de participants, taux de présence, indicateurs FAMI). Un responsable du CPAS "
            "approuverait ou renverrait chaque bilan d'orientation.", align="justify")
    para(d, "Pieter Vanhoutte stelt een eerste prototype voor. De projectfiche, de oriëntatiebalans, de "
            "aanwezigheden per sessie en de tevredenheidsenquête komen in één tool. Elk OCMW ziet enkel "
            "zijn eigen deelnemers; het POD MI ziet enkel geaggregeerde cijfers. Een verantwoordelijke van "
            "het OCMW keurt elke oriëntatiebalans goed of stuurt ze terug.", italic=True, align="justify")
    para(d, "Les CPAS accueillent bien l'idée. Grégory Mathieu demande que l'encodage des présences soit "
            "possible sur tablette, pendant l'atelier. Hanne Claeys demande que les règles de groupe "
            "(nombre de participants par formateur) puissent varier d'un CPAS à l'autre.", align="justify")
    para(d, "De OCMW's zijn positief. Grégory Mathieu vraagt om de aanwezigheden op een tablet te kunnen "
            "invoeren tijdens het atelier. Hanne Claeys vraagt dat de groepsregels per OCMW kunnen "
            "verschillen.", italic=True, align="justify")
    d.add_heading("3. Protection des données – Gegevensbescherming", level=1)
    para(d, "Karima Bouzidi rappelle les règles : les documents d'une opération financée par l'UE sont "
            "conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; les données "
            "personnelles ne sont pas gardées plus longtemps que nécessaire ; un participant peut demander "
            "à voir toutes les données qui le concernent. Les données sensibles (nationalité, niveau de "
            "langue, santé, situation familiale) demandent une attention particulière.", align="justify")
    para(d, "Karima Bouzidi herinnert aan de regels: documenten van een EU-gefinancierde operatie worden "
            "vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling; persoonsgegevens "
            "niet langer dan nodig; een deelnemer mag vragen om alle gegevens over hem te zien.",
         italic=True, align="justify")
    d.add_heading("4. Tour de table – Rondvraag", level=1)
    para(d, "Liège : Mamadou Diallo signale que l'équipe conserve encore des dossiers papier du premier "
            "programme. Anvers : Bart Van den Broeck demande un modèle de formulaire de consentement en "
            "plusieurs langues. Bruxelles : Rachid Benali a fait traduire le formulaire de consentement du "
            "CPAS en arabe.", align="justify")
    para(d, "Luik: Mamadou Diallo meldt dat het team nog papieren dossiers van het eerste programma "
            "bewaart. Antwerpen: Bart Van den Broeck vraagt een meertalig model van toestemmingsformulier. "
            "Brussel: Rachid Benali liet het toestemmingsformulier van het OCMW in het Arabisch vertalen.",
         italic=True, align="justify")
    d.add_heading("5. Actions – Actiepunten", level=1)
    bullets(d, ["Le SPP enverra la liste des champs de l'outil à chaque CPAS avant le 31 octobre. / Het POD "
                "MI stuurt de lijst van velden vóór 31 oktober door.",
                "Rachid Benali enverra le formulaire de consentement traduit en arabe. / Rachid Benali "
                "bezorgt het vertaalde toestemmingsformulier.",
                "Le CPAS de Liège va rédiger une note sur la durée de conservation de ses dossiers. / OCMW "
                "Luik schrijft een nota over de bewaartermijn.",
                "Hanne et Marie-Paule testeront la version d'essai avec deux accompagnateurs chacune. / Hanne "
                "en Marie-Paule testen de proefversie."])
    d.add_heading("6. Prochaine rencontre – Volgende bijeenkomst", level=1)
    para(d, "En mars 2024, à Charleroi – in maart 2024, in Charleroi.")
    save(d, "12_bruxelles-outil-donnees-2023.docx", EXPECTED_12)


EXPECTED_12 = {
    "file": "12_bruxelles-outil-donnees-2023.docx",
    "languages": ["fr", "nl"],
    "online": False, "interpretation": False,
    "date": "2023-09-28",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Karima Bouzidi", "Present", "SPP"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Elif Yilmaz", "Present", "GENT"],
        ["Ibrahim Aguelmin", "Present", "LIEGE"],
        ["Mamadou Diallo", "Present", "LIEGE"],
        ["Grégory Mathieu", "Present", "CHARLEROI"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Bart Van den Broeck", "Present", "ANTWERPEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Marie-Paule Lemaire", "Present", "BRUXELLES"],
        ["Rachid Benali", "Present", "BRUXELLES"],
        ["Lisa Asselman", "Excused", "SPP"],
        ["Nauar Elfargani", "Excused", "ANTWERPEN"],
    ],
    "agenda": [
        ["10:00", "10:30", "accueil et introduction / onthaal en inleiding"],
        ["10:30", "11:30", "présentation de l'outil numérique / voorstelling van de digitale tool"],
        ["11:30", "12:15", "protection des données / gegevensbescherming"],
        ["12:15", "13:00", "tour de table / rondvraag"],
    ],
    "headings": [
        ["1", "Introduction – Inleiding"],
        ["2", "Un outil numérique commun – Een gemeenschappelijke digitale tool"],
        ["3", "Protection des données – Gegevensbescherming"],
        ["4", "Tour de table – Rondvraag"],
        ["5", "Actions – Actiepunten"],
        ["6", "Prochaine rencontre – Volgende bijeenkomst"],
    ],
    "actions": [
        ["SPP", [], None, "Le SPP enverra la liste des"],
        ["Network Contact", ["Rachid Benali"], None, "Rachid Benali enverra le formulaire de"],
        ["CPAS", [], "LIEGE", "Le CPAS de Liège va rédiger"],
        ["Several Network Contacts", ["Hanne Claeys", "Marie-Paule Lemaire"], None,
         "Hanne et Marie-Paule testeront la version"],
    ],
    "next_meeting": {"date": None, "text": "En mars 2024, à Charleroi – in maart 2024, in Charleroi."},
    "remarks": ["Ce rapport doit encore être complété par les commentaires des CPAS.",
                "Opmerkingen van de OCMW's moeten nog toegevoegd worden."],
}


# ===================================================================== 13
# Charleroi team secretary, Charleroi hosts with Binche, French only, Roman numerals "I –" as bold
# underlined paragraphs, agenda as a numbered Word list without times, people as bullets, an NGO
# guest, long narrative, passive future actions naming the owner at the end.
def report_13():
    d = new_doc("Calibri", 11)
    para(d, "CPAS DE CHARLEROI", bold=True, size=10)
    para(d, "Service Action Migrants – projet Activ'Up (FAMI)", size=10)
    para(d, TAG_FR, italic=True, size=9)
    para(d)
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, align="center")
    para(d, "5 décembre 2024 – 5 december 2024", bold=True, align="center")
    para(d, "Charleroi, Service Action Migrants (visite de l'antenne de Binche l'après-midi)", align="center")
    para(d)
    para(d, "Présent(e)s :", bold=True)
    bullets(d, ["Nathalie Degrève, SPP IS",
                "Pieter Vanhoutte, SPP IS-MI",
                "Johan Maekelberg, CPAS Gand",
                "Hanne Claeys, CPAS Gand",
                "Aurélie Henrard, CPAS Liège",
                "Claudine Gbambili, CPAS Liège",
                "Ozlem Baslari, CPAS Charleroi",
                "Fabienne Lejeune, CPAS Charleroi",
                "Grégory Mathieu, CPAS Charleroi",
                "Yasmina Chaouki, CPAS Charleroi",
                "Caroline Hanotiau, CPAS Binche",
                "Didier Wauters, CPAS Binche",
                "Katrien Peeters, CPAS Anvers",
                "An Goossens, CPAS Mortsel",
                "Agnès Dubus, CPAS Bruxelles",
                "Olivia Ngoma, Lire et Écrire Charleroi (invitée)"])
    para(d, "Excusé(e)s :", bold=True)
    bullets(d, ["Karima Bouzidi, SPP IS", "Bart Van den Broeck, CPAS Anvers", "Oana Popescu, CPAS Bruxelles"])
    para(d)
    para(d, "Programme de la journée", bold=True)
    for item in ["Accueil et visite des locaux",
                 "Activ'Up 2.0 : présentation du CPAS de Charleroi et du CPAS de Binche",
                 "Lire et Écrire : les cours d'alphabétisation pour nos participants",
                 "État des lieux des CPAS",
                 "Indicateurs FAMI et archivage des dossiers",
                 "Évaluation de la journée"]:
        d.add_paragraph(item, style="List Number")
    para(d)
    mixed(d, [("I – Accueil à Charleroi", "bu")])
    para(d, "Ozlem Baslari accueille les CPAS au Service Action Migrants. Elle rappelle que Charleroi "
            "avait déjà reçu le réseau en 2016 et en 2017, au tout début des projets FAMI, et que beaucoup "
            "de choses ont changé depuis : le service a déménagé, l'équipe a doublé et Binche est devenu un "
            "partenaire à part entière. Les participants ont visité les salles d'atelier, la salle "
            "informatique et l'espace d'accueil où un agent reçoit chaque personne qui entre.",
         align="justify")
    mixed(d, [("II – Activ'Up 2.0 : le nouveau projet du CPAS de Charleroi et de Binche", "bu")])
    para(d, "Grégory Mathieu présente le projet de la nouvelle programmation. Le principe des modules de "
            "septembre à juin est maintenu, mais l'inscription est désormais possible à tout moment : un "
            "nouveau participant rejoint un groupe dès qu'une place se libère. Le projet garde ses trois "
            "axes : coaching individuel toutes les deux semaines, activités collectives hebdomadaires "
            "(ateliers découvertes, informatique, activation linguistique, construction de projet) et "
            "séances d'information sur la vie en Belgique.", align="justify")
    para(d, "Le recrutement reste un travail de mobilisation. Cette année, les assistants sociaux des "
            "antennes ont proposé 262 personnes ; 104 sont venues à la séance d'information (40 %), et "
            "81 ont signé un contrat après l'entretien d'admission. Yasmina Chaouki souligne que le taux "
            "de venue a augmenté depuis que l'équipe appelle chaque personne la veille de la séance, dans "
            "sa langue quand c'est possible.", align="justify")
    para(d, "Caroline Hanotiau et Didier Wauters expliquent le fonctionnement à Binche. Les participants "
            "binchois suivent désormais la plupart des ateliers sur place, dans une salle de l'antenne "
            "sociale ; ils viennent à Charleroi une fois par mois pour les sorties socio-culturelles et le "
            "coaching collectif. Le CPAS de Charleroi a pris en charge les frais de transport dès la "
            "rentrée.",
         align="justify")
    mixed(d, [("III – Collaboration avec Lire et Écrire", "bu")])
    para(d, "Olivia Ngoma présente l'offre de Lire et Écrire Charleroi. Beaucoup de participants d'Activ'Up "
            "sont peu ou pas scolarisés ; les cours de FLE classiques ne leur conviennent pas. Depuis "
            "septembre, un groupe d'alphabétisation de douze places est réservé aux participants du "
            "projet, deux matinées par semaine. Claudine Gbambili demande comment le niveau de départ est "
            "évalué : Lire et Écrire utilise un entretien oral et quelques exercices simples, sans test "
            "écrit.", align="justify")
    mixed(d, [("IV – État des lieux des CPAS", "bu")])
    mixed(d, [("Gand – ", "b"), ("Johan Maekelberg signale une forte hausse des orientations de personnes "
                                  "ukrainiennes et palestiniennes. La liste d'attente pour les groupes de "
                                  "langue est de deux mois.", "")], align="justify")
    mixed(d, [("Liège – ", "b"), ("Aurélie Henrard présente la nouvelle version du contrat unique en trois "
                                   "parties. L'atelier créatif continue avec un nouvel artiste depuis le "
                                   "départ de Frederic Darras.", "")], align="justify")
    mixed(d, [("Anvers et Mortsel – ", "b"), ("Katrien Peeters et An Goossens expliquent que les "
                                               "partenaires se partagent désormais un seul intervenant "
                                               "pour les trois communes.", "")], align="justify")
    mixed(d, [("Bruxelles – ", "b"), ("Agnès Dubus indique que le bilan d'orientation est maintenant encodé "
                                       "dans l'outil du SPP en phase de test.", "")], align="justify")
    mixed(d, [("V – Indicateurs et archivage", "bu")])
    para(d, "Pieter Vanhoutte rappelle les indicateurs communs à rapporter chaque année : les participants "
            "aux activités de soutien (cours de langue, orientation civique, accompagnement professionnel "
            "personnalisé), les participants aux cours de langue qui ont gagné au moins un niveau du CECR "
            "et ceux qui déclarent que l'activité les a aidés à s'intégrer. Le rapport annuel est attendu "
            "pour la fin février.", align="justify")
    para(d, "Nathalie Degrève aborde la fin du premier programme. Les documents doivent être conservés cinq "
            "ans à partir du 31 décembre de l'année du dernier paiement ; les données personnelles ne "
            "doivent pas être gardées au-delà. Plusieurs CPAS ne savent pas exactement quand a eu lieu le "
            "dernier paiement de leur ancien projet.", align="justify")
    mixed(d, [("VI – Retour sur la journée", "bu")])
    para(d, "Points forts :", bold=True)
    bullets(d, ["la visite de Binche, qui montre qu'un partenaire plus petit peut porter ses propres "
                "ateliers ;",
                "la collaboration avec Lire et Écrire pour le public peu scolarisé ;",
                "l'appel la veille des séances d'information, simple et efficace."])
    para(d, "Points à améliorer :", bold=True)
    bullets(d, ["une journée trop chargée : peu de temps pour le tour de table ;",
                "les collègues néerlandophones auraient souhaité une interprétation, au moins le matin."])
    mixed(d, [("VII – Actions", "bu")])
    bullets(d, ["Les documents de présentation seront envoyés par Grégory à tous les participants.",
                "Le tableau de suivi des indicateurs sera complété par le CPAS de Binche d'ici fin janvier.",
                "Le SPP va vérifier la date exacte de fin de conservation des dossiers du premier programme.",
                "Claudine et Hanne prépareront ensemble un atelier sur l'entretien d'admission pour la "
                "prochaine rencontre."])
    mixed(d, [("VIII – Prochaine rencontre", "bu")])
    para(d, "Prochaine rencontre : mars 2025, à Gand (date exacte à confirmer).")
    para(d)
    para(d, "Pour le CPAS de Charleroi, Fabienne Lejeune, secrétariat du Service Action Migrants",
         italic=True, size=9)
    save(d, "13_charleroi-binche-2024.docx", EXPECTED_13)


EXPECTED_13 = {
    "file": "13_charleroi-binche-2024.docx",
    "languages": ["fr"],
    "online": False, "interpretation": False,
    "date": "2024-12-05",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Johan Maekelberg", "Present", "GENT"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Claudine Gbambili", "Present", "LIEGE"],
        ["Ozlem Baslari", "Present", "CHARLEROI"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Grégory Mathieu", "Present", "CHARLEROI"],
        ["Yasmina Chaouki", "Present", "CHARLEROI"],
        ["Caroline Hanotiau", "Present", "BINCHE"],
        ["Didier Wauters", "Present", "BINCHE"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["An Goossens", "Present", "MORTSEL"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Olivia Ngoma", "Present", None],
        ["Karima Bouzidi", "Excused", "SPP"],
        ["Bart Van den Broeck", "Excused", "ANTWERPEN"],
        ["Oana Popescu", "Excused", "BRUXELLES"],
    ],
    "agenda": [
        ["", "", "Accueil et visite des locaux"],
        ["", "", "Activ'Up 2.0 : présentation du CPAS de Charleroi et du CPAS de Binche"],
        ["", "", "Lire et Écrire : les cours d'alphabétisation pour nos participants"],
        ["", "", "État des lieux des CPAS"],
        ["", "", "Indicateurs FAMI et archivage des dossiers"],
        ["", "", "Évaluation de la journée"],
    ],
    "headings": [
        ["I", "Accueil à Charleroi"],
        ["II", "Activ'Up 2.0 : le nouveau projet du CPAS de Charleroi et de Binche"],
        ["III", "Collaboration avec Lire et Écrire"],
        ["IV", "État des lieux des CPAS"],
        ["V", "Indicateurs et archivage"],
        ["VI", "Retour sur la journée"],
        ["", "Points forts"],
        ["", "Points à améliorer"],
        ["VII", "Actions"],
        ["VIII", "Prochaine rencontre"],
    ],
    "actions": [
        ["Network Contact", ["Grégory Mathieu"], None, "Les documents de présentation seront envoyés par"],
        ["CPAS", [], "BINCHE", "Le tableau de suivi des indicateurs"],
        ["SPP", [], None, "Le SPP va vérifier la date"],
        ["Several Network Contacts", ["Claudine Gbambili", "Hanne Claeys"], None,
         "Claudine et Hanne prépareront ensemble un"],
    ],
    "next_meeting": {"date": None,
                     "text": "Prochaine rencontre : mars 2025, à Gand (date exacte à confirmer)."},
    "remarks": [],
}


# ===================================================================== 14
# SPP francophone coordinator, online (Teams) with interpretation in the header, French only, no
# numbering, bold+underlined paragraph headings, stray brackets and ";" in the lists, agenda as
# bullets without times under its own heading, owners including "à déterminer".
def report_14():
    d = new_doc("Calibri", 11)
    spp_header(d, "header")
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15)
    para(d, "12 februari 2026 – 12 février 2026", bold=True)
    para(d, "En ligne – Teams (avec interprétation simultanée NL/FR)")
    para(d)
    mixed(d, [("Présents : ", "b"),
              ("Nathalie Degrève (SPP IS-MI), Pieter Vanhoutte (SPP IS-MI), Hanne Claeys (CPAS Gand), "
               "Elif Yilmaz (CPAS Gand, Aurélie Henrard (CPAS Liège), Mamadou Diallo (CPAS Liège)), "
               "Fabienne Lejeune (CPAS Charleroi), Caroline Hanotiau (CPAS Binche), Katrien Peeters "
               "(CPAS Anvers), Tom Verheyen (CPAS Schoten), Agnès Dubus (CPAS Bruxelles)), Sofia Haddad "
               "(CPAS Bruxelles)", "")])
    mixed(d, [("Excusés : ", "b"),
              ("Johan Maekelberg (CPAS Gand) ; Grégory Mathieu (CPAS Charleroi) ;", "")])
    para(d)
    para(d, "Ordre du jour", bold=True)
    bullets(d, ["Introduction",
                "L'outil en ligne : retours des CPAS après trois mois",
                "Demandes d'accès aux données et durée de conservation",
                "Fin de trajet : que garder, que transmettre ?",
                "Divers"])
    para(d)
    mixed(d, [("Introduction", "bu")])
    para(d, "Nathalie Degrève ouvre la réunion et remercie les interprètes. Depuis novembre 2025, les "
            "cinq CPAS et leurs partenaires utilisent l'outil en ligne pour les fiches projet, les "
            "bilans d'orientation, les présences et les enquêtes de satisfaction. Cette réunion fait un "
            "premier bilan et aborde deux questions reçues des CPAS : les demandes d'accès aux données et "
            "la fin des trajets.", align="justify")
    mixed(d, [("L'outil en ligne : premiers mois d'utilisation", "bu")])
    para(d, "Les CPAS sont globalement satisfaits. L'encodage des présences sur tablette pendant les "
            "ateliers fonctionne à Gand et à Liège. Fabienne Lejeune signale qu'à Charleroi la connexion "
            "dans la salle du rez-de-chaussée est trop faible ; l'équipe encode le soir. Tom Verheyen "
            "(Schoten) apprécie de pouvoir suivre ses participants sans passer par Anvers.",
         align="justify")
    para(d, "Le circuit d'approbation des bilans d'orientation a été discuté. À Bruxelles, Sofia Haddad "
            "explique que la responsable renvoie parfois un bilan pour un détail, ce qui retarde l'entrée "
            "du participant dans un module. Les CPAS souhaitent un champ de commentaire visible lors du "
            "renvoi. Les règles de groupe propres à chaque CPAS (par exemple six participants pour un "
            "formateur à Liège) sont bien prises en compte.", align="justify")
    mixed(d, [("Demandes d'accès aux données", "bu")])
    para(d, "Deux participants ont demandé à voir tout ce que le CPAS conserve à leur sujet (article 15 du "
            "RGPD), l'un à Bruxelles, l'autre à Gand. Chaque CPAS reste responsable des données de ses "
            "participants : ni les autres CPAS ni le SPP ne voient un participant par son nom. L'outil "
            "devrait donc permettre d'extraire, pour une personne, l'ensemble de ses données : "
            "bilan, contrats, présences, enquêtes.", align="justify")
    para(d, "Pieter Vanhoutte rappelle la durée de conservation : cinq ans à partir du 31 décembre de "
            "l'année du dernier paiement pour les documents du projet, et pas plus longtemps que "
            "nécessaire pour les données personnelles.", align="justify")
    mixed(d, [("Fin de trajet et suivi", "bu")])
    para(d, "Beaucoup de trajets durent plus de six mois. Les CPAS échangent sur la clôture : entretien de "
            "fin, orientation vers l'ISP ou une formation, dernière enquête de satisfaction. Gand a écrit "
            "une procédure de clôture en cinq étapes. Aurélie Henrard insiste sur l'enquête : elle reste "
            "difficile pour les participants peu alphabétisés, même avec pictogrammes, et devrait exister "
            "en ukrainien.", align="justify")
    para(d, "Points forts :", bold=True)
    bullets(d, ["une seule saisie au lieu de trois formulaires ;", "les chiffres FAMI disponibles à tout "
                                                                     "moment ;",
                "chaque CPAS garde la main sur ses données."])
    para(d, "Points à améliorer :", bold=True)
    bullets(d, ["le commentaire en cas de renvoi d'un bilan ;", "l'export des données d'une personne ;",
                "l'enquête de satisfaction dans plus de langues."])
    mixed(d, [("Actions", "bu")])
    bullets(d, ["Le SPP publie une note sur les demandes d'accès (article 15 du RGPD) d'ici fin mars.",
                "Sofia Haddad enverra le modèle de lettre de réponse utilisé à Bruxelles.",
                "Le CPAS de Gand partagera sa procédure de clôture des trajets.",
                "Hanne et Elif vont tester l'export des données d'une personne avant la prochaine réunion.",
                "Traduction de l'enquête de satisfaction en ukrainien : à déterminer."])
    mixed(d, [("Prochaine réunion", "bu")])
    para(d, "Le 21 mai 2026 à Liège, en présentiel.")
    save(d, "14_teams-rgpd-fin-trajet-2026.docx", EXPECTED_14)


EXPECTED_14 = {
    "file": "14_teams-rgpd-fin-trajet-2026.docx",
    "languages": ["fr"],
    "online": True, "interpretation": True,
    "date": "2026-02-12",
    "people": [
        ["Nathalie Degrève", "Present", "SPP"],
        ["Pieter Vanhoutte", "Present", "SPP"],
        ["Hanne Claeys", "Present", "GENT"],
        ["Elif Yilmaz", "Present", "GENT"],
        ["Aurélie Henrard", "Present", "LIEGE"],
        ["Mamadou Diallo", "Present", "LIEGE"],
        ["Fabienne Lejeune", "Present", "CHARLEROI"],
        ["Caroline Hanotiau", "Present", "BINCHE"],
        ["Katrien Peeters", "Present", "ANTWERPEN"],
        ["Tom Verheyen", "Present", "SCHOTEN"],
        ["Agnès Dubus", "Present", "BRUXELLES"],
        ["Sofia Haddad", "Present", "BRUXELLES"],
        ["Johan Maekelberg", "Excused", "GENT"],
        ["Grégory Mathieu", "Excused", "CHARLEROI"],
    ],
    "agenda": [
        ["", "", "Introduction"],
        ["", "", "L'outil en ligne : retours des CPAS après trois mois"],
        ["", "", "Demandes d'accès aux données et durée de conservation"],
        ["", "", "Fin de trajet : que garder, que transmettre ?"],
        ["", "", "Divers"],
    ],
    "headings": [
        ["", "Introduction"],
        ["", "L'outil en ligne : premiers mois d'utilisation"],
        ["", "Demandes d'accès aux données"],
        ["", "Fin de trajet et suivi"],
        ["", "Points forts"],
        ["", "Points à améliorer"],
        ["", "Actions"],
        ["", "Prochaine réunion"],
    ],
    "actions": [
        ["SPP", [], None, "Le SPP publie une note sur"],
        ["Network Contact", ["Sofia Haddad"], None, "Sofia Haddad enverra le modèle de"],
        ["CPAS", [], "GENT", "Le CPAS de Gand partagera sa"],
        ["Several Network Contacts", ["Hanne Claeys", "Elif Yilmaz"], None,
         "Hanne et Elif vont tester l'export"],
        ["To Be Assigned", [], None, "Traduction de l'enquête de satisfaction en"],
    ],
    "next_meeting": {"date": "2026-05-21", "text": "Le 21 mai 2026 à Liège, en présentiel."},
    "remarks": [],
}


REPORTS = [report_01, report_02, report_03, report_04, report_05, report_06, report_07,
           report_08, report_09, report_10, report_11, report_12, report_13, report_14]

if __name__ == "__main__":
    for fn in REPORTS:
        fn()
        print("made", fn.__name__)
