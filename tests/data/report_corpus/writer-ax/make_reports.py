# -*- coding: utf-8 -*-
"""Builds the ten AMIF network meeting reports 507-516 with python-docx.

One function per report; each writes the report the way its (invented) secretary would type it.
Run with the project's Python: python make_reports.py
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAGLINE_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAGLINE_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x38, 0x76, 0x1D)


# ----------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return doc


def header_footer(doc, header_lines=(), footer_lines=(), italic=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        if i:
            hp = sec.header.add_paragraph()
        r = hp.add_run(line)
        r.italic = italic
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
    fp = sec.footer.paragraphs[0]
    for i, line in enumerate(footer_lines):
        if i:
            fp = sec.footer.add_paragraph()
        r = fp.add_run(line)
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def para(container, text="", bold=False, italic=False, color=None, size=None, style=None, align=None,
         underline=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(container, parts, style=None):
    """parts: list of (text, dict(bold=, italic=, color=, underline=))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        r.underline = fmt.get("underline", False)
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
    return p


def cell_write(cell, lines, bold_first=False):
    """Write one or more paragraphs in a table cell. A line may be a str or a list of runs."""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if isinstance(line, str):
            r = p.add_run(line)
            r.bold = bold_first and first
        else:
            for text, fmt in line:
                r = p.add_run(text)
                r.bold = fmt.get("bold", False)
                r.italic = fmt.get("italic", False)
                if fmt.get("color") is not None:
                    r.font.color.rgb = fmt["color"]
        first = False


def table(doc, rows, header=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            cell_write(c, lines, bold_first=(header and i == 0))
            if widths:
                c.width = Cm(widths[j])
    return t


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ----------------------------------------------------------------- 507
def report_507():
    """SPP IS, Hélène Vandamme, 2016. Started from the file of the June meeting in Liège:
    FR paragraph then NL paragraph in grey italics, roman numbers as bold lines."""
    doc = new_doc("Arial", 10)
    header_footer(doc, [TAGLINE_NL, TAGLINE_FR], ["POD MI – SPP IS | Rapport échange CPAS 02/06/2016"])
    para(doc, "POD | Maatschappelijke Integratie", color=GREY, size=9)
    para(doc, "SPP | Intégration Sociale", color=GREY, size=9)
    para(doc, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=14, align="center")
    para(doc, "AMIF donderdag 17 november 2016 – FAMI jeudi 17 novembre 2016", bold=True, align="center")
    para(doc, "OCMW Gent, Zuidpark 12, 9000 Gent", italic=True, align="center")
    para(doc)
    runs(doc, [("Présents / Aanwezig : ", {"bold": True}),
               ("Hélène Vandamme (SPP IS-MI), Pieter Claeys (SPP IS-MI), Sofie Van Acker (CPAS Gand), "
                "Bram De Smet (CPAS Gand), Julien Lhoest (CPAS Liège), Fatima Azzouzi (CPAS Liège), "
                "Sandrine Mathy (CPAS Charleroi), Els Verhoeven (CPAS Anvers), Catherine Delvaux (CPAS Bruxelles)", {})])
    runs(doc, [("Interprètes / Tolken : ", {"bold": True}), ("Marianne Lefèvre, Dirk Vercammen", {})])
    runs(doc, [("Excusés / Verontschuldigd : ", {"bold": True}),
               ("Karim Benali (CPAS Charleroi), Youssef Amrani (CPAS Anvers)", {})])
    para(doc)
    para(doc, "Ordre du jour / Agenda", bold=True, underline=True)
    for line in ["9h30-10h00 : Accueil et café / Onthaal en koffie",
                 "10h00-11h00 : Tour de table des projets / Stand van zaken per project",
                 "11h00-12h30 : Présentation du projet de Gent / Voorstelling van het project van Gent",
                 "12h30-13h30 : Lunch",
                 "13h30-15h00 : Enquête de satisfaction : échange / Tevredenheidsenquête: uitwisseling",
                 "15h00-15h30 : Conclusions et prochaine réunion / Besluiten en volgende bijeenkomst"]:
        para(doc, line)
    para(doc)

    def fr(text):
        para(doc, text)

    def nl(text):
        para(doc, text, italic=True, color=GREY)

    def head(text):
        para(doc, text, bold=True, color=BLUE)

    head("I. Accueil et introduction / Onthaal en inleiding")
    fr("L'équipe du projet FAMI de Gand a accueilli les autres CPAS dans ses nouveaux locaux au Zuidpark. "
       "Hélène Vandamme rappelle l'objectif des rencontres : apprendre les uns des autres.")
    nl("Het AMIF-projectteam van Gent ontving de andere OCMW's in zijn nieuwe lokalen in het Zuidpark. "
       "Hélène Vandamme herinnert aan het doel van de bijeenkomsten: van elkaar leren.")
    head("II. Tour de table / Stand van zaken")
    fr("Liège : 38 participants actifs, les inscriptions restent possibles à tout moment. Les trois contrats "
       "(assistant social, entretien d'admission, responsable de module) fonctionnent bien.")
    nl("Luik: 38 actieve deelnemers, inschrijven blijft op elk moment mogelijk. De drie contracten "
       "(maatschappelijk werker, intakegesprek, moduleverantwoordelijke) werken goed.")
    fr("Charleroi : le module 2 a démarré en septembre ; [chiffres module 2 à compléter]. "
       "Le recrutement passe par les antennes sociales.")
    nl("Charleroi: module 2 is in september gestart. De werving loopt via de sociale antennes.")
    fr("Anvers et Bruxelles : les groupes sont complets jusqu'en juin 2017.")
    nl("Antwerpen en Brussel: de groepen zijn volzet tot juni 2017.")
    head("III. Présentation du projet de Gent / Voorstelling project Gent")
    fr("Sofie Van Acker présente le trajet de Gand : entretien d'admission, bilan d'orientation, puis modules "
       "collectifs hebdomadaires et un coaching individuel toutes les deux semaines.")
    nl("Sofie Van Acker stelt het traject van Gent voor: intakegesprek, oriëntatiebalans, daarna wekelijkse "
       "collectieve modules en om de twee weken individuele coaching.")
    head("IV. Enquête de satisfaction / Tevredenheidsenquête")
    fr("Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le groupe cible. "
       "Elle est demandée dans plus de langues.")
    nl("Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Ze wordt in meer talen gevraagd.")
    head("V. Points d'action / Actiepunten")
    for t in ["Le SPP enverra la nouvelle version de l'enquête de satisfaction à tous les CPAS avant le 15 décembre.",
              "Traduire le questionnaire en arabe et en dari → Sofie Van Acker",
              "Partager le planning hebdomadaire de Liège → Julien Lhoest et Fatima Azzouzi",
              "Chaque CPAS transmet ses chiffres de participation au SPP pour le 31 janvier 2017."]:
        para(doc, t, style="List Bullet")
    nl("De POD stuurt vóór 15 december de nieuwe versie van de tevredenheidsenquête naar alle OCMW's. "
       "Sofie vertaalt de vragenlijst naar het Arabisch en het Dari. Julien en Fatima delen de weekplanning "
       "van Luik. Elk OCMW bezorgt de POD zijn deelnemerscijfers tegen 31 januari 2017.")
    fr("La liste des contacts du réseau a été mise à jour en séance.")
    nl("De contactlijst van het netwerk werd tijdens de vergadering bijgewerkt.")
    head("VI. Prochaine réunion / Volgende bijeenkomst")
    fr("La prochaine réunion aura lieu le mardi 14 mars 2017 au CPAS de Charleroi.")
    nl("De volgende bijeenkomst vindt plaats op dinsdag 14 maart 2017 bij het OCMW van Charleroi.")
    save(doc, "507_echange_cpas_gent_2016.docx")


# ----------------------------------------------------------------- 508
def report_508():
    """CPAS Charleroi, Laetitia Dupont, 2017. Notes typed up a week later, plain bold lines,
    agenda inside the introduction, first names as owners."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["CPAS de Charleroi – Service Action Migrants"], ["notes LD – réunion FAMI 28/09"])
    para(doc, "Réunion réseau FAMI – Charleroi", bold=True, size=14)
    para(doc, "jeudi 28 septembre 2017, Service Action Migrants, Charleroi", bold=True)
    para(doc, "(notes prises en réunion, mises au propre le 4 octobre – désolée pour le retard)", italic=True,
         color=GREY)
    para(doc)
    para(doc, "Étaient présents :", underline=True)
    for line in ["SPP : Hélène Vandamme, Pieter Claeys",
                 "Charleroi : Sandrine Mathy, Karim Benali, Laetitia Dupont",
                 "Binche : Valérie Houdart",
                 "Liège : Julien Lhoest",
                 "Gand : Sofie Van Acker",
                 "Anvers : Els Verhoeven, avec Kris Janssens (Schoten)",
                 "Bruxelles : Moussa Diallo"]:
        para(doc, line, style="List Bullet")
    para(doc, "Excusée : Catherine Delvaux (Bruxelles)")
    para(doc, "Pas d'interprète cette fois : les collègues néerlandophones ont suivi en français.", italic=True)
    para(doc)
    para(doc, "Introduction", bold=True)
    para(doc, "Sandrine ouvre la réunion et rappelle l'ordre du jour : la visite des ateliers Activ'Up, "
              "le recrutement via les antennes sociales, le bilan des modules 1 et 2, et les divers. "
              "Tour de présentation rapide, café.")
    para(doc, "Visite des ateliers", bold=True)
    para(doc, "Visite de l'atelier carton et de l'atelier informatique. Les participants expliquent eux-mêmes "
              "ce qu'ils font. Beaucoup de questions des collègues d'Anvers sur l'organisation de la semaine "
              "(FLE lundi et mercredi, coaching individuel le jeudi, coaching collectif le vendredi).")
    para(doc, "Recrutement : l'entonnoir", bold=True)
    para(doc, "Karim explique le travail de mobilisation : plus de 1000 personnes répertoriées avec l'observatoire "
              "du CPAS, 315 retenues par les AS pour le module 1 et 199 pour le module 2. Aux séances "
              "d'information : 110 sur 315 (35 %) et 60 sur 199 (30 %).")
    para(doc, "Julien dit que Liège ne fait pas de listing mais reçoit les personnes au fil de l'eau ; "
              "Gand pareil.")
    para(doc, "Bilan modules 1 et 2", bold=True)
    para(doc, "Ce qui marche : l'intensif (presque tous les jours), les liens entre agents et participants, "
              "l'esprit de groupe en fin de module. À améliorer : la communication quand les horaires changent, "
              "les horaires anciens/nouveaux, anticiper les procédures administratives.")
    para(doc, "Anvers : (chiffres d'Anvers : à ajouter)")
    para(doc, "On garde le principe de ne pas rendre obligatoires les ateliers sur les sujets sensibles "
              "(sexualité, violences conjugales).")
    para(doc, "Divers", bold=True)
    para(doc, "Karim a déjà fait circuler la liste de présence. Binche rejoint le projet comme partenaire "
              "à partir du module 3.")
    para(doc, "Suites", bold=True)
    for t in ["Sandrine envoie le listing anonymisé (sans noms !) aux autres CPAS pour qu'ils voient le format.",
              "Valérie et Laetitia préparent ensemble une fiche sur le partenariat Charleroi–Binche pour la "
              "prochaine réunion.",
              "Pieter va vérifier si les frais des sorties socio-culturelles sont éligibles.",
              "Quelqu'un doit reprendre la question des horaires équilibrés anciens/nouveaux – pas encore "
              "décidé qui."]:
        para(doc, t, style="List Bullet")
    para(doc)
    para(doc, "Prochaine réunion : début décembre, à Bruxelles.", bold=True)
    save(doc, "508_notes_reunion_charleroi_2017.docx")


# ----------------------------------------------------------------- 509
def report_509():
    """OCMW Antwerpen, Els Verhoeven, 2018. An e-mail summary pasted into Word as it was:
    mail header, plain lines, '1)' typed, 'Actie X:' lines, a PS."""
    doc = new_doc("Calibri", 11)
    for line in ["Van: Els Verhoeven",
                 "Verzonden: vrijdag 25 mei 2018 16:42",
                 "Aan: AMIF-netwerk",
                 "Onderwerp: verslag netwerk 24/05 Antwerpen"]:
        para(doc, line, color=GREY, size=10)
    para(doc)
    para(doc, "Dag allemaal,")
    para(doc, "Hierbij kort de belangrijkste punten van onze netwerkbijeenkomst van donderdag 24 mei 2018 "
              "bij ons in Antwerpen (buurthuis De Kroon). Nogmaals bedankt om allemaal naar hier te komen!")
    para(doc, "Aanwezig: Els Verhoeven, Youssef Amrani, Katrien Mertens (Antwerpen), Kris Janssens (Schoten), "
              "Annelies Peeters (Edegem), Tom Wouters (Mortsel), Sofie Van Acker (Gent), Julien Lhoest (Luik), "
              "Sandrine Mathy (Charleroi), Pieter Claeys (POD MI)")
    para(doc, "Tolken: Ann Goossens en Dirk Vercammen (FR-NL)")
    para(doc, "Verontschuldigd: Catherine Delvaux (Brussel), Hélène Vandamme (POD MI)")
    para(doc)
    para(doc, "Agenda was:")
    for line in ["10.00 Welkom en rondleiding",
                 "10.30 Stand van zaken per OCMW",
                 "12.00 Lunch",
                 "13.00 Workshop intake en oriëntatiebalans",
                 "14.30 Afspraken"]:
        para(doc, line)
    para(doc)
    para(doc, "1) Stand van zaken")
    para(doc, "Gent en Luik zitten goed op schema. Charleroi start in september met module 3, samen met Binche. "
              "Bij ons lopen twee groepen van 12, de partners sturen elk een paar deelnemers.")
    para(doc, "2) Workshop intake")
    para(doc, "Iedereen doet een intakegesprek en een oriëntatiebalans, maar de leidraad verschilt sterk. "
              "Luik werkt met drie contracten, wij met één. We houden voortaan de intake altijd met een tolk "
              "erbij als dat nodig is.")
    para(doc, "3) Partners Schoten, Edegem, Mortsel")
    para(doc, "Kris, Annelies en Tom vertellen hoe ze deelnemers doorverwijzen naar Antwerpen. "
              "Vervoer blijft een probleem voor Edegem.")
    para(doc, "4) Afspraken")
    para(doc, "Actie Youssef: de intakeleidraad van Antwerpen doorsturen naar iedereen")
    para(doc, "Actie Kris, Annelies en Tom: elk een korte fiche maken van hun deel van het project")
    para(doc, "Actie POD: nagaan of de tevredenheidsenquête ook in het Tigrinya kan")
    para(doc, "Actie alle OCMW's: aanwezigheidscijfers eerste kwartaal doorgeven aan Pieter vóór 15 juni")
    para(doc, "(Sofie heeft de presentatie van Gent al rondgestuurd, zie bijlage)")
    para(doc)
    para(doc, "Volgende keer: dinsdag 9 oktober in Brussel.")
    para(doc)
    para(doc, "PS: de cijfers van Luik volgen nog.")
    para(doc)
    para(doc, "Groetjes,")
    para(doc, "Els")
    para(doc, "Els Verhoeven | projectcoördinator AMIF | OCMW Antwerpen", color=GREY, size=9)
    save(doc, "509_mail_verslag_antwerpen_2018.docx")


# ----------------------------------------------------------------- 510
def report_510():
    """SPP IS, Sarah Lambotte standing in for Hélène Vandamme, 2019. Heading styles with typed
    letters, people table per organisation, agenda table, 'Qui :' lines."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, [TAGLINE_FR], ["SPP IS – rapport réunion réseau FAMI – version 1 (S. Lambotte)"])
    para(doc, "SPP Intégration Sociale – Réseau FAMI", color=GREY, size=9)
    doc.add_heading("Rapport de la réunion du réseau FAMI du mardi 26 mars 2019", level=0)
    para(doc, "Lieu : CPAS de Bruxelles, salle du conseil")
    para(doc, "Rapport rédigé par Sarah Lambotte (SPP IS) en remplacement d'Hélène Vandamme, en congé.",
         italic=True)
    para(doc, "Réunion sans interprétation.", italic=True)
    para(doc)
    para(doc, "Participants", bold=True)
    table(doc, [["Organisation", "Présent(e)s", "Excusé(e)s"],
                ["SPP IS", "Sarah Lambotte, Pieter Claeys", "Hélène Vandamme"],
                ["CPAS de Gand", "Sofie Van Acker, Bram De Smet", "–"],
                ["CPAS de Liège", "Julien Lhoest", "Fatima Azzouzi"],
                ["CPAS de Charleroi", "Sandrine Mathy, Valérie Houdart (CPAS de Binche)", "–"],
                ["CPAS d'Anvers", "Youssef Amrani", "Els Verhoeven"],
                ["CPAS de Bruxelles", "Catherine Delvaux, Moussa Diallo, Isabelle Gérard", "–"]],
          widths=[4, 7, 5])
    para(doc)
    para(doc, "Ordre du jour", bold=True)
    table(doc, [["Heure", "Point"],
                ["9h30 – 10h00", "Accueil"],
                ["10h00 – 11h15", "Tour de table des CPAS"],
                ["11h15 – 12h30", "Présentation : le parcours d'un participant au CPAS de Bruxelles"],
                ["12h30 – 13h30", "Lunch"],
                ["13h30 – 15h00", "Rapportage annuel et indicateurs"]], widths=[3.5, 12.5])
    para(doc)
    doc.add_heading("A. Accueil", level=1)
    para(doc, "Catherine Delvaux accueille le réseau au CPAS de Bruxelles. Sarah Lambotte excuse Hélène "
              "Vandamme et présente l'ordre du jour.")
    doc.add_heading("B. Tour de table des CPAS", level=1)
    doc.add_heading("B.1 Gand", level=2)
    para(doc, "Le module de printemps a démarré avec 14 participants. Le CPAS de Gand va transmettre sa "
              "nouvelle brochure d'accueil aux autres CPAS.")
    para(doc, "Les commentaires du CPAS de Gand doivent encore être ajoutés.", italic=True, color=RED)
    doc.add_heading("B.2 Liège", level=2)
    para(doc, "Julien Lhoest présente les chiffres : 41 participants, dont 12 nouveaux depuis janvier. "
              "La ferme du CPAS accueille un atelier jardin chaque mercredi.")
    doc.add_heading("B.3 Charleroi et Binche", level=2)
    para(doc, "Le partenariat avec Binche fonctionne : 8 participants binchois suivent le module 3 à Charleroi. "
              "Les déplacements sont remboursés.")
    doc.add_heading("B.4 Anvers", level=2)
    para(doc, "Youssef Amrani signale des listes d'attente pour les modules collectifs.")
    doc.add_heading("B.5 Bruxelles", level=2)
    para(doc, "Bruxelles travaille avec quatre antennes sociales qui orientent les participants.")
    doc.add_heading("C. Le parcours d'un participant à Bruxelles", level=1)
    para(doc, "Isabelle Gérard présente le parcours type : orientation par l'AS de l'antenne, entretien "
              "d'admission, bilan d'orientation, modules collectifs (séances d'information sur la vie en "
              "Belgique, ateliers), puis fin de trajet après six à neuf mois, souvent vers l'ISP.")
    doc.add_heading("D. Rapportage annuel", level=1)
    para(doc, "Le SPP a déjà envoyé les codes d'accès à la plateforme de rapportage. "
              "Décision : le tableau commun reste au format Excel cette année.")
    doc.add_heading("E. Suivi", level=1)
    for t in ["Envoyer le modèle de rapportage annuel aux CPAS – Qui : SPP – Quand : 15 avril",
              "Compléter le tableau des participants par module – Qui : chaque CPAS – Quand : 30 avril",
              "Partager la présentation du parcours bruxellois – Qui : Isabelle Gérard",
              "Organiser une visite de la ferme du CPAS de Liège pour l'équipe de Bruxelles – "
              "Qui : Julien Lhoest et Moussa Diallo"]:
        para(doc, t, style="List Bullet")
    para(doc)
    para(doc, "Prochaine réunion : mardi 8 octobre 2019, au CPAS de Liège.", bold=True)
    save(doc, "510_rapport_reseau_bruxelles_2019.docx")


# ----------------------------------------------------------------- 511
def report_511():
    """POD MI, Pieter Claeys, 2020. Short online check-in during the lockdown: Dutch notes,
    arrows for owners, a French summary at the end."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["POD MI – AMIF-netwerk"], ["check-in 21/04/2020"])
    para(doc, "Korte check-in AMIF-netwerk – dinsdag 21 april 2020, 10u00–11u00 (Teams)", bold=True, size=13)
    para(doc, "Geen tolken (korte check-in, iedereen spreekt zijn eigen taal).", italic=True)
    para(doc, "Aanwezig:")
    for line in ["Pieter Claeys (POD MI)", "Hélène Vandamme (POD MI)", "Sofie Van Acker (OCMW Gent)",
                 "Julien Lhoest (OCMW Luik)", "Sandrine Mathy (OCMW Charleroi)", "Els Verhoeven (OCMW Antwerpen)",
                 "Catherine Delvaux (OCMW Brussel)"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd: Valérie Houdart (OCMW Binche)")
    para(doc, "Agenda: 10u00 rondje: hoe gaat het met de groepen? – 10u30 groepsgrootte en regels – 10u50 varia")
    para(doc)
    para(doc, "Rondje", bold=True)
    para(doc, "Alle collectieve sessies liggen stil sinds half maart. Individuele coaching gaat telefonisch "
              "verder. Brussel test videogesprekken met een tolk erbij.")
    para(doc, "Groepsgrootte", bold=True)
    para(doc, "Vanaf mei mogen kleine groepen terug, maar de regels verschillen: Gent rekent 4 + 1 "
              "(vier deelnemers en een begeleider), Charleroi en Luik 3 deelnemers + 1 formateur.")
    para(doc, "→ Overzicht van de groepsregels per OCMW bijhouden → Hélène")
    para(doc, "→ Aantal deelnemers met telefonische opvolging doorsturen vóór 5 mei → alle OCMW's")
    para(doc, "→ Navragen bij de AMIF-beheerautoriteit of online sessies meetellen → POD")
    para(doc, "Varia", bold=True)
    para(doc, "Afgesproken: we houden elke vier weken een korte check-in.")
    para(doc, "Volgende check-in: dinsdag 19 mei 2020, 10u00 (Teams).", bold=True)
    para(doc)
    para(doc, "Résumé en français", bold=True, color=BLUE)
    para(doc, "Check-in court en ligne. Les règles de groupe diffèrent : 4 + 1 à Gand, 3 + 1 à Charleroi et "
              "à Liège. Hélène tient à jour un aperçu des règles ; chaque CPAS communique avant le 5 mai le "
              "nombre de participants suivis par téléphone ; le SPP demande à l'autorité de gestion si les "
              "séances en ligne comptent. Prochain check-in le 19 mai.", italic=True)
    save(doc, "511_checkin_teams_2020.docx")


# ----------------------------------------------------------------- 512
def report_512():
    """POD MI, Jeroen Van Hecke (head of unit), 2021. Only decisions and tasks, a task table."""
    doc = new_doc("Calibri", 10)
    header_footer(doc, ["POD Maatschappelijke Integratie – intern"], ["JVH – beslissingen en taken"], italic=False)
    para(doc, "Netwerkoverleg AMIF – donderdag 25/11/2021 (Webex) – beslissingen en taken", bold=True, size=12)
    para(doc, "Deelnemers: Jeroen Van Hecke, Nadia Boukhris (POD); OCMW's: Bram De Smet (Gent), "
              "Olivier Remacle (Luik), Karim Benali (Charleroi), Katrien Mertens (Antwerpen), "
              "Isabelle Gérard (Brussel).")
    para(doc, "Afwezig met kennisgeving: Tom Wouters (Mortsel). Tolk: nee.")
    para(doc, "Agenda: (1) nieuwe programmaperiode AMIF 2021-2027, (2) indicatoren, (3) bewaartermijn documenten.")
    para(doc)
    para(doc, "Beslissingen", bold=True, underline=True)
    para(doc, "B1. De OCMW's rapporteren vanaf 2022 de gemeenschappelijke output- en resultaatindicatoren "
              "(Verordening (EU) 2021/1147) één keer per jaar, tegen 31 januari.")
    para(doc, "B2. Projectdocumenten worden bewaard tot vijf jaar na 31 december van het jaar van de "
              "laatste betaling (Verordening (EU) 2021/1060, art. 82).")
    para(doc, "B3. Geen namen van deelnemers in gedeelde bestanden; enkel codes per OCMW.")
    para(doc, "Reeds gedaan: de planning 2022 staat in de gedeelde agenda.", italic=True, color=GREY)
    para(doc)
    para(doc, "Taken", bold=True, underline=True)
    table(doc, [["Nr", "Taak", "Wie", "Tegen"],
                ["T1", "Sjabloon indicatoren opmaken en rondsturen", "Nadia", "15/12"],
                ["T2", "Bewaartermijn afstemmen met de juridische dienst", "POD", "15/01"],
                ["T3", "Aantal deelnemers per taalcursus 2021 aanleveren", "alle OCMW's", "31/01/2022"],
                ["T4", "Tevredenheidsenquête vereenvoudigen (minder abstracte termen)", "Bram + Isabelle", "feb."],
                ["T5", "Vertaling enquête in het Farsi en het Arabisch laten nakijken", "nog te bepalen", "–"],
                ["T6", "Afspraken van vandaag doorgeven aan Mortsel", "OCMW Antwerpen", "asap"]],
          widths=[1.2, 9, 3.5, 2.5])
    save(doc, "512_beslissingen_taken_webex_2021.docx")


# ----------------------------------------------------------------- 513
def report_513():
    """OCMW Antwerpen, Katrien Mertens, 2022. Hybrid meeting hosted by Schoten, Dutch and French in two
    columns, people as initials with a legend, 'Actie: KJ' lines."""
    doc = new_doc("Calibri", 10)
    header_footer(doc, [TAGLINE_NL + " – " + TAGLINE_FR], ["Verslag / Rapport 14/06/2022 – Schoten"])
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, align="center")
    para(doc, "dinsdag 14 juni 2022 – mardi 14 juin 2022", bold=True, align="center")
    para(doc, "OCMW Schoten, Verbertstraat 3, Schoten – hybride / hybride (Teams)", align="center")
    para(doc, "Met simultaanvertaling FR↔NL (zaal en Teams) – Avec interprétation simultanée FR↔NL "
              "(salle et Teams)", italic=True, align="center")
    para(doc)
    runs(doc, [("Aanwezig / Présents: ", {"bold": True}),
               ("KM, KJ, AP, TW (ter plaatse / sur place); NB, JVH, BDS, OR, LD, ID (online / en ligne)", {})])
    runs(doc, [("Verontschuldigd / Excusés: ", {"bold": True}), ("YA, VH", {})])
    runs(doc, [("Tolken / Interprètes: ", {"bold": True}), ("Marianne Lefèvre, Dirk Vercammen", {})])
    para(doc, "Legende / Légende", bold=True)
    table(doc, [["KM = Katrien Mertens (OCMW Antwerpen)", "KJ = Kris Janssens (OCMW Schoten)"],
                ["AP = Annelies Peeters (OCMW Edegem)", "TW = Tom Wouters (OCMW Mortsel)"],
                ["NB = Nadia Boukhris (POD MI / SPP IS)", "JVH = Jeroen Van Hecke (POD MI / SPP IS)"],
                ["BDS = Bram De Smet (OCMW Gent)", "OR = Olivier Remacle (CPAS Liège)"],
                ["LD = Laetitia Dupont (CPAS Charleroi)", "ID = Isabelle Gérard (CPAS Bruxelles)"],
                ["YA = Youssef Amrani (OCMW Antwerpen)", "VH = Valérie Houdart (CPAS Binche)"]],
          header=False, style="Table Grid")
    para(doc)
    B = {"bold": True}
    rows = [
        ["Nederlands", "Français"],
        [[[("Agenda", B)],
          "10u00 – 10u15 Welkom in Schoten",
          "10u15 – 11u30 Stand van zaken per OCMW",
          "11u30 – 12u30 Tevredenheidsenquête: nieuwe versie",
          "12u30 – 13u00 Varia en afspraken"],
         [[("Ordre du jour", B)],
          "10h00 – 10h15 Accueil à Schoten",
          "10h15 – 11h30 État des lieux par CPAS",
          "11h30 – 12h30 Enquête de satisfaction : nouvelle version",
          "12h30 – 13h00 Divers et accords"]],
        [[[("1. Welkom", B)],
          "Kris Janssens verwelkomt iedereen in Schoten, voor het eerst gastheer van het netwerk. "
          "Zes mensen volgen online."],
         [[("1. Accueil", B)],
          "Kris Janssens accueille le réseau à Schoten, pour la première fois hôte. Six personnes suivent "
          "en ligne."]],
        [[[("2. Stand van zaken", B)],
          [("2.1 Antwerpen en partners", B)],
          "Twee groepen in Antwerpen, één gezamenlijke groep voor Schoten, Edegem en Mortsel.",
          [("2.2 Gent", B)],
          "Gent start in september een extra module digitale vaardigheden.",
          [("2.3 Luik", B)],
          "De presentatie van Luik werd al gedeeld via Teams.",
          [("2.4 Charleroi", B)],
          "Charleroi werkt opnieuw met volle groepen; de regel 6 + 1 geldt niet meer.",
          [("2.5 Brussel", B)],
          "[cijfers Brussel nog aan te vullen]"],
         [[("2. État des lieux", B)],
          [("2.1 Anvers et partenaires", B)],
          "Deux groupes à Anvers, un groupe commun pour Schoten, Edegem et Mortsel.",
          [("2.2 Gand", B)],
          "Gand lance en septembre un module supplémentaire de compétences numériques.",
          [("2.3 Liège", B)],
          "La présentation de Liège a déjà été partagée via Teams.",
          [("2.4 Charleroi", B)],
          "Charleroi travaille à nouveau avec des groupes complets ; la règle 6 + 1 ne s'applique plus.",
          [("2.5 Bruxelles", B)],
          "Voir version néerlandaise."]],
        [[[("3. Tevredenheidsenquête", B)],
          "NB toont de nieuwe versie met pictogrammen en eenvoudige zinnen. Beslist: de enquête krijgt "
          "pictogrammen en wordt in meer talen aangeboden."],
         [[("3. Enquête de satisfaction", B)],
          "NB présente la nouvelle version avec pictogrammes et phrases simples. Décidé : l'enquête reçoit "
          "des pictogrammes et sera proposée en plus de langues."]],
        [[[("4. Afspraken", B)],
          "Actie: KJ stuurt de nieuwe folder van Schoten rond.",
          "Actie: NB en BDS testen de nieuwe enquête met twee groepen in Gent.",
          "Actie: POD vraagt offerte voor vertaling van de enquête in zes talen.",
          "Actie: OCMW Brussel bezorgt de planning van het najaar."],
         [[("4. Accords", B)],
          "Action : KJ envoie le nouveau dépliant de Schoten.",
          "Action : NB et BDS testent la nouvelle enquête avec deux groupes à Gand.",
          "Action : le SPP demande un devis pour la traduction de l'enquête en six langues.",
          "Action : le CPAS de Bruxelles transmet le planning de l'automne."]],
        ["Volgende bijeenkomst: donderdag 6 oktober 2022 in Mortsel (hybride).",
         "Prochaine réunion : jeudi 6 octobre 2022 à Mortsel (hybride)."],
    ]
    table(doc, rows, header=True, widths=[8.3, 8.3])
    save(doc, "513_hybride_schoten_2022.docx")


# ----------------------------------------------------------------- 514
def report_514():
    """SPP IS, Sarah Lambotte, 2023. Formal procès-verbal, approved at the next meeting: Heading 1 with
    typed numbers, people table, agenda in automatic numbering, passive future and 'va + infinitif'."""
    doc = new_doc("Times New Roman", 11)
    header_footer(doc, [TAGLINE_FR, TAGLINE_NL],
                  ["PV réunion réseau FAMI 16/03/2023 – approuvé le 11/05/2023"])
    para(doc, "SPP Intégration Sociale – POD Maatschappelijke Integratie", color=GREY, size=9)
    doc.add_heading("Procès-verbal de la réunion du réseau FAMI du jeudi 16 mars 2023", level=0)
    para(doc, "CPAS de Liège, place Saint-Jacques 13, 4000 Liège – de 10h00 à 13h00")
    para(doc, "Procès-verbal approuvé lors de la réunion du 11 mai 2023, sans modification.", italic=True,
         color=GREEN)
    para(doc)
    para(doc, "Membres présents", bold=True)
    table(doc, [["Nom", "Organisation", "Fonction"],
                ["Nadia Boukhris", "SPP IS", "coordinatrice du réseau"],
                ["Sarah Lambotte", "SPP IS", "secrétaire"],
                ["Ilse Maes", "CPAS de Gand", "coordinatrice AMIF"],
                ["Julien Lhoest", "CPAS de Liège", "responsable Mod'Actions"],
                ["Olivier Remacle", "CPAS de Liège", "chargé de l'entretien d'admission"],
                ["Laetitia Dupont", "CPAS de Charleroi", "coordinatrice Activ'Up"],
                ["Valérie Houdart", "CPAS de Binche", "assistante sociale"],
                ["Katrien Mertens", "CPAS d'Anvers", "coordinatrice AMIF"],
                ["Isabelle Gérard", "CPAS de Bruxelles", "responsable de projet"]],
          widths=[4.5, 4.5, 7])
    para(doc, "Interprétation simultanée FR–NL assurée par Marianne Lefèvre et Ann Goossens.")
    runs(doc, [("Membres excusés : ", {"bold": True}),
               ("Jeroen Van Hecke (SPP IS), Annelies Peeters (CPAS d'Edegem)", {})])
    para(doc)
    para(doc, "Ordre du jour", bold=True)
    for t in ["Approbation du procès-verbal de la réunion du 8 décembre 2022",
              "Communications du SPP",
              "Indicateurs communs 2022 : résultats",
              "Conservation des documents et RGPD",
              "Divers"]:
        para(doc, t, style="List Number")
    doc.add_heading("1. Approbation du procès-verbal du 8 décembre 2022", level=1)
    para(doc, "Le procès-verbal de la réunion du 8 décembre 2022 est approuvé sans modification.")
    doc.add_heading("2. Communications du SPP", level=1)
    para(doc, "Le SPP a communiqué les chiffres consolidés 2022 à l'autorité responsable le 28 février. "
              "Le calendrier des rapportages 2023 sera envoyé par le SPP avant le 31 mars.")
    doc.add_heading("3. Indicateurs communs 2022 : résultats", level=1)
    para(doc, "Nadia Boukhris présente les résultats consolidés : 412 participants aux activités de soutien, "
              "dont 268 en cours de langue. 57 participants ont progressé d'au moins un niveau du CECR.")
    para(doc, "Le CPAS de Charleroi va corriger ses chiffres du module 2 (double comptage). "
              "Julien Lhoest va présenter la méthode de Liège pour mesurer le niveau CECR lors de la "
              "prochaine réunion.")
    doc.add_heading("4. Conservation des documents et RGPD", level=1)
    para(doc, "Les documents d'une opération financée sont conservés cinq ans à partir du 31 décembre de "
              "l'année du dernier paiement (Règlement (UE) 2021/1060, art. 82). Les données personnelles ne "
              "sont pas gardées plus longtemps que nécessaire.")
    para(doc, "Chaque CPAS vérifiera que les listes nominatives ne sont plus partagées par e-mail. "
              "Une note sur les délais de conservation sera rédigée par Nadia Boukhris et Sarah Lambotte.")
    doc.add_heading("5. Divers", level=1)
    para(doc, "Le CPAS d'Edegem, excusé, a fait savoir par écrit que son groupe du jeudi est complet.")
    doc.add_heading("6. Date de la prochaine réunion", level=1)
    para(doc, "La prochaine réunion est fixée au jeudi 11 mai 2023 à 10h00, au CPAS de Charleroi.")
    para(doc)
    para(doc, "Pour le SPP Intégration Sociale, Sarah Lambotte, secrétaire du réseau", italic=True)
    save(doc, "514_proces_verbal_liege_2023.docx")


# ----------------------------------------------------------------- 515
def report_515():
    """OCMW Gent, Ilse Maes, 2025. Network day: Dutch with a French 'En bref' after each part,
    agenda and people tables, Heading 1/2 with typed numbers, annexes listed at the end."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, [TAGLINE_NL, TAGLINE_FR], ["Netwerkdag AMIF 2025 – verslag OCMW Gent"])
    doc.add_heading("Netwerkdag AMIF – Journée du réseau FAMI", level=0)
    para(doc, "donderdag 27 maart 2025 – jeudi 27 mars 2025", bold=True)
    para(doc, "Gent, De Centrale, Kraankindersstraat 2")
    para(doc, "Met simultaanvertaling FR↔NL / Avec interprétation simultanée FR↔NL (tolken: zie deelnemers)", italic=True)
    para(doc)
    para(doc, "Programma / Programme", bold=True, color=BLUE)
    table(doc, [["Uur", "Onderdeel"],
                ["09u30 – 10u00", "Onthaal met koffie"],
                ["10u00 – 10u30", "Opening door het POD en OCMW Gent"],
                ["10u30 – 12u00", "Workshops in drie groepen (intake, collectieve modules, evaluatie)"],
                ["12u00 – 13u00", "Lunch"],
                ["13u00 – 14u30", "Marktplaats: elk OCMW stelt voor"],
                ["14u30 – 15u30", "Terugkoppeling en afsluiting"]], widths=[3.5, 12.5])
    para(doc)
    para(doc, "Deelnemers / Participants", bold=True, color=BLUE)
    table(doc, [["Organisatie", "Aanwezig", "Verontschuldigd"],
                ["POD MI", "Jeroen Van Hecke, Nadia Boukhris, Sarah Lambotte", ""],
                ["OCMW Gent", "Ilse Maes, Bram De Smet, Lotte Vermeulen", ""],
                ["CPAS Luik", "Julien Lhoest, Olivier Remacle", ""],
                ["CPAS Charleroi", "Laetitia Dupont, Mehdi Ouali", ""],
                ["CPAS Binche", "Valérie Houdart", ""],
                ["OCMW Antwerpen", "Katrien Mertens, Youssef Amrani", ""],
                ["OCMW Schoten", "Kris Janssens", ""],
                ["OCMW Edegem", "Annelies Peeters", ""],
                ["OCMW Mortsel", "", "Tom Wouters"],
                ["CPAS Brussel", "Isabelle Gérard", "Moussa Diallo"],
                ["Tolken", "Dirk Vercammen, Marianne Lefèvre", ""]], widths=[4, 8, 4])
    para(doc)

    def bref(text):
        runs(doc, [("En bref : ", {"bold": True, "italic": True, "color": GREY}),
                   (text, {"italic": True, "color": GREY})])

    doc.add_heading("1. Opening", level=1)
    para(doc, "Jeroen Van Hecke opent de netwerkdag: tien jaar AMIF-netwerk, negen OCMW's. "
              "Ilse Maes stelt de werking in Gent voor.")
    bref("ouverture par le POD/SPP et le CPAS de Gand ; dix ans de réseau.")
    doc.add_heading("2. Indicatoren 2024", level=1)
    para(doc, "Het POD heeft de indicatoren 2024 al ingediend bij de verantwoordelijke autoriteit "
              "(presentatie in bijlage 2).")
    bref("les indicateurs 2024 ont déjà été introduits (annexe 2).")
    doc.add_heading("3. Workshops", level=1)
    doc.add_heading("3.1 Intake en oriëntatiebalans", level=2)
    para(doc, "Grote verschillen in de leidraad. Bram De Smet en Lotte Vermeulen werken een voorstel uit voor een "
              "gemeenschappelijke intakeleidraad.")
    doc.add_heading("3.2 Collectieve modules", level=2)
    para(doc, "De groepen blijven klein; Luik en Charleroi combineren werkwinkels met socio-culturele uitstappen.")
    doc.add_heading("3.3 Evaluatie", level=2)
    para(doc, "Beslist: de tevredenheidsenquête met pictogrammen wordt vanaf september overal gebruikt. "
              "De werkgroep evaluatie trekken: nog niemand aangeduid.")
    bref("proposition d'une grille d'admission commune (Gand) ; l'enquête avec pictogrammes sera utilisée "
         "partout dès septembre ; pilote du groupe évaluation encore à désigner.")
    doc.add_heading("4. Marktplaats", level=1)
    para(doc, "Elk OCMW had een tafel met materiaal. Mehdi Ouali stuurt de foto's van de marktplaats naar Ilse.")
    bref("chaque CPAS présentait son matériel ; photos à venir (annexe 3).")
    doc.add_heading("5. Afsluiting en opvolging", level=1)
    para(doc, "Het POD bezorgt de presentatie over de indicatoren 2024 (bijlage 2) ook in het Frans. "
              "Alle OCMW's vullen vóór 30 april de korte evaluatie van de netwerkdag in.")
    para(doc, "Volgende bijeenkomst: donderdag 5 juni 2025, online via Teams.", bold=True)
    bref("le POD/SPP envoie la présentation en français ; chaque CPAS remplit l'évaluation avant le 30 avril ; "
         "prochaine réunion le 5 juin 2025 en ligne.")
    doc.add_heading("6. Bijlagen / Annexes", level=1)
    for t in ["Bijlage 1: deelnemerslijst met handtekeningen (scan)",
              "Bijlage 2: presentatie POD – indicatoren 2024",
              "Bijlage 3: foto's marktplaats"]:
        para(doc, t, style="List Bullet")
    para(doc, "Bijlage 3 (foto's) volgt nog.", italic=True, color=RED)
    save(doc, "515_netwerkdag_gent_2025.docx")


# ----------------------------------------------------------------- 516
def report_516():
    """SPP IS / POD MI, Sarah Lambotte (FR parts) and Wout Declercq (NL parts) writing in turn, 2026.
    Draft with bracketed comments to each other, '(resp. ...)' owners."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, [TAGLINE_FR + " / " + TAGLINE_NL], ["Réunion réseau FAMI / AMIF-netwerk 10/02/2026"])
    para(doc, "PROJET – ONTWERP v0.2 – ne pas diffuser / niet verspreiden", bold=True, color=RED)
    doc.add_heading("Réunion du réseau FAMI – Vergadering AMIF-netwerk", level=1)
    para(doc, "mardi 10 février 2026 / dinsdag 10 februari 2026 – Zoom, 10.00 – 12.15", bold=True)
    para(doc, "Pas d'interprétation : chacun parle sa langue, le chat sert aux précisions.", italic=True)
    para(doc)
    para(doc, "Présents / Aanwezig :", bold=True)
    for line in ["SPP IS / POD MI : Sarah Lambotte, Wout Declercq, Nadia Boukhris",
                 "Gent : Ilse Maes, Lotte Vermeulen",
                 "Liège : Olivier Remacle",
                 "Charleroi : Laetitia Dupont, Mehdi Ouali",
                 "Antwerpen : Katrien Mertens, Youssef Amrani",
                 "Edegem : Annelies Peeters",
                 "Bruxelles : Isabelle Gérard"]:
        para(doc, line, style="List Bullet")
    runs(doc, [("Excusés / Verontschuldigd : ", {"bold": True}),
               ("Valérie Houdart (Binche), Kris Janssens (Schoten)", {})])
    para(doc)
    para(doc, "Ordre du jour / Agenda :", bold=True)
    for line in ["10.00 – 10.15 Accueil, tour de table",
                 "10.15 – 11.00 Stand van zaken Gent, Antwerpen en partners",
                 "11.00 – 11.45 Point Liège, Charleroi, Bruxelles",
                 "11.45 – 12.15 Bewaartermijnen en inzagerecht (AVG)"]:
        para(doc, line)
    para(doc, "Rédaction : SL (FR) et WD (NL), chacun ses points.", italic=True, color=GREY, size=9)

    doc.add_heading("1 – Accueil et tour de table", level=2)
    para(doc, "Sarah Lambotte ouvre la réunion. Olivier Remacle remplace Julien Lhoest, parti à la retraite, "
              "comme contact de Liège. La liste de présence a déjà été envoyée par Wout.")
    doc.add_heading("2 – Stand van zaken Gent, Antwerpen en partners", level=2)
    para(doc, "Gent heeft 31 deelnemers, waarvan 9 in de nieuwe module digitale vaardigheden. Antwerpen en Edegem "
              "werken sinds januari met één gezamenlijke intakeleidraad.")
    para(doc, "[WD: cijfers Antwerpen nog toevoegen]", color=RED)
    doc.add_heading("3 – Point Liège, Charleroi, Bruxelles", level=2)
    para(doc, "Liège et Charleroi constatent que le taux de présence remonte depuis les horaires fixes. "
              "Bruxelles : [SL : à compléter après réception des chiffres de Bruxelles]")
    doc.add_heading("4 – Bewaartermijnen en inzagerecht (AVG)", level=2)
    para(doc, "Vraag van Charleroi: wat als een deelnemer alles wil zien wat over hem bewaard wordt "
              "(art. 15 AVG)? Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.")
    para(doc, "Besluit: de deelnemerslijsten met namen blijven altijd bij het eigen OCMW.")
    doc.add_heading("5 – Actions / Acties", level=2)
    for t in ["Envoyer la procédure harmonisée de demande d'accès (art. 15 RGPD) (resp. Nadia Boukhris)",
              "Overzicht bewaartermijnen per OCMW opmaken (resp. Wout Declercq en Lotte Vermeulen)",
              "Compléter le tableau des indicateurs 2025 (resp. chaque CPAS)",
              "Nieuwe datum zoeken voor de netwerkdag 2026 (resp. POD)",
              "Mise à jour de la liste de diffusion (resp. à désigner)"]:
        para(doc, t, style="List Bullet")
    para(doc)
    para(doc, "Prochaine réunion / Volgende vergadering : mardi 12 mai 2026 / dinsdag 12 mei 2026, "
              "à Mortsel / in Mortsel (hybride).", bold=True)
    save(doc, "516_projet_verslag_zoom_2026.docx")


if __name__ == "__main__":
    for f in (report_507, report_508, report_509, report_510, report_511, report_512, report_513, report_514,
              report_515, report_516):
        f()
    print("10 reports written")
